// Legacy class decorators: application order, factories, and replacing the constructor.
const log: string[] = [];
function tag(name: string) {
  log.push("factory " + name);
  return function (ctor: Function) {
    log.push("apply " + name + " to " + ctor.name);
  };
}
function sealed(ctor: Function): void {
  Object.seal(ctor);
  Object.seal(ctor.prototype);
}
function withGreeting<T extends { new (...args: any[]): {} }>(ctor: T) {
  return class extends ctor {
    greeting = "injected";
    hello(): string {
      return "hello from " + ctor.name;
    }
  };
}
@tag("outer")
@tag("inner")
@sealed
class Plain {
  x = 1;
}
console.log(log.join(" | "));
console.log(Object.isSealed(Plain), Object.isSealed(Plain.prototype), new Plain().x);
@withGreeting
class Person {
  constructor(public name: string) {}
}
const p = new Person("ann") as Person & { greeting: string; hello(): string };
console.log(p.name, p.greeting, p.hello(), p instanceof Person);
function count<T extends new (...a: any[]) => object>(ctor: T): T {
  let made = 0;
  const Wrapped = function (this: any, ...args: any[]) {
    made++;
    return new ctor(...args);
  } as any;
  Wrapped.made = () => made;
  Wrapped.prototype = ctor.prototype;
  Object.setPrototypeOf(Wrapped, ctor);
  return Wrapped;
}
@count
class Thing {
  static selfRef(): string {
    return typeof (Thing as any).made;
  }
}
new Thing();
new Thing();
console.log((Thing as any).made(), Thing.selfRef());
