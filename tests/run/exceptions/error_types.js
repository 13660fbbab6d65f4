const errs = [new Error("a"), new TypeError("b"), new RangeError("c"), new ReferenceError("d")];
for (let i = 0; i < errs.length; i++) {
  const e = errs[i];
  console.log(e.name, e.message, e instanceof Error, e instanceof TypeError, e instanceof RangeError, e instanceof ReferenceError);
}
const noMsg = new Error();
console.log(noMsg.message === "", noMsg.name);
const called = Error("without new");
console.log(called instanceof Error, called.message);
const te = TypeError("t");
console.log(te instanceof TypeError, te.name);
const e = new Error("custom");
e.name = "MyError";
e.code = 42;
console.log(e.name, e.message, e.code);
e.message = "changed";
console.log(e.message);
console.log(Object.getPrototypeOf(new TypeError("x")) === TypeError.prototype);
console.log(Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
console.log(typeof e, typeof Error);
function MyError(msg) {
  this.message = msg;
}
MyError.prototype = Object.create(Error.prototype);
MyError.prototype.name = "MyError";
try {
  throw new MyError("mine");
} catch (x) {
  console.log(x instanceof MyError, x instanceof Error, x.name, x.message);
}
console.log(new Error(42).message, typeof new Error(42).message);
console.log(new Error(undefined).message === "");
