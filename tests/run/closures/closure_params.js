function adder(x) {
  return function (y) {
    x += y;
    return x;
  };
}
const a = adder(10);
console.log(a(1), a(1), a(5));
function capArgs(a, b) {
  return () => a + b;
}
console.log(capArgs(2, 3)());
function withDefault(x, f = () => x) {
  x = "changed";
  return f();
}
console.log(withDefault("orig"));
function bank(balance) {
  return {
    deposit: function (n) {
      balance += n;
      return balance;
    },
    withdraw: function (n) {
      if (n > balance) return "insufficient";
      balance -= n;
      return balance;
    },
  };
}
const acct = bank(100);
console.log(acct.deposit(50), acct.withdraw(500), acct.withdraw(30));
function makeRest(...xs) {
  return () => xs.length;
}
console.log(makeRest(1, 2, 3)());
