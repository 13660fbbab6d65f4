// Sums 10 million values a generator yields, through for-of (issue 3's generator
// figure: within 2x of node).
function* range(n) {
  for (let i = 0; i < n; i++) yield i;
}

let sum = 0;
for (const v of range(10000000)) sum += v;
console.log(sum);
