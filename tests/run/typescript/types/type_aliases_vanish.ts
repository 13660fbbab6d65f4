// Type aliases: unions, intersections, templates, recursive and generic aliases emit nothing.
type ID = string | number;
type Point = { x: number; y: number };
type Point3 = Point & { z: number };
type Greeting = `hello ${string}`;
type Tree<T> = { value: T; children: Tree<T>[] };
type Fn<A extends unknown[], R> = (...args: A) => R;
type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
const ids: ID[] = [1, "two"];
const p: Point3 = { x: 1, y: 2, z: 3 };
const g: Greeting = "hello world";
const tree: Tree<number> = { value: 1, children: [{ value: 2, children: [] }] };
const add: Fn<[number, number], number> = (a, b) => a + b;
const j: Json = { a: [1, "x", null, { b: true }] };
console.log(ids, p, g, add(2, 3));
function depth<T>(t: Tree<T>): number {
  return 1 + Math.max(0, ...t.children.map(depth));
}
console.log(depth(tree), JSON.stringify(j));
type type = number;
const type: type = 5;
console.log(type);
let Point = "value named Point";
console.log(Point);
