const base = { inherited: 1, shared: "base" };
const child = Object.create(base);
child.own = 2;
child.shared = "child";
const seen = [];
for (const k in child) seen.push(k + "=" + child[k]);
console.log(seen.join(" "));
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.norm = function () {
  return this.x * this.x + this.y * this.y;
};
const p = new Point(3, 4);
for (const k in p) console.log(k);
console.log(Object.keys(p));
const grand = Object.create(child);
grand.g = 0;
const gk = [];
for (const k in grand) gk.push(k);
console.log(gk);
