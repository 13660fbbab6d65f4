// The legacy `module X {}` keyword form and namespaces referencing each other.
module Legacy {
  export const kind = "module-keyword";
  export function twice(n: number): number {
    return n * 2;
  }
}
namespace Uses {
  export function run(): string {
    return Legacy.kind + ":" + Legacy.twice(21);
  }
}
console.log(Uses.run());
namespace Registry {
  const items: { [k: string]: number } = {};
  export function set(k: string, v: number): void {
    items[k] = v;
  }
  export function get(k: string): number | undefined {
    return items[k];
  }
  export function keys(): string[] {
    return Object.keys(items).sort();
  }
}
Registry.set("b", 2);
Registry.set("a", 1);
console.log(Registry.get("a"), Registry.get("z"), Registry.keys());
namespace Outer {
  export namespace Inner {
    export const v = 1;
  }
  export const sum = Inner.v + 1;
}
namespace Outer.Inner {
  export const w = v + 10;
}
console.log(Outer.sum, Outer.Inner.v, Outer.Inner.w);
