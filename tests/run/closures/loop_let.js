const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
console.log(fns[0](), fns[1](), fns[2]());
const vfns = [];
for (var j = 0; j < 3; j++) vfns.push(() => j);
console.log(vfns[0](), vfns[1](), vfns[2]());
const mod = [];
for (let i = 0; i < 6; i++) {
  mod.push(() => i);
  i++;
}
console.log(mod.length, mod[0](), mod[1](), mod[2]());
const incs = [];
for (let i = 0; i < 3; i++) {
  incs.push(() => ++i);
}
console.log(incs[0](), incs[0](), incs[1](), incs[2]());
const keyFns = [];
for (const k in { a: 1, b: 2 }) keyFns.push(() => k);
console.log(keyFns[0](), keyFns[1]());
const wfns = [];
let w = 0;
while (w < 3) {
  let copy = w;
  wfns.push(() => copy);
  w++;
}
console.log(wfns[0](), wfns[1](), wfns[2]());
const shared = [];
let sv = 0;
for (; sv < 3; sv++) shared.push(() => sv);
console.log(shared[0](), shared[2]());
const condCap = [];
for (let i = 0; condCap.push(() => i), i < 2; i++) {}
console.log(condCap.length, condCap[0](), condCap[1](), condCap[2]());
