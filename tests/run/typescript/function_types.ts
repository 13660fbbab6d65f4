type BinOp = (a: number, b: number) => number;
const ops: { [name: string]: BinOp } = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  pow: (a, b) => a ** b,
};
const names: string[] = Object.keys(ops);
for (let i = 0; i < names.length; i++) {
  console.log(names[i], ops[names[i]](2, 5));
}
function overload(x: number): number;
function overload(x: string): string;
function overload(x: any): any {
  return typeof x === "number" ? x * 2 : x + x;
}
console.log(overload(21), overload("ab"));
function makeAdder(n: number): (x: number) => number {
  return function (x: number): number {
    return x + n;
  };
}
console.log(makeAdder(10)(5));
function withThis(this: { v: number }, k: number): number {
  return this.v * k;
}
const holder = { v: 6, f: withThis };
console.log(holder.f(7));
declare const declaredOnly: number;
function assertIsString(v: unknown): asserts v is string {
  if (typeof v !== "string") throw new TypeError("not a string");
}
const val: unknown = "checked";
assertIsString(val);
console.log(val.length);
