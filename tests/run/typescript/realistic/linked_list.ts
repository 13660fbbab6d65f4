// Realistic: a generic doubly linked list with iteration, typed callbacks, and structural operations.
class ListNode<T> {
  prev: ListNode<T> | null = null;
  next: ListNode<T> | null = null;
  constructor(public value: T) {}
}
class LinkedList<T> implements Iterable<T> {
  private head: ListNode<T> | null = null;
  private tail: ListNode<T> | null = null;
  private _size = 0;
  static of<U>(...items: U[]): LinkedList<U> {
    const l = new LinkedList<U>();
    for (const it of items) l.push(it);
    return l;
  }
  get size(): number {
    return this._size;
  }
  push(v: T): this {
    const n = new ListNode(v);
    if (!this.tail) this.head = this.tail = n;
    else {
      n.prev = this.tail;
      this.tail.next = n;
      this.tail = n;
    }
    this._size++;
    return this;
  }
  unshift(v: T): this {
    const n = new ListNode(v);
    if (!this.head) this.head = this.tail = n;
    else {
      n.next = this.head;
      this.head.prev = n;
      this.head = n;
    }
    this._size++;
    return this;
  }
  pop(): T | undefined {
    const n = this.tail;
    if (!n) return undefined;
    this.tail = n.prev;
    if (this.tail) this.tail.next = null;
    else this.head = null;
    this._size--;
    return n.value;
  }
  removeWhere(pred: (v: T) => boolean): number {
    let removed = 0;
    for (let n = this.head; n; n = n.next) {
      if (!pred(n.value)) continue;
      if (n.prev) n.prev.next = n.next;
      else this.head = n.next;
      if (n.next) n.next.prev = n.prev;
      else this.tail = n.prev;
      removed++;
      this._size--;
    }
    return removed;
  }
  reverse(): this {
    let n = this.head;
    [this.head, this.tail] = [this.tail, this.head];
    while (n) {
      const next: ListNode<T> | null = n.next;
      [n.next, n.prev] = [n.prev, n.next];
      n = next;
    }
    return this;
  }
  map<U>(f: (v: T, i: number) => U): LinkedList<U> {
    const out = new LinkedList<U>();
    let i = 0;
    for (const v of this) out.push(f(v, i++));
    return out;
  }
  *[Symbol.iterator](): Iterator<T> {
    for (let n = this.head; n; n = n.next) yield n.value;
  }
  *backwards(): Generator<T> {
    for (let n = this.tail; n; n = n.prev) yield n.value;
  }
  toString(): string {
    return "(" + [...this].join(" <-> ") + ")";
  }
}
const l = LinkedList.of(1, 2, 3, 4, 5, 6);
console.log(`${l}`, l.size);
l.unshift(0).push(7);
console.log(l.removeWhere((v) => v % 3 === 0), `${l}`, l.size);
console.log(`${l.reverse()}`, [...l.backwards()]);
console.log(l.pop(), l.pop(), `${l}`);
const words = l.map((v, i): string => `${i}:${"abcdefgh"[v]}`);
console.log(words.toString(), Array.from(words).length);
const empty = new LinkedList<string>();
console.log(empty.pop(), `${empty.reverse()}`, empty.size);
