// Typed getters/setters, including differing get/set types and static accessors.
class Temperature {
  private _c = 0;
  static #count = 0;
  get celsius(): number {
    return this._c;
  }
  set celsius(v: number) {
    Temperature.#count++;
    this._c = v;
  }
  get fahrenheit(): number {
    return (this._c * 9) / 5 + 32;
  }
  set fahrenheit(f: number) {
    this.celsius = ((f - 32) * 5) / 9;
  }
  static get sets(): number {
    return Temperature.#count;
  }
}
const t = new Temperature();
t.celsius = 100;
console.log(t.fahrenheit);
t.fahrenheit = 32;
console.log(t.celsius, Temperature.sets);
class Size {
  private _w = 0;
  get width(): number {
    return this._w;
  }
  set width(v: number | string) {
    this._w = typeof v === "string" ? parseInt(v, 10) : v;
  }
}
const s = new Size();
s.width = "42px";
console.log(s.width, typeof s.width);
s.width = 7;
console.log(s.width);
const desc = Object.getOwnPropertyDescriptor(Temperature.prototype, "celsius")!;
console.log(typeof desc.get, typeof desc.set, desc.enumerable);
console.log(Object.keys(t), JSON.stringify(t));
