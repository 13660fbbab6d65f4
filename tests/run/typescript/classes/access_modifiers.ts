// public/private/protected are compile-time only: the properties still exist at runtime.
class Account {
  public owner: string;
  private balance: number;
  protected log: string[] = [];
  constructor(owner: string, initial: number) {
    this.owner = owner;
    this.balance = initial;
  }
  public deposit(n: number): void {
    this.balance += n;
    this.record("dep " + n);
  }
  private record(s: string): void {
    this.log.push(s);
  }
  protected summary(): string {
    return this.owner + ":" + this.balance;
  }
  public report(): string {
    return this.summary() + " [" + this.log.join(",") + "]";
  }
}
class Savings extends Account {
  private rate = 0.1;
  addInterest(): void {
    this.deposit(Math.round((this as any).balance * this.rate));
    this.log.push("interest");
  }
  public override summary(): string {
    return "S/" + super.summary();
  }
}
const a = new Savings("kim", 100);
a.deposit(50);
a.addInterest();
console.log(a.report());
console.log((a as any).balance, (a as any)["rate"]);
console.log(Object.keys(a));
console.log(JSON.stringify(a));
const methods = Object.getOwnPropertyNames(Account.prototype);
console.log(methods);
