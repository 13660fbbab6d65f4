// Top-level block-scoped bindings captured in loops get a fresh binding each time.
const fns = [];
for (let i = 0; i < 3; i++) {
  let j = i * 10;
  fns.push(() => j);
}
console.log(fns.map((f) => f()));
{
  let hidden = "block";
  var seen = () => hidden;
}
console.log(seen());
let k = 0;
const ws = [];
while (k < 3) {
  const c = k++;
  ws.push(() => c);
}
console.log(ws.map((f) => f()));
const args = [];
function collect() {
  const arrow = () => arguments.length;
  args.push(arrow());
  return arguments;
}
const got = collect(1, 2, 3);
console.log(args, got.length, got[2]);
function withDefaults(a, b = a + 1, c = () => a + b) {
  return c();
}
console.log(withDefaults(1), withDefaults(1, 5));
