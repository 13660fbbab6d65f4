// Enum members with quoted names, keyword-like names, and an enum nested in a function scope.
enum Odd {
  "with space" = 1,
  "dash-name" = 2,
  default = 3,
  new = 4,
  constructor = 5,
}
console.log(Odd["with space"], Odd["dash-name"], Odd.default, Odd.new, Odd.constructor);
console.log(Odd[1], Odd[2], Odd[5]);
function scoped(n: number): string {
  enum Local {
    Zero,
    One,
    Two,
  }
  return Local[n] ?? "unknown";
}
console.log(scoped(0), scoped(2), scoped(9));
{
  enum Block {
    A = 7,
  }
  console.log(Block.A, Block[7]);
}
const copy = { ...Odd };
console.log(Object.keys(copy).length);
