const cases = [
  () => undefined.x,
  () => null.y,
  () => { const u = undefined; return u.prop; },
  () => { const n = 5; return n(); },
  () => { const o = {}; return o.missing(); },
  () => { const f = 3; return new f(); },
  () => notDefinedAnywhere + 1,
  () => { const c = 1; c = 2; },
  () => { null.z = 1; },
  () => { const o = {}; o.a.b = 1; },
];
for (let i = 0; i < cases.length; i++) {
  try {
    cases[i]();
    console.log(i, "no error");
  } catch (e) {
    console.log(i, e.name, e instanceof TypeError, e instanceof ReferenceError, e instanceof Error);
  }
}
const ok = {};
console.log(ok.x, typeof ok.x);
try {
  console.log(ok.x.y);
} catch (e) {
  console.log("nested undefined access:", e.name);
}
