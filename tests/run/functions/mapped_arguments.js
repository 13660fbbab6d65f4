// The arguments object of sloppy functions with simple parameters is mapped to them (both ways) until an index is deleted or redefined; strict ones and ones with defaults are not.
function f(a, b) { arguments[0] = 10; b = 20; return [a, arguments[1], arguments.length]; }
console.log(f(1, 2), f(1));
function g(a) { "use strict"; arguments[0] = 10; return a; }
console.log(g(1));
function h(a) { delete arguments[0]; arguments[0] = 5; return [a, arguments[0]]; }
console.log(h(1));
function k(a) { Object.defineProperty(arguments, "0", { value: 7, writable: false }); a = 9; return [a, arguments[0]]; }
console.log(k(1));
function d(a = 0) { arguments[0] = 10; return a; }
console.log(d(1));
function c(a) { const get = () => a; arguments[0] = "via args"; return get(); }
console.log(c(1));
function* gen(a) { arguments[0] = "g"; yield a; }
console.log([...gen(1)]);
function v(a) { var a = 3; return arguments[0]; }
console.log(v(1));
