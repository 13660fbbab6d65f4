interface Point {
  x: number;
  y: number;
}
interface Point3D extends Point {
  z: number;
}
interface Named {
  readonly name: string;
  nickname?: string;
}
interface Greeter {
  greet(who: string): string;
}
function dist(p: Point): number {
  return Math.sqrt(p.x * p.x + p.y * p.y);
}
const p: Point = { x: 3, y: 4 };
const p3: Point3D = { x: 1, y: 2, z: 3 };
console.log(dist(p), dist(p3), p3);
const n: Named = { name: "ann" };
console.log(n.name, n.nickname);
const g: Greeter = {
  greet(who: string): string {
    return "hello " + who;
  },
};
console.log(g.greet("ts"));
interface Dict {
  [key: string]: number;
}
const d: Dict = {};
d["a"] = 1;
d.b = 2;
console.log(d);
interface Fn {
  (x: number): number;
}
const sq: Fn = (x) => x * x;
console.log(sq(9));
