// `implements` clauses (single, multiple, generic interfaces) vanish; class-interface merging.
interface Comparable<T> {
  compareTo(other: T): number;
}
interface Printable {
  print(): string;
}
class Money implements Comparable<Money>, Printable {
  constructor(public amount: number, public currency: string = "EUR") {}
  compareTo(other: Money): number {
    return this.amount - other.amount;
  }
  print(): string {
    return this.amount.toFixed(2) + " " + this.currency;
  }
}
const ms = [new Money(5), new Money(1.5), new Money(12, "USD")];
ms.sort((a, b) => a.compareTo(b));
console.log(ms.map((m) => m.print()));
interface Money {
  tag?: string;
}
const m = new Money(1);
m.tag = "merged";
console.log(m.tag, Object.keys(m));
interface Shape {
  area(): number;
}
class Circle implements Shape {
  constructor(private r: number) {}
  area() {
    return Math.round(Math.PI * this.r * this.r * 100) / 100;
  }
}
function total(shapes: Shape[]): number {
  return shapes.reduce((s, x) => s + x.area(), 0);
}
console.log(total([new Circle(1), new Circle(2), { area: () => 1 }]));
class Pointy implements Readonly<{ x: number }> {
  x = 3;
}
console.log(new Pointy());
