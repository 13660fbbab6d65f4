function describe(v: string | number | boolean | null | undefined | number[]): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (typeof v === "string") return "string of " + v.length;
  if (typeof v === "number") return "number " + String(v * 2);
  if (Array.isArray(v)) return "array of " + v.length;
  return "boolean " + v;
}
console.log(describe("hey"), describe(21), describe(null), describe(undefined), describe([1, 2]), describe(false));
interface Cat { meow: () => string }
interface Dog { bark: () => string }
function isCat(a: Cat | Dog): a is Cat {
  return "meow" in a;
}
function speak(a: Cat | Dog): string {
  return isCat(a) ? a.meow() : a.bark();
}
console.log(speak({ meow: () => "meow" }), speak({ bark: () => "woof" }));
function total(xs: Array<number | string>): number {
  let t = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    t += typeof x === "number" ? x : parseFloat(x);
  }
  return t;
}
console.log(total([1, "2.5", 3]));
