// Legacy accessor decorators receive the combined get/set descriptor.
function clamp(lo: number, hi: number) {
  return function (target: any, key: string, desc: PropertyDescriptor): void {
    const set = desc.set!;
    desc.set = function (this: any, v: number) {
      set.call(this, Math.min(hi, Math.max(lo, v)));
    };
  };
}
function describe(target: any, key: string, desc: PropertyDescriptor): void {
  console.log(key, "get:", typeof desc.get, "set:", typeof desc.set, "configurable:", desc.configurable);
}
function upper(target: any, key: string, desc: PropertyDescriptor): PropertyDescriptor {
  const get = desc.get!;
  return {
    get(this: any) {
      return String(get.call(this)).toUpperCase();
    },
    enumerable: true,
    configurable: true,
  };
}
class Volume {
  private _v = 0;
  private _label = "vol";
  @clamp(0, 10)
  @describe
  set level(v: number) {
    this._v = v;
  }
  get level(): number {
    return this._v;
  }
  @upper
  get label(): string {
    return this._label;
  }
  @describe
  static get max(): number {
    return 10;
  }
}
const v = new Volume();
v.level = 50;
console.log(v.level);
v.level = -3;
console.log(v.level);
v.level = 7;
console.log(v.level, v.label, Volume.max);
const keys: string[] = [];
for (const k in v) keys.push(k);
console.log(keys);
