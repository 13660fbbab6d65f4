// Auto-accessors (`accessor` keyword) with decorators returning get/set/init.
function observed<T>(target: ClassAccessorDecoratorTarget<any, T>, ctx: ClassAccessorDecoratorContext<any, T>): ClassAccessorDecoratorResult<any, T> {
  const name = String(ctx.name);
  return {
    get(this: any): T {
      const v = target.get.call(this);
      console.log(`get ${name} -> ${v}`);
      return v;
    },
    set(this: any, v: T): void {
      console.log(`set ${name} = ${v}`);
      target.set.call(this, v);
    },
    init(this: any, v: T): T {
      console.log(`init ${name} with ${v}`);
      return v;
    },
  };
}
function kindOf(_: unknown, ctx: ClassAccessorDecoratorContext) {
  console.log("kind", ctx.kind, String(ctx.name), ctx.static, ctx.private);
}
class Store {
  @observed accessor count: number = 1;
  @kindOf static accessor shared = "s";
  @kindOf accessor #priv = 9;
  privValue(): number {
    return this.#priv;
  }
}
const st = new Store();
st.count = 5;
console.log(st.count + 1);
console.log(Store.shared, st.privValue(), Object.keys(st));
const d = Object.getOwnPropertyDescriptor(Store.prototype, "count")!;
console.log(typeof d.get, typeof d.set, d.enumerable);
