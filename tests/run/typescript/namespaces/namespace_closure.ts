// Namespace bodies are function scopes: IIFE semantics, `this` inside, and shadowing.
let name = "outer";
namespace Scope {
  export let name = "inner";
  export function who(): string {
    return name;
  }
  const list: string[] = [];
  export function push(s: string): number {
    return list.push(s);
  }
  export function dump(): string {
    return list.join(",");
  }
}
console.log(name, Scope.name, Scope.who());
Scope.name = "changed";
console.log(Scope.who());
Scope.push("a");
Scope.push("b");
console.log(Scope.dump());
namespace Init {
  console.log("Init body runs");
  export const computed = [1, 2, 3].map((x) => x * 10);
}
console.log(Init.computed);
namespace Gen {
  export function* range(n: number): Generator<number> {
    for (let i = 0; i < n; i++) yield i;
  }
}
console.log([...Gen.range(4)]);
namespace Classes {
  export class A {
    static made = 0;
    constructor() {
      A.made++;
    }
  }
  export class B extends A {}
}
new Classes.A();
new Classes.B();
console.log(Classes.A.made, new Classes.B() instanceof Classes.A);
