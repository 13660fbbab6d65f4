// `declare` fields emit nothing, so they never shadow base-class values even with define semantics.
class Base {
  value: any = "base-value";
  kind: string;
  constructor() {
    this.kind = "base";
  }
}
class Derived extends Base {
  declare value: string;
  declare kind: "base";
  extra?: number;
}
const d = new Derived();
console.log(d.value, d.kind, d.extra, Object.keys(d));
class Plain extends Base {
  kind!: "base";
}
const p = new Plain();
console.log(p.kind, Object.keys(p));
class WithDeclareStatic {
  declare static registry: string[];
  static count = 1;
}
console.log(Object.keys(WithDeclareStatic), "registry" in WithDeclareStatic);
class Setter {
  _v = 0;
  set v(n: number) {
    this._v = n * 2;
  }
}
class SubSetter extends Setter {
  declare v: number;
}
const s = new SubSetter();
s.v = 5;
console.log(s._v, Object.keys(s));
