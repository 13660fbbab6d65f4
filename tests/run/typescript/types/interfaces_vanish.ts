// Interfaces (generic, extending, merged, with call/construct/index signatures) emit no code.
interface A {
  a: number;
}
interface B<T> extends A {
  b: T;
  method(): void;
  readonly r?: string;
}
interface B<T> {
  extra: T[];
}
interface Weird {
  (x: number): string;
  new (s: string): Weird;
  [k: string]: any;
}
let interfaceCount = 0;
const obj: B<string> = { a: 1, b: "b", extra: ["e"], method() {} };
console.log(obj.a, obj.b, obj.extra);
console.log(typeof (globalThis as any).A, typeof (globalThis as any).B, typeof (globalThis as any).Weird);
function use(w: Weird | null): string {
  return w === null ? "null weird" : "has weird";
}
console.log(use(null), interfaceCount);
const interface_ = 5;
const type = "type-var";
const declare = "declare-var";
const namespace = 1;
const abstract = 2;
console.log(interface_, type, declare, namespace, abstract);
let as = 3;
let satisfies = 4;
let readonly = 5;
let keyof = 6;
console.log(as, satisfies, readonly, keyof);
