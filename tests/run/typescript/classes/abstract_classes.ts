// Abstract classes and members: abstract methods/properties vanish, concrete subclasses implement them.
abstract class Shape {
  abstract readonly name: string;
  abstract area(): number;
  abstract get sides(): number;
  describe(): string {
    return `${this.name} with ${this.sides} sides, area ${this.area().toFixed(2)}`;
  }
  static create(kind: "sq" | "tri", n: number): Shape {
    return kind === "sq" ? new Square(n) : new Triangle(n, n);
  }
}
class Square extends Shape {
  readonly name = "square";
  constructor(private s: number) {
    super();
  }
  area(): number {
    return this.s * this.s;
  }
  get sides(): number {
    return 4;
  }
}
class Triangle extends Shape {
  name = "triangle";
  constructor(private b: number, private h: number) {
    super();
  }
  area(): number {
    return (this.b * this.h) / 2;
  }
  get sides() {
    return 3;
  }
}
const shapes: Shape[] = [Shape.create("sq", 3), Shape.create("tri", 5), new Square(1.5)];
for (const s of shapes) console.log(s.describe());
console.log(Object.keys(shapes[0]), "name" in Shape.prototype, "area" in Shape.prototype);
console.log(Object.getOwnPropertyNames(Shape.prototype));
abstract class Base<T> {
  protected abstract items: T[];
  count(): number {
    return this.items.length;
  }
}
class Impl extends Base<string> {
  protected items = ["a", "b"];
}
console.log(new Impl().count());
