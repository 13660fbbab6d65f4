// ECMAScript private names `#x` with type annotations: fields, methods, accessors, statics, `in` checks.
class Counter {
  #count: number = 0;
  static #instances: number = 0;
  #step: number;
  constructor(step: number = 1) {
    this.#step = step;
    Counter.#instances++;
  }
  #bump(): void {
    this.#count += this.#step;
  }
  get #doubled(): number {
    return this.#count * 2;
  }
  set #raw(v: number) {
    this.#count = v;
  }
  tick(): this {
    this.#bump();
    return this;
  }
  reset(v: number): void {
    this.#raw = v;
  }
  view(): string {
    return `${this.#count}/${this.#doubled}`;
  }
  static instances(): number {
    return Counter.#instances;
  }
  static isCounter(o: unknown): boolean {
    return typeof o === "object" && o !== null && #count in o;
  }
  equals(other: Counter): boolean {
    return this.#count === other.#count;
  }
}
const c = new Counter(3).tick().tick();
console.log(c.view(), Object.keys(c), JSON.stringify(c));
c.reset(10);
console.log(c.view(), Counter.instances());
console.log(Counter.isCounter(c), Counter.isCounter({}), Counter.isCounter(null));
const d = new Counter(5).tick().tick();
d.reset(10);
console.log(c.equals(d), Counter.instances());
try {
  Counter.prototype.view.call({});
} catch (e) {
  console.log(e instanceof TypeError);
}
