// Plain auto-accessor fields (`accessor x = ...`) without decorators: prototype accessors over private storage.
class Point {
  accessor x: number = 1;
  accessor y = 2;
  static accessor origin = "0,0";
  accessor #z = 3;
  get z(): number {
    return this.#z;
  }
  bump(): void {
    this.#z++;
  }
}
const p = new Point();
p.x = 10;
p.bump();
console.log(p.x, p.y, p.z, Point.origin);
console.log(Object.keys(p), JSON.stringify(p));
console.log(Object.getOwnPropertyNames(Point.prototype));
const desc = Object.getOwnPropertyDescriptor(Point.prototype, "x")!;
console.log(typeof desc.get, typeof desc.set, "value" in desc);
class Sub extends Point {
  override accessor y = 20;
}
const s = new Sub();
console.log(s.x, s.y, s.z);
const q = Object.create(Point.prototype);
try {
  console.log(q.x);
} catch (e) {
  console.log("TypeError", e instanceof TypeError);
}
