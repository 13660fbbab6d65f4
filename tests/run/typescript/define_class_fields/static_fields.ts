// useDefineForClassFields=false: static fields become assignments after the class; order with static blocks.
const order: string[] = [];
class Config {
  static a = (order.push("a"), 1);
  static {
    order.push("block sees a=" + Config.a);
  }
  static b: number;
  static c = (order.push("c"), Config.a + 1);
}
console.log(order, Config.a, Config.b, Config.c);
console.log(Object.keys(Config));
class Parent {
  static _v = 0;
  static set v(n: number) {
    Parent._v = n * 100;
  }
  static get v(): number {
    return Parent._v;
  }
}
class Kid extends Parent {
  static v = 3;
}
console.log(Parent._v, Kid.v, Object.getOwnPropertyNames(Kid).includes("v"));
class Counter {
  static count = 0;
  id = ++Counter.count;
}
new Counter();
console.log(new Counter().id, Counter.count);
