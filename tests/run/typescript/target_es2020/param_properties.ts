// target ES2020: parameter properties are assigned before property initializers that read them.
class Rect {
  area = this.w * this.h;
  label: string = `${this.w}x${this.h}`;
  constructor(public w: number, public h: number) {}
}
const r = new Rect(3, 4);
console.log(r, Object.keys(r));
class Service {
  url = this.base + "/api";
  constructor(private base: string, protected retries = 3) {}
  describe(): string {
    return this.url + " retries=" + this.retries;
  }
}
console.log(new Service("http://x").describe());
class Child extends Service {
  extra?: number;
  tag = "child:" + this.url;
}
const c = new Child("http://y");
console.log(c.tag, Object.keys(c));
