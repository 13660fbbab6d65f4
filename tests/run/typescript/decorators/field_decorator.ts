// TC39 field decorators: returning initializer transformers, static and private fields.
function double(_: undefined, ctx: ClassFieldDecoratorContext) {
  console.log("decorate field", String(ctx.name), ctx.static, ctx.private);
  return function (this: any, initial: number): number {
    return initial * 2;
  };
}
function defaultStr(dflt: string) {
  return function (_: undefined, ctx: ClassFieldDecoratorContext) {
    return (v: string | undefined) => v ?? dflt;
  };
}
const reads: string[] = [];
function tracked(_: undefined, ctx: ClassFieldDecoratorContext) {
  ctx.addInitializer(function (this: any) {
    reads.push("init " + String(ctx.name) + " on " + this.constructor.name);
  });
}
class Item {
  @double price = 21;
  @double static base = 5;
  @double #hidden = 4;
  @defaultStr("untitled") title?: string;
  @tracked qty = 1;
  hidden(): number {
    return this.#hidden;
  }
}
const it = new Item();
console.log(it.price, Item.base, it.hidden(), it.title, it.qty);
console.log(Object.keys(it), reads);
let getter: any;
function expose(_: undefined, ctx: ClassFieldDecoratorContext) {
  getter = ctx.access;
}
class Secret {
  @expose #code = "xyz";
}
const s = new Secret();
console.log(getter.get(s), getter.has(s));
getter.set(s, "abc");
console.log(getter.get(s));
