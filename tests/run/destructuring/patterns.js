// Destructuring in every position: declarations, parameters, assignment, for-in heads, catch.
var {a, b: [c, d = 5], ...rest} = {a: 1, b: [2], x: 3, y: 4};
console.log(a, c, d, rest);
let [p, , q = "dq", ...r] = "hello";
console.log(p, q, r);
function f({x, y} = {x: 10}, [z] = [20], ...[w]) { return [x, y, z, w]; }
console.log(f(), f({x: 1, y: 2}, [3], 4));
var o = {};
[o.a, o["b"]] = [1, 2];
({a: o.c, d: o.d = 9} = {a: 7});
console.log(o);
try { var {z} = null; } catch (e) { console.log(e.constructor.name); }
for (var [k, v] in {ab: 1}) console.log(k, v);
try { throw {m: 1}; } catch ({m}) { console.log(m); }
var closed = 0;
var it = { [Symbol.iterator]() { var i = 0; return { next() { return {value: i++, done: false}; }, return() { closed++; return {}; } }; } };
var [i1, i2] = it;
console.log(i1, i2, closed);
try { var [e1 = (() => { throw new Error("x") })()] = it; } catch (e) { console.log(e.message, closed); }
var {length} = "abc"; console.log(length);
var arr = [1,2,3]; console.log(arr.keys().next(), [...arr.entries()].length);
