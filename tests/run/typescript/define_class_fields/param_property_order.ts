// useDefineForClassFields=false: parameter properties are assigned before field initializers run.
class Person {
  greeting = "hi " + this.name;
  upper = this.name.toUpperCase();
  constructor(public name: string, private age: number = 1) {
    console.log("body", this.greeting, this.age);
  }
}
const p = new Person("ann", 30);
console.log(p, Object.keys(p));
class Point {
  z = this.x + this.y;
  constructor(readonly x: number, readonly y: number) {}
}
console.log(new Point(1, 2));
class Base {
  constructor(public id: number) {}
}
class Derived extends Base {
  label = "item-" + this.id;
  constructor(id: number, public extra: string) {
    super(id * 10);
  }
}
const d = new Derived(4, "e");
console.log(d, Object.keys(d));
