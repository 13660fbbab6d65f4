// Namespaces holding interfaces and type aliases only; type-only namespaces emit nothing.
namespace Types {
  export interface User {
    id: number;
    name: string;
  }
  export type Id = number;
}
namespace Models {
  export interface Item {
    sku: string;
    qty: number;
  }
  export function total(items: Item[]): number {
    return items.reduce((s, i) => s + i.qty, 0);
  }
  export class Store {
    private items: Item[] = [];
    add(it: Item): this {
      this.items.push(it);
      return this;
    }
    get size(): number {
      return this.items.length;
    }
    all(): Item[] {
      return this.items.slice();
    }
  }
}
const u: Types.User = { id: 1, name: "root" };
const id: Types.Id = 7;
console.log(u, id);
const store = new Models.Store().add({ sku: "a", qty: 2 }).add({ sku: "b", qty: 5 });
console.log(store.size, Models.total(store.all()));
console.log(typeof (globalThis as any).Types);
declare namespace Ambient {
  const value: number;
  function f(): void;
}
type AmbientVal = typeof Ambient.value;
const av: AmbientVal = 3;
console.log(av);
