// Realistic legacy decorators: memoize, autobind via accessor replacement, and a deprecation wrapper.
function memoize(target: any, key: string, desc: PropertyDescriptor): void {
  const orig = desc.value as (n: number) => number;
  const caches = new Map<object, Map<number, number>>();
  desc.value = function (this: object, n: number): number {
    let cache = caches.get(this);
    if (!cache) caches.set(this, (cache = new Map()));
    if (cache.has(n)) return cache.get(n)!;
    const r = orig.call(this, n);
    cache.set(n, r);
    return r;
  };
}
function autobind(target: any, key: string, desc: PropertyDescriptor): PropertyDescriptor {
  const fn = desc.value;
  return {
    configurable: true,
    get(this: any) {
      const bound = fn.bind(this);
      Object.defineProperty(this, key, { value: bound, configurable: true, writable: true });
      return bound;
    },
  };
}
const warnings: string[] = [];
function deprecated(msg: string) {
  return (target: any, key: string, desc: PropertyDescriptor) => {
    const f = desc.value;
    desc.value = function (this: any, ...a: any[]) {
      warnings.push(`${key}: ${msg}`);
      return f.apply(this, a);
    };
  };
}
class MathBox {
  calls = 0;
  name = "box";
  @memoize
  fib(n: number): number {
    this.calls++;
    return n < 2 ? n : this.fib(n - 1) + this.fib(n - 2);
  }
  @autobind
  who(): string {
    return this.name;
  }
  @deprecated("use fib")
  oldFib(n: number): number {
    return this.fib(n);
  }
}
const m = new MathBox();
console.log(m.fib(30), m.calls);
console.log(m.fib(30), m.calls);
const who = m.who;
console.log(who(), m.who === who);
console.log(m.oldFib(10), m.oldFib(5), warnings);
