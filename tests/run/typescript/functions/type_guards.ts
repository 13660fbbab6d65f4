// User-defined type guards, `in` / instanceof / typeof narrowing and discriminated unions.
interface Cat {
  kind: "cat";
  meow(): string;
}
interface Dog {
  kind: "dog";
  bark(): string;
}
type Pet = Cat | Dog;
function isCat(p: Pet): p is Cat {
  return p.kind === "cat";
}
const pets: Pet[] = [
  { kind: "cat", meow: () => "meow" },
  { kind: "dog", bark: () => "woof" },
];
for (const p of pets) console.log(isCat(p) ? p.meow() : p.bark());
function len(x: string | string[] | { size: number }): number {
  if (typeof x === "string") return x.length;
  if (Array.isArray(x)) return x.length * 100;
  if ("size" in x) return x.size;
  return -1;
}
console.log(len("abc"), len(["a", "b"]), len({ size: 9 }));
class HttpError extends Error {
  constructor(public status: number, msg: string) {
    super(msg);
  }
}
function handle(e: unknown): string {
  if (e instanceof HttpError) return "http " + e.status;
  if (e instanceof Error) return "error " + e.message;
  return "unknown " + String(e);
}
console.log(handle(new HttpError(404, "nf")), handle(new Error("boom")), handle(3));
type Shape = { t: "circle"; r: number } | { t: "rect"; w: number; h: number };
function area(s: Shape): number {
  switch (s.t) {
    case "circle":
      return +(Math.PI * s.r ** 2).toFixed(3);
    case "rect":
      return s.w * s.h;
  }
}
console.log(area({ t: "circle", r: 1 }), area({ t: "rect", w: 2, h: 3 }));
const isDefined = <T>(v: T | undefined | null): v is T => v != null;
console.log([1, undefined, 2, null, 3].filter(isDefined));
