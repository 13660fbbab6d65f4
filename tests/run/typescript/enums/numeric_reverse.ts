// Numeric enums: auto-increment, explicit starts, and the reverse mapping from value to name.
enum Color {
  Red,
  Green,
  Blue,
}
enum Status {
  Active = 10,
  Paused,
  Stopped = 20,
  Archived,
}
console.log(Color.Red, Color.Green, Color.Blue);
console.log(Color[0], Color[1], Color[2], Color[3]);
console.log(Status.Active, Status.Paused, Status.Stopped, Status.Archived);
console.log(Status[11], Status[21]);
console.log(Object.keys(Color));
console.log(JSON.stringify(Status));
function describe(c: Color): string {
  switch (c) {
    case Color.Red:
      return "warm";
    case Color.Blue:
      return "cool";
    default:
      return "neutral:" + Color[c];
  }
}
console.log(describe(Color.Red), describe(Color.Green), describe(Color.Blue));
const c: Color = 2;
console.log(c === Color.Blue, typeof Color, typeof Color.Red);
let count = 0;
for (const k in Color) count++;
console.log("entries", count);
const names = Object.keys(Status).filter((k) => isNaN(Number(k)));
console.log(names.join(","));
