// Destructured parameters with type annotations, defaults, and nested patterns.
interface Options {
  width?: number;
  height?: number;
  title: string;
  tags?: string[];
}
function render({ width = 100, height = 50, title, tags = [] }: Options): string {
  return `${title} ${width}x${height} [${tags.join(",")}]`;
}
console.log(render({ title: "A" }), render({ title: "B", width: 10, tags: ["x", "y"] }));
function swap([a, b]: [number, string]): [string, number] {
  return [b, a];
}
console.log(swap([1, "one"]));
function nested({ user: { name, age = 0 }, ...rest }: { user: { name: string; age?: number }; [k: string]: unknown }): string {
  return name + ":" + age + ":" + JSON.stringify(rest);
}
console.log(nested({ user: { name: "zoe" }, role: "admin", level: 3 }));
const entries: Array<[string, number]> = [
  ["a", 1],
  ["b", 2],
];
const result = entries.map(([k, v]: [string, number]): string => k.repeat(v));
console.log(result);
function head<T>([first, ...others]: T[]): { first: T | undefined; others: number } {
  return { first, others: others.length };
}
console.log(head([5, 6, 7]), head<string>([]));
