// `satisfies` keeps the expression's value and evaluation unchanged, in many positions.
type Colors = Record<string, [number, number, number] | string>;
const palette = {
  red: [255, 0, 0],
  green: "#00ff00",
  blue: [0, 0, 255],
} satisfies Colors;
console.log(palette.red.map((c) => c / 255), palette.green.toUpperCase());
let calls = 0;
function side(): number {
  calls++;
  return calls;
}
const v = side() satisfies number;
console.log(v, calls);
const arr = [1, 2, 3] satisfies number[];
console.log(arr.length, (arr satisfies unknown[]).join("-"));
const fn = ((x: number) => x * 2) satisfies (n: number) => number;
console.log(fn(21));
interface Route {
  path: string;
  method?: "GET" | "POST";
}
const routes = {
  home: { path: "/" },
  save: { path: "/save", method: "POST" },
} satisfies Record<string, Route>;
console.log(routes.home.path, routes.save.method);
const nested = { inner: { n: 1 } satisfies { n: number } };
console.log(nested);
const t = (["a", 1] as const) satisfies readonly [string, number];
console.log(t);
console.log((5 satisfies number) + (10 satisfies number));
