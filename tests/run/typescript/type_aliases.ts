type ID = string | number;
type Pair<T> = [T, T];
type Shape = { kind: "circle"; r: number } | { kind: "square"; s: number };
type Callback = (err: Error | null, value?: number) => void;
function area(s: Shape): number {
  switch (s.kind) {
    case "circle":
      return Math.round(Math.PI * s.r * s.r);
    case "square":
      return s.s * s.s;
  }
}
const shapes: Shape[] = [{ kind: "circle", r: 2 }, { kind: "square", s: 3 }];
console.log(shapes.map(area));
function show(id: ID): string {
  return typeof id === "number" ? "#" + id : id.toUpperCase();
}
console.log(show(7), show("abc"));
const pr: Pair<number> = [1, 2];
console.log(pr[0] + pr[1]);
const cb: Callback = function (err, value) {
  console.log(err === null ? "ok" : err.message, value);
};
cb(null, 5);
cb(new Error("bad"));
type Status = "on" | "off";
let st: Status = "on";
st = "off";
console.log(st);
type Keys = keyof { a: 1; b: 2 };
const k: Keys = "b";
console.log(k);
