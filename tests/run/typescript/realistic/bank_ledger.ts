// Realistic: namespaces, abstract accounts, enums and typed transaction records in a small bank ledger.
namespace Bank {
  export enum Kind {
    Deposit = "D",
    Withdraw = "W",
    Transfer = "T",
    Fee = "F",
  }
  export interface Tx {
    readonly seq: number;
    kind: Kind;
    amount: number;
    memo?: string;
  }
  let seq = 0;
  export function nextSeq(): number {
    return ++seq;
  }
  export abstract class Account {
    protected balanceCents = 0;
    readonly txs: Tx[] = [];
    constructor(public readonly owner: string) {}
    protected abstract fee(kind: Kind, amountCents: number): number;
    abstract get type(): string;
    get balance(): number {
      return this.balanceCents / 100;
    }
    protected record(kind: Kind, cents: number, memo?: string): void {
      this.txs.push({ seq: nextSeq(), kind, amount: cents / 100, ...(memo ? { memo } : {}) });
    }
    deposit(amount: number, memo?: string): void {
      const c = Math.round(amount * 100);
      this.balanceCents += c;
      this.record(Kind.Deposit, c, memo);
    }
    withdraw(amount: number, kind: Kind = Kind.Withdraw): void {
      const c = Math.round(amount * 100);
      const f = this.fee(kind, c);
      if (c + f > this.balanceCents) throw new Error(`${this.owner}: insufficient funds for ${amount.toFixed(2)}`);
      this.balanceCents -= c + f;
      this.record(kind, -c);
      if (f > 0) this.record(Kind.Fee, -f);
    }
  }
  export class Checking extends Account {
    get type() {
      return "checking";
    }
    protected fee(kind: Kind): number {
      return kind === Kind.Transfer ? 25 : 0;
    }
  }
  export class Savings extends Account {
    get type() {
      return "savings";
    }
    protected fee(kind: Kind, cents: number): number {
      return Math.ceil(cents * 0.01);
    }
  }
  export function transfer(from: Account, to: Account, amount: number): boolean {
    try {
      from.withdraw(amount, Kind.Transfer);
      to.deposit(amount, "from " + from.owner);
      return true;
    } catch (e) {
      console.log("transfer failed:", (e as Error).message);
      return false;
    }
  }
}
import Kind = Bank.Kind;
const alice = new Bank.Checking("alice");
const bob = new Bank.Savings("bob");
alice.deposit(100);
bob.deposit(50.5);
console.log(Bank.transfer(alice, bob, 30), Bank.transfer(bob, alice, 100), Bank.transfer(bob, alice, 10));
bob.withdraw(5);
for (const acct of [alice, bob]) {
  console.log(acct.owner, acct.type, acct.balance.toFixed(2));
  for (const tx of acct.txs) console.log("  ", tx.seq, tx.kind, tx.amount, tx.memo ?? "");
}
console.log(Object.values(Kind).join(""), Bank.nextSeq());
