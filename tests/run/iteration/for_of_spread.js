// for-of over arrays, entries, strings (by code point) and user iterators, closing on break/return/throw; spread.
for (const x of [1, 2, 3]) console.log(x);
for (let [k, v] of [[1, "a"], [2, "b"]].entries()) console.log(k, v);
for (var ch of "a😀b") console.log(ch, ch.length);
function mk(log) {
  let i = 0;
  return { [Symbol.iterator]() { return this; }, next() { return { value: i++, done: i > 5 }; }, return() { log.push("closed"); return {}; } };
}
var log = [];
for (var v of mk(log)) { if (v == 2) break; }
console.log(log);
outer: for (var a of [1, 2]) { for (var b of mk(log)) { if (b == 1) continue outer; } }
console.log(log);
function g() { for (var v of mk(log)) { if (v == 3) return v * 10; } }
console.log(g(), log.length);
try { for (var v of mk(log)) { throw new Error("boom"); } } catch (e) { console.log(e.message, log.length); }
for (var v of mk(log)) { continue; }
console.log(log.length);
var o = {};
for (o.p of [7]) ;
console.log(o.p);
var fns = [];
for (let i of [1, 2, 3]) fns.push(() => i);
console.log(fns.map(f => f()));
console.log(Math.max(...[1, 5, 3]), [..."ab", ...[1, , 2]], {...{a: 1}, b: 2, ...null});
function args() { return [...arguments]; }
console.log(args(1, 2), new Array(...[3]).length);
try { for (var x of 5) ; } catch (e) { console.log(e.constructor.name, e.message); }
