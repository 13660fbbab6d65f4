// `declare enum` and `declare const enum` used only in type positions must vanish.
declare enum External {
  One,
  Two,
}
declare const enum ExternalConst {
  X = 1,
}
interface Holder {
  e?: External;
  c?: ExternalConst;
  label: string;
}
function make(label: string): Holder {
  return { label };
}
const h = make("holder");
console.log(h, h.e, h.c);
type Key = keyof typeof External;
const k: Key = "One";
console.log(k);
function pass(x: External | number): number {
  return (x as number) + 1;
}
console.log(pass(4));
enum Real {
  A = 3,
}
const arr: Array<External | Real> = [Real.A];
console.log(arr, typeof Real);
console.log(typeof (globalThis as any).External);
