export class Stack<T> {
  #items: T[] = [];
  push(x: T): this {
    this.#items.push(x);
    return this;
  }
  pop(): T | undefined {
    return this.#items.pop();
  }
  get size(): number {
    return this.#items.length;
  }
}
