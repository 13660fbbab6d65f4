// dxc: oracle=none
// Math.sumPrecise (ES2026; node 26 does not have it yet): the exact sum, rounded once.
console.log(Math.sumPrecise([1e20, 0.1, -1e20]), [1e20, 0.1, -1e20].reduce((a, b) => a + b));
console.log(Math.sumPrecise([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3);
console.log(Object.is(Math.sumPrecise([]), -0), Object.is(Math.sumPrecise([-0, -0]), -0), Object.is(Math.sumPrecise([-0, 0]), 0));
console.log(Math.sumPrecise([1, Infinity]), Math.sumPrecise([-Infinity, 1]), Math.sumPrecise([Infinity, -Infinity]), Math.sumPrecise([NaN, 1]));
// Intermediate sums beyond the double range stay exact.
console.log(Math.sumPrecise([1e308, 1e308, -1e308]), Math.sumPrecise([Number.MAX_VALUE, Number.MAX_VALUE]));
console.log(Math.sumPrecise([-Number.MAX_VALUE, -Number.MAX_VALUE, Number.MAX_VALUE]));
// Ties round to even using every partial.
console.log(Math.sumPrecise([2 ** 53, 1, 2 ** -60]), Math.sumPrecise([2 ** 53, 1]), Math.sumPrecise([2 ** 53, 3]));
console.log(Math.sumPrecise(new Set([1, 2, 3])), Math.sumPrecise(function* () { yield 0.5; yield 0.25; }()));
let closed = false;
const it = { [Symbol.iterator]() { return { next() { return { value: "1", done: false }; }, return() { closed = true; return {}; } }; } };
try { Math.sumPrecise(it); } catch (e) { console.log(e.name, closed); }
try { Math.sumPrecise(); } catch (e) { console.log(e.name); }
console.log(Math.round(-(2 ** 53 - 1)), Math.round(2 ** 52 + 1), Math.round(-2.5), Math.round(2.5));
