let x = "outer";
{
  let x = "block";
  console.log(x);
  {
    let x = "inner";
    console.log(x);
  }
  console.log(x);
}
console.log(x);
const c = 1;
if (c) {
  const c = 2;
  console.log(c);
}
console.log(c);
for (let x = 0; x < 2; x++) {
  console.log("loop", x);
}
console.log(x);
function f() {
  let x = "fn";
  if (true) {
    let x = "fn-if";
    console.log(x);
  }
  return x;
}
console.log(f());
let count = 0;
while (count < 3) {
  let count2 = count * 10;
  count++;
  console.log(count2);
}
switch (1) {
  case 1: {
    let x = "case";
    console.log(x);
  }
}
console.log(x);
