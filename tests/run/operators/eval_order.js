const log = [];
function t(name, v) {
  log.push(name);
  return v;
}
const r1 = t("a", 1) + t("b", 2) * t("c", 3);
console.log(r1, log.join(""));
log.length = 0;
const obj = {};
t("obj", obj)[t("key", "k")] = t("val", 5);
console.log(obj.k, log.join(","));
log.length = 0;
const r2 = t("l", 2) ** t("r", 3);
console.log(r2, log.join(","));
log.length = 0;
function f(a, b, c) {
  return a + b + c;
}
console.log(f(t("x", 1), t("y", 2), t("z", 3)), log.join(""));
log.length = 0;
const arr = [t("e0", 0), t("e1", 1), t("e2", 2)];
const o2 = { p: t("p", 1), q: t("q", 2) };
console.log(arr.length + o2.q, log.join(""));
log.length = 0;
let i = 0;
const a = [10, 20, 30];
a[i++] = a[i] + 1;
console.log(a, i);
let x = 1;
const r3 = x + (x = 10) + x;
console.log(r3, x);
log.length = 0;
const r4 = t("c1", false) ? t("yes", 1) : t("no", 2);
console.log(r4, log.join(","));
log.length = 0;
const r5 = t("lt", 1) < t("rt", 2);
console.log(r5, log.join(","));
let y = 5;
y += (y = 100);
console.log(y);
