// Realistic: a shopping cart with strategy-pattern discounts, readonly line items, satisfies, and totals in cents.
type Cents = number;
interface Product {
  readonly id: string;
  readonly name: string;
  readonly price: Cents;
  readonly tags: readonly string[];
}
interface Line {
  readonly product: Product;
  qty: number;
}
interface Discount {
  readonly label: string;
  apply(lines: readonly Line[], subtotal: Cents): Cents;
}
const catalog = {
  tea: { id: "tea", name: "Green tea", price: 450, tags: ["drink"] },
  mug: { id: "mug", name: "Mug", price: 1200, tags: ["kitchen"] },
  cake: { id: "cake", name: "Cheesecake", price: 399, tags: ["food", "sweet"] },
} satisfies Record<string, Product>;
class PercentOff implements Discount {
  constructor(private pct: number, private tag?: string) {}
  get label(): string {
    return `${this.pct}% off${this.tag ? " " + this.tag : ""}`;
  }
  apply(lines: readonly Line[]): Cents {
    return lines
      .filter((l) => !this.tag || l.product.tags.includes(this.tag))
      .reduce((s, l) => s + Math.round((l.product.price * l.qty * this.pct) / 100), 0);
  }
}
class BuyNGetOne implements Discount {
  readonly label: string;
  constructor(private productId: keyof typeof catalog, private n: number) {
    this.label = `buy ${n} ${productId} get 1 free`;
  }
  apply(lines: readonly Line[]): Cents {
    const l = lines.find((x) => x.product.id === this.productId);
    return l ? Math.floor(l.qty / (this.n + 1)) * l.product.price : 0;
  }
}
const threshold = (min: Cents, off: Cents): Discount => ({
  label: `${fmt(off)} off over ${fmt(min)}`,
  apply: (_lines, subtotal) => (subtotal >= min ? off : 0),
});
function fmt(c: Cents): string {
  return (c < 0 ? "-" : "") + "$" + (Math.abs(c) / 100).toFixed(2);
}
class Cart {
  private lines: Line[] = [];
  add(p: Product, qty = 1): this {
    const existing = this.lines.find((l) => l.product.id === p.id);
    if (existing) existing.qty += qty;
    else this.lines.push({ product: p, qty });
    return this;
  }
  remove(id: string): boolean {
    const before = this.lines.length;
    this.lines = this.lines.filter((l) => l.product.id !== id);
    return this.lines.length < before;
  }
  checkout(discounts: Discount[]): string[] {
    const out = this.lines.map((l) => `${l.product.name.padEnd(12)} x${l.qty} ${fmt(l.product.price * l.qty).padStart(8)}`);
    const subtotal = this.lines.reduce((s, l) => s + l.product.price * l.qty, 0);
    out.push(`${"subtotal".padEnd(16)} ${fmt(subtotal).padStart(8)}`);
    let total = subtotal;
    for (const d of discounts) {
      const off = Math.min(d.apply(this.lines, subtotal), total);
      if (off > 0) out.push(`${d.label.padEnd(16)} ${fmt(-off).padStart(8)}`);
      total -= off;
    }
    out.push(`${"total".padEnd(16)} ${fmt(total).padStart(8)}`);
    return out;
  }
}
const cart = new Cart().add(catalog.tea, 3).add(catalog.mug).add(catalog.cake, 2).add(catalog.tea, 1);
const deals: Discount[] = [new BuyNGetOne("tea", 3), new PercentOff(10, "sweet"), threshold(2000, 250), new PercentOff(5)];
console.log(cart.checkout(deals).join("\n"));
console.log(cart.remove("mug"), cart.remove("mug"));
console.log(cart.checkout(deals).join("\n"));
