try {
  x;
  let x = 1;
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
try {
  console.log(typeof y);
  const y = 2;
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
function f() {
  return z;
}
try {
  f();
} catch (e) {
  console.log(e.name, e.message);
}
let z = 5;
console.log(f());
try {
  let w = w + 1;
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
{
  let q = 1;
  {
    try {
      q = 2;
      let q = 3;
    } catch (e) {
      console.log("inner", e.message);
    }
  }
  console.log(q);
}
try {
  undeclaredName;
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
console.log(typeof undeclaredName);
