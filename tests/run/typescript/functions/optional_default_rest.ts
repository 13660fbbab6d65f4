// Optional, default and rest parameters with annotations; `length` excludes defaults and rest.
function greet(name: string, greeting?: string, punct: string = "!"): string {
  return (greeting ?? "Hello") + ", " + name + punct;
}
console.log(greet("A"), greet("B", "Hi"), greet("C", undefined, "?"), greet.length);
function sum(first: number, ...rest: number[]): number {
  return rest.reduce((a, b) => a + b, first);
}
console.log(sum(1), sum(1, 2, 3, 4), sum.length);
function tuple(...args: [string, number, boolean?]): string {
  return args.length + ":" + args.join("|");
}
console.log(tuple("x", 1), tuple("y", 2, true));
function defaults(a: number, b: number = a * 2, c: number = a + b): number[] {
  return [a, b, c];
}
console.log(defaults(1), defaults(1, 5), defaults(2, undefined, 0));
const arrow = (x: number = 10, { y = 3, z }: { y?: number; z: number } = { z: 1 }): number => x + y + z;
console.log(arrow(), arrow(1, { z: 5 }), arrow(undefined, { y: 0, z: 0 }), arrow.length);
function opt(a?: number, b?: number): string {
  return `${a}-${b}-${arguments.length}`;
}
console.log(opt(), opt(1), opt(1, 2));
function spreadInto(...items: Array<string | number>): string {
  return items.map((i) => typeof i).join(",");
}
const parts: [string, number] = ["s", 1];
console.log(spreadInto(...parts, 3, "q"));
