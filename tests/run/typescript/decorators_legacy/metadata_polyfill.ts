// emitDecoratorMetadata: with a user-supplied Reflect.metadata, design:type/paramtypes/returntype flow through.
const store: Array<[string, string, string]> = [];
const R: any = typeof Reflect === "object" ? Reflect : ((globalThis as any).Reflect = {});
R.metadata = function (key: string, value: unknown) {
  return function (target: any, prop?: string) {
    const owner = typeof target === "function" ? target.name : target.constructor.name;
    const show = Array.isArray(value) ? "[" + value.map((v: any) => (v && v.name) || String(v)).join(",") + "]" : (value as any)?.name ?? String(value);
    store.push([owner + "." + (prop ?? "<class>"), key, show]);
  };
};
function noop(...args: any[]): void {}
interface Shape {
  area(): number;
}
class Dep {}
@noop
class Widget {
  @noop count: number = 0;
  @noop label: string = "";
  @noop flags: boolean[] = [];
  @noop dep?: Dep;
  @noop shape?: Shape;
  @noop union?: string | number;
  constructor(name: string, dep: Dep) {}
  @noop
  resize(w: number, h: number): boolean {
    return true;
  }
  @noop
  get size(): number {
    return 1;
  }
  @noop
  fn(cb: () => void, s: symbol, o: object): void {}
}
for (const [where, key, value] of store) console.log(where, key, value);
