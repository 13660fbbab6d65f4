// useDefineForClassFields=false: a derived field initializer assigns, so it runs the base class setter.
class Base {
  log: string[] = [];
  private _size = 0;
  get size(): number {
    return this._size;
  }
  set size(v: number) {
    this.log.push("setter " + v);
    this._size = v * 10;
  }
}
class Derived extends Base {
  size = 5;
}
const d = new Derived();
console.log(d.size, d.log, Object.keys(d));
console.log(Object.getOwnPropertyDescriptor(d, "size"));
class Watched {
  set name(v: string) {
    console.log("Watched setter got", v);
  }
}
class Named extends Watched {
  name = "child";
}
const n = new Named();
console.log(Object.keys(n), n.name);
class Static {
  static set flag(v: boolean) {
    console.log("static setter", v);
  }
}
class SubStatic extends Static {
  static flag = true;
}
console.log(Object.keys(SubStatic));
