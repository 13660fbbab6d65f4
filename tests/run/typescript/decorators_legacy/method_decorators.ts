// Legacy method decorators: (target, key, descriptor), wrapping, enumerable, static methods.
function logged(target: any, key: string, desc: PropertyDescriptor): void {
  const orig = desc.value;
  desc.value = function (this: any, ...args: any[]) {
    const r = orig.apply(this, args);
    console.log(`${key}(${args.join(",")}) = ${r}`);
    return r;
  };
}
function enumerable(value: boolean) {
  return function (target: any, key: string, desc: PropertyDescriptor) {
    desc.enumerable = value;
  };
}
function readonlyMethod(target: any, key: string, desc: PropertyDescriptor): PropertyDescriptor {
  return { ...desc, writable: false };
}
function isProto(target: any, key: string): void {
  console.log(key, "on", typeof target === "function" ? "constructor" : "prototype");
}
class Calc {
  constructor(private base: number) {}
  @logged
  add(n: number): number {
    return this.base + n;
  }
  @enumerable(true)
  @isProto
  visible(): string {
    return "v";
  }
  @readonlyMethod
  fixed(): string {
    return "fixed";
  }
  @logged
  @isProto
  static twice(n: number): number {
    return n * 2;
  }
}
const c = new Calc(10);
c.add(5);
Calc.twice(4);
const keys: string[] = [];
for (const k in c) keys.push(k);
console.log(keys);
try {
  (c as any).fixed = () => "changed";
} catch (e) {
  console.log("threw");
}
console.log(c.fixed(), Object.getOwnPropertyDescriptor(Calc.prototype, "fixed")!.writable);
