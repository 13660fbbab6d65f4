// Mixed expressions: enum members in templates, computed keys from enums, typed object literals.
enum Key {
  A = "alpha",
  B = "beta",
}
enum Num {
  One = 1,
  Two,
}
const obj = {
  [Key.A]: Num.One,
  [Key.B]: Num.Two,
  [`${Key.A}_${Num.Two}`]: true,
};
console.log(obj);
console.log(`${Key.B}:${Num[Num.Two]}`);
const typed: { readonly [k in Key]?: number } = { alpha: 1 };
console.log(typed, Key.A in typed, Key.B in typed);
const choose = (k: Key): number => (k === Key.A ? Num.One : Num.Two) * 10;
console.log(choose(Key.A), choose(Key.B));
let counter: number = 0;
const incr = (): number => (counter += Num.Two);
incr();
incr();
console.log(counter);
const v = (Num.One as number) + (Num.Two as number);
console.log(v, typeof Num.One);
const list = [Key.A, Key.B].map((k, i): [Key, number] => [k, i]);
console.log(new Map(list));
