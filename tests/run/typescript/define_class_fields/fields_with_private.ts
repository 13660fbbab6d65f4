// useDefineForClassFields=false: #private fields keep define semantics while public fields assign.
class Base {
  protected seen: string[] = [];
  set visible(v: string) {
    (this.seen ??= []).push("visible=" + v);
  }
  get visible(): string {
    return "from-getter";
  }
}
class Widget extends Base {
  #secret = "s";
  visible = "w";
  plain = this.#secret + "!";
  report(): string {
    return this.seen.join(",") + " " + this.visible + " " + this.plain;
  }
}
const w = new Widget();
console.log(w.report(), Object.keys(w));
class Arrow {
  name = "arrow";
  handler = () => this.name;
  method(): string {
    return this.name;
  }
}
const a = new Arrow();
const h = a.handler;
console.log(h(), Object.keys(a), typeof Arrow.prototype.method);
let k = 0;
const key = (): string => "computed" + ++k;
class Computed {
  [key()] = 1;
  [key()]: number;
}
console.log(new Computed(), k);
