// Legacy parameter decorators on constructors, methods and static methods: (target, key, index).
const seen: string[] = [];
function param(label: string) {
  return function (target: any, key: string | symbol | undefined, index: number): void {
    const owner = typeof target === "function" ? target.name : target.constructor.name;
    seen.push(`${label}@${owner}.${String(key)}[${index}]`);
  };
}
const required: Record<string, number[]> = {};
function req(target: any, key: string, index: number): void {
  (required[key] ||= []).push(index);
}
function validate(target: any, key: string, desc: PropertyDescriptor): void {
  const orig = desc.value;
  desc.value = function (this: any, ...args: any[]) {
    for (const i of required[key] ?? []) {
      if (args[i] === undefined) return `missing arg ${i} for ${key}`;
    }
    return orig.apply(this, args);
  };
}
class Service {
  constructor(@param("a") private a: string, @param("b") b: number) {}
  run(@param("x") x: number, @param("y") @param("y2") y: number): number {
    return x + y;
  }
  static make(@param("s") s: string): Service {
    return new Service(s, 0);
  }
  @validate
  greet(@req name?: string, @req greeting?: string): string {
    return `${greeting}, ${name}`;
  }
}
console.log(seen.join("\n"));
const svc = Service.make("z");
console.log(svc.run(1, 2), svc.greet("bob", "hi"), svc.greet("bob"));
console.log(required);
