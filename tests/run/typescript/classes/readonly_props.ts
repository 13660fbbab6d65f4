// readonly properties and ReadonlyArray/Readonly types: compile-time only, runtime values unchanged.
class Config {
  readonly name: string;
  readonly tags: readonly string[];
  static readonly DEFAULT = new Config("default", ["a"]);
  constructor(name: string, tags: string[]) {
    this.name = name;
    this.tags = tags;
  }
  with(name: string): Config {
    return new Config(name, [...this.tags]);
  }
}
const c = Config.DEFAULT.with("custom");
console.log(c.name, c.tags, Config.DEFAULT.name);
(c as { name: string }).name = "hacked";
console.log(c.name);
interface Pt {
  readonly x: number;
  readonly y: number;
}
const p: Readonly<Pt> = { x: 1, y: 2 };
const arr: ReadonlyArray<number> = [3, 1, 2];
console.log(p, [...arr].sort(), arr);
function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
console.log(sum(arr), sum([10, 20]));
const frozen = Object.freeze({ k: 1 });
console.log(Object.isFrozen(frozen), Object.isFrozen(p));
type DeepRO<T> = { readonly [K in keyof T]: DeepRO<T[K]> };
const cfg: DeepRO<{ a: { b: number } }> = { a: { b: 5 } };
console.log(cfg.a.b);
