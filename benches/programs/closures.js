// Closure creation and calls through captured environments.
function counter() {
  let n = 0;
  return () => ++n;
}
let total = 0;
for (let i = 0; i < 200000; i++) {
  const c = counter();
  for (let j = 0; j < 10; j++) total += c();
}
console.log(total);
