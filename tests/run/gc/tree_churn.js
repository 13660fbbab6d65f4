// dxc: stress-interval=2000
function build(depth) {
  if (depth === 0) return null;
  return { left: build(depth - 1), right: build(depth - 1), d: depth };
}
function count(t) {
  return t === null ? 0 : 1 + count(t.left) + count(t.right);
}
const longLived = build(14);
let churn = 0;
for (let i = 0; i < 40; i++) {
  const t = build(12);
  churn += count(t);
}
console.log(count(longLived), churn, longLived.left.right.d);
