// TC39 getter and setter decorators: kinds, replacement, and access objects.
function upper(get: () => string, ctx: ClassGetterDecoratorContext) {
  console.log(ctx.kind, String(ctx.name));
  return function (this: any): string {
    return get.call(this).toUpperCase();
  };
}
function clampSet(set: (v: number) => void, ctx: ClassSetterDecoratorContext) {
  console.log(ctx.kind, String(ctx.name), ctx.static);
  return function (this: any, v: number): void {
    set.call(this, Math.max(0, Math.min(100, v)));
  };
}
let access: any;
function grab(get: Function, ctx: ClassGetterDecoratorContext) {
  access = ctx.access;
}
class Gauge {
  private _v = 0;
  private _name = "gauge";
  @upper
  get name(): string {
    return this._name;
  }
  get value(): number {
    return this._v;
  }
  @clampSet
  set value(v: number) {
    this._v = v;
  }
  static #max = 100;
  @grab
  static get max(): number {
    return Gauge.#max;
  }
}
const g = new Gauge();
g.value = 250;
console.log(g.value, g.name);
g.value = -4;
console.log(g.value);
console.log(access.get(Gauge), access.has(Gauge), access.has({}));
