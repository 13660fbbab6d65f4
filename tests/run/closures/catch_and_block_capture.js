const fns = [];
for (let i = 0; i < 3; i++) {
  try {
    throw i * 10;
  } catch (e) {
    fns.push(() => e);
  }
}
console.log(fns[0](), fns[1](), fns[2]());
let captured;
try {
  throw new Error("boom");
} catch (err) {
  captured = () => err.message;
}
console.log(captured());
const switchFns = [];
for (let i = 0; i < 2; i++) {
  switch (i) {
    case 0: {
      let v = "zero";
      switchFns.push(() => v);
      break;
    }
    default: {
      let v = "other";
      switchFns.push(() => v);
    }
  }
}
console.log(switchFns[0](), switchFns[1]());
function later() {
  const f = () => value;
  const value = "initialized later";
  return f();
}
console.log(later());
function tooEarly() {
  const f = () => v2;
  try {
    f();
  } catch (e) {
    console.log(e instanceof ReferenceError);
  }
  let v2 = 1;
  return f();
}
console.log(tooEarly());
