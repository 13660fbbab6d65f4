let count: number = 5;
const label: string = "items";
let flag: boolean = true;
let nothing: null = null;
let undef: undefined = undefined;
let anything: any = { a: 1 };
let unknownVal: unknown = 42;
function add(a: number, b: number): number {
  return a + b;
}
const mul = (a: number, b: number): number => a * b;
const arr: number[] = [1, 2, 3];
const arr2: Array<string> = ["x", "y"];
const tuple: [string, number] = ["age", 30];
function log(msg: string): void {
  console.log("log:", msg);
}
console.log(count, label, flag, nothing, undef, anything, unknownVal);
console.log(add(2, 3), mul(4, 5), arr, arr2, tuple);
log("hello");
let u: string | number = "str";
console.log(typeof u);
u = 10;
console.log(typeof u);
const obj: { x: number; y?: string } = { x: 1 };
console.log(obj, obj.y);
function never(): never {
  throw new Error("never returns");
}
try {
  never();
} catch (e: any) {
  console.log(e.message);
}
