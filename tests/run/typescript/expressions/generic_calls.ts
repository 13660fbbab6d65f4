// Explicit type arguments on calls and `new`, and generics that look like comparisons.
function id<T>(x: T): T {
  return x;
}
const a = 1,
  b = 2,
  c = 3;
console.log(id<number>(5), id<string[]>(["s"]));
console.log(a < b, b > c);
const f = (x: number) => x;
console.log(f(a < b ? 1 : 0), [a < b, c > b]);
const m = new Map<string, Array<number>>([["k", [1, 2]]]);
console.log(m.get("k"));
const s = new Set<number>([3, 3, 4]);
console.log(s.size);
class Box<T> {
  constructor(public v: T) {}
  static of<U>(v: U): Box<U> {
    return new Box<U>(v);
  }
}
console.log(Box.of<boolean>(true), new Box<Box<number>>(new Box(1)));
const arr = Array<number>(3).fill(0);
console.log(arr);
const parse = (JSON.parse as <T>(s: string) => T)<number>("1") + 1;
console.log(parse);
const inst = id<typeof a>(a);
console.log(inst);
function pair<A, B = A>(x: A, y: B): [A, B] {
  return [x, y];
}
console.log(pair<number>(1, 2), pair<string, boolean>("x", false));
