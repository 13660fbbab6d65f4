// Typed arrow functions capture `this`; typed methods and call/apply with annotations.
class Timer {
  ticks: number = 0;
  handlers: Array<() => void> = [];
  register(): void {
    this.handlers.push(() => {
      this.ticks++;
    });
    this.handlers.push(function (this: Timer) {
      this.ticks += 10;
    }.bind(this));
  }
  fire(): number {
    for (const h of this.handlers) h();
    return this.ticks;
  }
}
const t = new Timer();
t.register();
console.log(t.fire(), t.fire());
type Op = (a: number, b: number) => number;
const ops: Record<string, Op> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  pow: (a, b) => a ** b,
};
for (const k of Object.keys(ops)) console.log(k, ops[k](2, 5));
function max(this: void, ...nums: number[]): number {
  return Math.max(...nums);
}
console.log(max.apply(null, [3, 8, 1]), max.call(undefined, 4, 2));
const curry =
  (a: number) =>
  (b: number) =>
  (c: number): number =>
    a * 100 + b * 10 + c;
console.log(curry(1)(2)(3));
const counter = (() => {
  let n: number = 0;
  return { next: (): number => ++n, reset: (): void => void (n = 0) };
})();
counter.next();
console.log(counter.next(), counter.reset(), counter.next());
