// const enums: members used as values (inlined by tsc, or preserved under isolatedModules).
const enum Level {
  Low = 1,
  Mid = 5,
  High = 10,
}
const enum Shape {
  Circle = "circle",
  Square = "square",
}
function risk(n: number): string {
  if (n >= Level.High) return "high";
  if (n >= Level.Mid) return "mid";
  if (n >= Level.Low) return "low";
  return "none";
}
console.log(risk(0), risk(1), risk(7), risk(12));
interface Drawn {
  kind: Shape;
  size: number;
}
const items: Drawn[] = [
  { kind: Shape.Circle, size: 2 },
  { kind: Shape.Square, size: 3 },
];
for (const it of items) {
  const area = it.kind === Shape.Circle ? Math.round(3.14159 * it.size * it.size) : it.size * it.size;
  console.log(it.kind, area);
}
const levels: Level[] = [Level.High, Level.Low, Level.Mid];
levels.sort((a, b) => a - b);
console.log(levels);
console.log(Level.Low + Level.Mid + Level.High);
const enum Bits {
  A = 1,
  B = A << 1,
  C = B << 1,
  All = A | B | C,
}
console.log(Bits.All, Bits.C);
