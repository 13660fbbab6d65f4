// String enums: no reverse mapping, values are plain strings usable as keys.
enum Direction {
  Up = "UP",
  Down = "DOWN",
  Left = "LEFT",
  Right = "RIGHT",
}
console.log(Direction.Up, Direction.Left);
console.log(Object.keys(Direction), Object.values(Direction));
console.log((Direction as any)["UP"], (Direction as any).Up);
function opposite(d: Direction): Direction {
  switch (d) {
    case Direction.Up:
      return Direction.Down;
    case Direction.Down:
      return Direction.Up;
    case Direction.Left:
      return Direction.Right;
    case Direction.Right:
      return Direction.Left;
  }
}
for (const d of Object.values(Direction)) {
  console.log(d, "->", opposite(d));
}
const moves: Record<Direction, number> = {
  [Direction.Up]: 1,
  [Direction.Down]: -1,
  [Direction.Left]: -10,
  [Direction.Right]: 10,
};
console.log(moves);
const fromString = (s: string): Direction | undefined =>
  (Object.values(Direction) as string[]).includes(s) ? (s as Direction) : undefined;
console.log(fromString("LEFT"), fromString("left"));
console.log(JSON.stringify({ dir: Direction.Right }));
