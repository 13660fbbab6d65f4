// Definite assignment assertions `x!: T` on fields and variables: fields without initializers.
class Lazy {
  data!: number[];
  label!: string;
  count: number;
  constructor() {
    this.count = 0;
    this.init();
  }
  private init(): void {
    this.data = [1, 2, 3];
  }
}
const l = new Lazy();
console.log(l.data, l.label, l.count);
console.log(Object.keys(l), "label" in l);
let total!: number;
function setTotal(): void {
  total = 42;
}
setTotal();
console.log(total);
class Node2 {
  next!: Node2 | null;
  value?: number;
}
const n = new Node2();
console.log(n, Object.keys(n), n.next === undefined);
class Sub extends Node2 {
  value = 5;
}
console.log(new Sub());
