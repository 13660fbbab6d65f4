// `%` on typed numbers: whole operands below 2^53 take the integer remainder (a
// constant divisor's by multiplication), everything else fmod; both must be JS's %.

function rem(x: number, y: number): number {
  return x % y;
}

function byConstant(x: number): number {
  return x % 1000000007;
}

function bySeven(x: number): number {
  return x % 7;
}

function show(x: number): string {
  return Object.is(x, -0) ? "-0" : String(x);
}

function checksum(n: number): number {
  let c = 0;
  for (let i = 0; i < n; i++) c = (c * 31 + (i & 255)) % 1000000007;
  return c;
}

const two53 = 2 ** 53;
const xs = [0, -0, 1, 7, 6, -6, -7, 2 ** 31, 2 ** 31 + 5, 3.1e10, two53 - 1, two53, two53 + 2, 2 ** 63, 2 ** 64, 1e300, 5.5, -5.5, 0.25, NaN, Infinity, -Infinity];
const ys = [1, 2, 3, 7, -7, 0, -0, 0.5, 1000000007, two53 - 1, two53, 2 ** 63, NaN, Infinity, -Infinity];
const rows: string[] = [];
for (const x of xs) {
  rows.push(show(x) + ": " + ys.map((y) => show(rem(x, y))).join(" ") + " | " + show(byConstant(x)) + " " + show(bySeven(x)));
}
console.log(rows.join("\n"));
console.log(checksum(100000), checksum(0), checksum(7));
