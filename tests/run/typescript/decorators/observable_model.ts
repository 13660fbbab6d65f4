// A realistic TC39-decorator program: observable model with validated accessors and a registry.
type Listener = (prop: string, oldV: unknown, newV: unknown) => void;
const models: string[] = [];
function model(cls: Function, ctx: ClassDecoratorContext) {
  models.push(String(ctx.name));
}
function observable<This extends { notify: Listener }, V>(
  target: ClassAccessorDecoratorTarget<This, V>,
  ctx: ClassAccessorDecoratorContext<This, V>
): ClassAccessorDecoratorResult<This, V> {
  return {
    set(this: This, v: V) {
      const old = target.get.call(this);
      target.set.call(this, v);
      if (old !== v) this.notify(String(ctx.name), old, v);
    },
  };
}
function min(n: number) {
  return function <This>(target: ClassAccessorDecoratorTarget<This, number>, ctx: ClassAccessorDecoratorContext<This, number>) {
    return {
      set(this: This, v: number) {
        if (v < n) throw new RangeError(`${String(ctx.name)} must be >= ${n}, got ${v}`);
        target.set.call(this, v);
      },
    };
  };
}
@model
class Product {
  private listeners: Listener[] = [];
  @observable accessor name: string = "";
  @observable @min(0) accessor price: number = 0;
  on(l: Listener): void {
    this.listeners.push(l);
  }
  notify(p: string, o: unknown, n: unknown): void {
    for (const l of this.listeners) l(p, o, n);
  }
}
@model
class Empty {}
const p = new Product();
p.on((prop, o, n) => console.log(`changed ${prop}: ${JSON.stringify(o)} -> ${JSON.stringify(n)}`));
p.name = "lamp";
p.price = 20;
p.price = 20;
p.name = "lamp2";
try {
  p.price = -1;
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}
console.log(p.name, p.price, models);
