// TC39 class decorators: context.kind/name, addInitializer, and replacing the class.
function logClass(value: Function, context: ClassDecoratorContext) {
  console.log("decorating", context.kind, context.name, typeof value);
  context.addInitializer(function (this: any) {
    console.log("initializer for", this.name);
  });
}
function withId<T extends new (...args: any[]) => object>(value: T, context: ClassDecoratorContext<T>) {
  let next = 1;
  return class extends value {
    id = next++;
  };
}
@logClass
class A {
  static created = "A.static";
}
console.log(A.created);
@withId
@logClass
class B {
  constructor(public label: string) {}
}
const b1 = new B("x") as B & { id: number };
const b2 = new B("y") as B & { id: number };
console.log(b1.label, b1.id, b2.id, b1 instanceof B);
const Anon = logClass2(
  class {
    v = 1;
  }
);
function logClass2<T>(c: T): T {
  return c;
}
const C = @logClass class {};
console.log(new Anon().v, typeof C, C.name);
