// Typed class expressions, mixins with constructor types, and classes returned from generics.
type Ctor<T = {}> = new (...args: any[]) => T;
function Timestamped<TBase extends Ctor>(Base: TBase) {
  return class extends Base {
    stamp: number = 1000;
  };
}
function Named<TBase extends Ctor>(Base: TBase) {
  return class Named extends Base {
    name: string = "anon";
    rename(n: string): this {
      this.name = n;
      return this;
    }
  };
}
class User {
  constructor(public id: number = 0) {}
}
const Mixed = Named(Timestamped(User));
const u = new Mixed(7).rename("zed");
console.log(u, u instanceof User, u.stamp);
const Anon = class<T> {
  constructor(public v: T) {}
  get(): T {
    return this.v;
  }
};
console.log(new Anon<string>("x").get(), Anon.name);
const Holder: { new (n: number): { n: number } } = class {
  constructor(public n: number) {}
};
console.log(new Holder(4));
function makeClass<T>(def: T) {
  return class {
    value: T = def;
  };
}
const C1 = makeClass(42);
console.log(new C1().value);
