// dxc: oracle=none
// What a dxc executable cannot do (it carries no JavaScript compiler): a Function source
// text that no candidate predicted when the program was built is an EvalError that says so,
// after the arguments were converted as the spec says. Node compiles these at run time.
try {
  new Function("return " + Math.random());
} catch (e) {
  console.log(e.name, e.message.startsWith("dxc: new Function(string) needs a JavaScript compiler"));
}
let converted = 0;
const part = { toString() { converted++; return "a" + converted; } };
try {
  Function(part, part, "return 1");
} catch (e) {
  console.log(e.name, converted);
}
// A variable read before its initializer ran holds undefined: that text was not predicted.
function early() { return new Function(body)(); }
try { early(); } catch (e) { console.log(e.name); }
var body = "return 'now predicted'";
console.log(early());
