// `this` parameters in functions and methods are erased; `this` still binds normally.
interface Ctx {
  prefix: string;
}
function label(this: Ctx, s: string): string {
  return this.prefix + s;
}
console.log(label.call({ prefix: ">> " }, "hello"));
console.log(label.length);
const bound = label.bind({ prefix: "## " });
console.log(bound("bound"));
class Btn {
  text = "OK";
  onClick(this: Btn, times: number): string {
    return this.text.repeat(times);
  }
  static make(this: typeof Btn): Btn {
    return new this();
  }
}
const b = Btn.make();
console.log(b.onClick(2), b.onClick.length);
function apply<T>(this: T[], f: (x: T) => T): T[] {
  return this.map(f);
}
console.log(apply.call([1, 2, 3], (x: number) => x * 3));
const obj = {
  n: 5,
  get(this: { n: number }): number {
    return this.n;
  },
};
console.log(obj.get(), obj.get.call({ n: 9 }));
function noThis(this: void, a: number, b: number): number {
  return a + b;
}
console.log(noThis(2, 3), noThis.length);
