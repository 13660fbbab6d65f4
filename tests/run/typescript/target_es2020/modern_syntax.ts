// target ES2020 with newer syntax (private members, static blocks, ??=) keeps the same observable results.
class Bank {
  #balance = 0;
  static #banks = 0;
  static {
    Bank.#banks = 100;
  }
  name?: string;
  deposit(n: number): this {
    this.#balance += n;
    return this;
  }
  get balance(): number {
    return this.#balance;
  }
  static count(): number {
    return Bank.#banks;
  }
  has(o: object): boolean {
    return #balance in o;
  }
}
const b = new Bank().deposit(10).deposit(5);
console.log(b.balance, Bank.count(), b.has(b), b.has({}), Object.keys(b));
let x: number | null = null;
x ??= 4;
let y = 0;
y ||= 9;
let z = 1;
z &&= 7;
console.log(x, y, z, 2 ** 10, 1_000_000);
const o: { a?: { b?: () => number } } = {};
console.log(o.a?.b?.(), o.a?.b ?? "none");
console.log([1, [2, [3, [4]]]].flat(2), Object.fromEntries([["k", 1]]));
