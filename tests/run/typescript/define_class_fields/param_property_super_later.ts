// useDefineForClassFields=false: field assignments follow the parameter properties, which
// follow super() even when code runs before it; fields without parameter properties
// still start the constructor.
const log: string[] = [];
class Base {
  tag = (log.push("Base.tag"), "base");
  constructor(public id: number) {
    log.push("Base body " + this.id);
  }
}
class Child extends Base {
  doubled = (log.push("Child.doubled"), this.id * 2 + this.extra.length);
  constructor(id: number, public extra: string) {
    log.push("before super");
    const scaled = id * 10;
    super(scaled);
    log.push("after super " + this.doubled);
  }
}
const c = new Child(4, "xyz");
console.log(c, log);
class Plain {
  a = 1;
  b = this.a + 1;
  constructor(x: number) {
    console.log("Plain body", this.a, this.b, x);
  }
}
new Plain(3);
class Grand extends Child {
  g = this.extra + "!";
}
console.log(new Grand(1, "e"));
