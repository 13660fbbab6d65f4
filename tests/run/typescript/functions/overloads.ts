// Function overload signatures vanish; only the implementation runs.
function parse(input: string): number;
function parse(input: number): string;
function parse(input: string[]): number[];
function parse(input: string | number | string[]): number | string | number[] {
  if (Array.isArray(input)) return input.map((s) => Number(s));
  if (typeof input === "string") return Number(input);
  return String(input);
}
console.log(parse("42") + 1, parse(7) + "!", parse(["1", "2"]));
console.log(parse.length, parse.name);
class Fmt {
  format(x: number): string;
  format(x: boolean): string;
  format(x: Date | null): string;
  format(x: unknown): string {
    if (x === null) return "null";
    return typeof x + ":" + String(x);
  }
  static of(s: string): Fmt;
  static of(): Fmt;
  static of(_s?: string): Fmt {
    return new Fmt();
  }
}
const f = Fmt.of();
console.log(f.format(3), f.format(false), f.format(null));
console.log(Object.getOwnPropertyNames(Fmt.prototype));
function make(): { a: number };
function make(a: number): { a: number };
function make(a = 0) {
  return { a };
}
console.log(make(), make(5));
declare function external(x: number): number;
console.log(typeof (globalThis as any).external);
