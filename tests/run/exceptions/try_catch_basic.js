try {
  console.log("before");
  throw new Error("oops");
  console.log("never");
} catch (e) {
  console.log("caught", e.message);
}
console.log("after");
function risky(n) {
  if (n > 2) throw new RangeError("too big: " + n);
  return n;
}
for (let i = 0; i < 5; i++) {
  try {
    console.log("ok", risky(i));
  } catch (e) {
    console.log(e.name, e.message);
  }
}
try {
  console.log("no throw");
} catch (e) {
  console.log("never");
}
try {
  throw new Error("no binding");
} catch {
  console.log("optional catch binding");
}
function deep(n) {
  if (n === 0) throw new Error("bottom");
  return deep(n - 1);
}
try {
  deep(50);
} catch (e) {
  console.log(e.message);
}
let e = "outer e";
try {
  throw "inner";
} catch (e) {
  console.log(e);
}
console.log(e);
