// Realistic: a typed inventory system with enums, interfaces, parameter properties and generics.
enum Category {
  Tool = "tool",
  Food = "food",
  Toy = "toy",
}
interface Item {
  readonly sku: string;
  name: string;
  category: Category;
  price: number;
  qty: number;
}
type Movement = { sku: string; delta: number; reason: "sale" | "restock" | "loss" };
class OutOfStock extends Error {
  constructor(public readonly sku: string, public readonly wanted: number, public readonly have: number) {
    super(`out of stock: ${sku} wanted ${wanted}, have ${have}`);
    this.name = "OutOfStock";
  }
}
class Inventory {
  private items = new Map<string, Item>();
  private history: Movement[] = [];
  add(item: Item): void {
    this.items.set(item.sku, { ...item });
  }
  private move(sku: string, delta: number, reason: Movement["reason"]): Item {
    const it = this.items.get(sku);
    if (!it) throw new Error("unknown sku " + sku);
    if (it.qty + delta < 0) throw new OutOfStock(sku, -delta, it.qty);
    it.qty += delta;
    this.history.push({ sku, delta, reason });
    return it;
  }
  sell(sku: string, n: number): number {
    const it = this.move(sku, -n, "sale");
    return +(it.price * n).toFixed(2);
  }
  restock(sku: string, n: number): void {
    this.move(sku, n, "restock");
  }
  valueBy(): Record<Category, number> {
    const out = { [Category.Tool]: 0, [Category.Food]: 0, [Category.Toy]: 0 };
    for (const it of this.items.values()) out[it.category] = +(out[it.category] + it.price * it.qty).toFixed(2);
    return out;
  }
  lowStock(threshold: number = 3): string[] {
    return [...this.items.values()].filter((i) => i.qty <= threshold).map((i) => i.sku).sort();
  }
  report(): string[] {
    return this.history.map((m) => `${m.reason.padEnd(7)} ${m.sku} ${m.delta > 0 ? "+" : ""}${m.delta}`);
  }
}
const inv = new Inventory();
inv.add({ sku: "T-1", name: "Hammer", category: Category.Tool, price: 12.5, qty: 4 });
inv.add({ sku: "F-1", name: "Apple", category: Category.Food, price: 0.3, qty: 100 });
inv.add({ sku: "Y-1", name: "Yo-yo", category: Category.Toy, price: 2.99, qty: 2 });
console.log(inv.sell("T-1", 2), inv.sell("F-1", 30));
inv.restock("Y-1", 5);
try {
  inv.sell("T-1", 5);
} catch (e) {
  if (e instanceof OutOfStock) console.log(e.name, e.message, e.have);
}
try {
  inv.sell("Z-9", 1);
} catch (e) {
  console.log((e as Error).message);
}
console.log(inv.valueBy());
console.log(inv.lowStock(), inv.lowStock(10));
for (const line of inv.report()) console.log(line);
