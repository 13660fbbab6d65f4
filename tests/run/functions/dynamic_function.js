// Function(...) / new Function(...) with arguments known at build time: compiled with the program.
const g = Function("return this")();
console.log(g === globalThis);
const add = new Function("a", "b", "return a + b;");
console.log(add(2, 3), add.name, add.length, add.toString());
console.log(new Function("a, b", "c", "return a * b * c")(2, 3, 4));
console.log(Function()(), typeof Function("").prototype);
const strictThis = Function('"use strict"; return this;')();
console.log(strictThis);
globalThis.globalVar = 41;
console.log(Function("return globalVar + 1")());
try { new Function("a", "}); (function(){"); } catch (e) { console.log(e.name); }
try { Function("return 1 +"); } catch (e) { console.log(e.name); }
try { Function("'use strict'; with ({}) {}"); } catch (e) { console.log(e.name); }
console.log(Function("return typeof anonymous")());
const f2 = Function("x", "return function inner() { return x * 2; }")(21);
console.log(f2(), String(Function("a", "b", "return a")));
const bound = add.bind(null, 1);
console.log(bound.length, bound(2), new ((function F() {}).bind())() instanceof Object, Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance).writable);
const B = function () {}; console.log(new B() instanceof B.bind());
// A replaced global Function is called as written.
const original = globalThis.Function;
globalThis.Function = function (...args) { return "replaced:" + args.join("|"); };
console.log(Function("a", "return a"), new Function("x") instanceof Object);
globalThis.Function = original;
console.log(Function("return 7")());
// Arguments predicted from variables, Function.call/apply; the text is checked when the call runs.
var body = "return a + b;";
const viaVar = new Function("a", "b", body);
console.log(viaVar(1, 2), Function.call(null, "x", "return x * 2")(21), Function.apply(null, ["return 7"])());
try { new Function("var 1 = 1"); } catch (e) { console.log(e.name); }
try { new Function({ toString() { throw 7; } }); } catch (e) { console.log("thrown", e); }
try { new Function(null, "return 1"); } catch (e) { console.log(e.name); }
console.log(Function(undefined)(), Function(void 0, "return 3")());
function early() { return new Function(lateBody)(); }
var lateBody = "return 'late'";
console.log(early());
