const a = [1, 2, 3];
a[5000] = "far";
console.log(a.length, a[5000], a[1], Object.keys(a).length);
console.log(a);
a.length = 2;
console.log(a, a.length);
const b = [];
Object.defineProperty(b, 0, { get() { return 42; }, enumerable: true, configurable: true });
console.log(b[0], b.length, b);
const c = new Array(100000);
c[5] = 1;
console.log(c.length, c[5]);
const d = [1,2,3];
Object.defineProperty(d, 1, { value: 9, writable: false });
d[1] = 10;
console.log(d, Object.getOwnPropertyDescriptor(d, 1));
const m = [1,2,3].map(x => x * 2);
console.log(m);
const frozen = Object.freeze([1, 2]);
try { "use strict"; frozen.push(3); } catch (e) { console.log(e instanceof TypeError); }
const sealed = Object.seal([1, 2, 3]);
try { sealed.pop(); } catch (e) { console.log(e instanceof TypeError, sealed.length); }
const s = [];
s[4294967294] = "last index";
console.log(s.length, Object.keys(s));
s.length = 0;
console.log(s.length, s[4294967294]);
