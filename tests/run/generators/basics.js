// Generators: next/return/throw, finally on return, yield*, generator methods, arguments, for-of and spread over generators.
function* count(n) { for (let i = 0; i < n; i++) yield i; return "end"; }
const g = count(3);
console.log(g.next(), g.next(), g.next(), g.next(), g.next());
console.log([...count(4)], Array.from ? 1 : 0);
function* echo() { let x = 0; while (true) { const got = yield x; x = x + (got || 1); } }
const e = echo(); e.next(); console.log(e.next(10), e.next(5), e.next());
function* fin() { try { yield 1; yield 2; } finally { console.log("cleanup"); } }
for (const v of fin()) { console.log(v); break; }
const f2 = fin(); f2.next(); console.log(f2.return(42), f2.next());
function* thrower() { try { yield 1; } catch (err) { console.log("caught", err); yield 2; } }
const t = thrower(); t.next(); console.log(t.throw("boom"), t.next());
function* inner() { const r = yield "a"; yield r; return "inner-done"; }
function* outer() { const v = yield* inner(); yield v; yield* [7, 8]; }
const o = outer(); console.log(o.next(), o.next("sent"), o.next(), o.next(), o.next(), o.next());
const obj = { *gen() { yield this.k; }, k: "K" };
console.log([...obj.gen()]);
class C { *[Symbol.iterator]() { yield 1; yield 2; } static *s() { yield "s"; } }
console.log([...new C()], [...C.s()]);
const fresh = count(2); console.log(fresh.return(9), fresh.next());
function* args() { yield arguments.length; yield* arguments; }
console.log([...args("x", "y")]);
console.log(Object.prototype.toString.call(count(1)), typeof count(1).next, count(1)[Symbol.iterator]() instanceof count);
let sum = 0; for (const v of count(100000)) sum += v; console.log(sum);
