// Index signatures in classes and interfaces, including numeric/string and template keys.
class Bag {
  [key: string]: number | ((k: string) => number);
  get(k: string): number {
    const v = this[k];
    return typeof v === "number" ? v : 0;
  }
}
const b = new Bag();
b.apples = 3;
b["pears"] = 5;
console.log(b.get("apples"), b.get("pears"), b.get("none"), Object.keys(b));
interface NumMap {
  [i: number]: string;
  length: number;
}
const nm: NumMap = { 0: "zero", 1: "one", length: 2 };
console.log(nm[0], nm[1], nm.length);
interface Styles {
  [prop: `--${string}`]: string;
}
const st: Styles = { "--main": "red", "--bg": "blue" };
console.log(st["--main"], Object.entries(st));
class StaticIdx {
  static [k: string]: unknown;
}
(StaticIdx as any).dyn = 42;
console.log((StaticIdx as any).dyn);
type Counts = { [word: string]: number };
const counts: Counts = {};
for (const w of "a b a c b a".split(" ")) counts[w] = (counts[w] ?? 0) + 1;
console.log(counts);
