// `unique symbol` types and symbol-keyed members; symbol values themselves are runtime values.
const tag: unique symbol = Symbol("tag");
declare const phantom: unique symbol;
const kindSym: unique symbol = Symbol("kind");
class Tagged {
  static readonly kind: typeof kindSym = kindSym;
  [tag]: string = "tagged";
  [kindSym] = 1;
}
const t = new Tagged();
console.log(t[tag], t[Tagged.kind], tag.toString(), Tagged.kind.description);
interface HasTag {
  [tag]: string;
}
const h: HasTag = { [tag]: "iface" };
console.log(h[tag], Object.getOwnPropertySymbols(h).length);
type Brand<T, B extends string> = T & { readonly __brand: B };
type Meters = Brand<number, "m">;
const m = 5 as Meters;
console.log(m * 2, typeof m);
type PhantomT = typeof phantom;
const sym2 = Symbol.for("shared");
console.log(Symbol.for("shared") === sym2, Symbol.keyFor(sym2));
const symKeys: symbol[] = Object.getOwnPropertySymbols(t);
console.log(symKeys.length, symKeys.map((s) => s.description));
