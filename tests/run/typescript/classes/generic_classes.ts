// Generic classes with constraints, defaults, static members and generic methods.
class Stack<T> {
  private items: T[] = [];
  push(...xs: T[]): this {
    this.items.push(...xs);
    return this;
  }
  pop(): T | undefined {
    return this.items.pop();
  }
  peek(): T | undefined {
    return this.items[this.items.length - 1];
  }
  get size(): number {
    return this.items.length;
  }
  map<U>(f: (x: T) => U): Stack<U> {
    const s = new Stack<U>();
    for (const x of this.items) s.push(f(x));
    return s;
  }
  toArray(): T[] {
    return [...this.items];
  }
}
const s = new Stack<number>().push(1, 2, 3);
console.log(s.pop(), s.peek(), s.size, s.map((x) => "#" + x).toArray());
class Pair<K extends string | number, V = K> {
  constructor(public key: K, public val: V) {}
  swap(): Pair<string, K> {
    return new Pair(String(this.val), this.key);
  }
}
console.log(new Pair("a", 1), new Pair<number>(2, 3).swap());
class Registry<T extends { id: number }> {
  static instances = 0;
  private map = new Map<number, T>();
  constructor() {
    Registry.instances++;
  }
  add(x: T): void {
    this.map.set(x.id, x);
  }
  get(id: number): T | undefined {
    return this.map.get(id);
  }
}
const r = new Registry<{ id: number; name: string }>();
r.add({ id: 1, name: "one" });
new Registry();
console.log(r.get(1), r.get(2), Registry.instances);
