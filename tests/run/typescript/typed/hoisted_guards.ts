// An inlined call of a global function in a loop is checked once, where the loop is
// entered. The function replaced between calls, or by a getter that an element read
// runs in the middle of the loop, must be the one called from then on.
function a(i: number, j: number): number {
  return 1 / (((i + j) * (i + j + 1)) / 2 + i + 1);
}

function sum(n: number, v: number[]): number {
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) s += a(i, j) * v[j];
  }
  return s;
}

const v = [1, 2, 3, 4];
console.log(sum(4, v).toFixed(9));

const saved = a;
// @ts-ignore: a function declaration is a variable like any other at run time.
a = (i: number, j: number) => i * 10 + j;
console.log("replaced", sum(4, v));
// @ts-ignore
a = saved;
console.log("restored", sum(4, v).toFixed(9));

// A hole: the element read asks the prototype, whose getter replaces `a` midway.
const holey: number[] = [1, , 3, 4] as any;
let calls = 0;
Object.defineProperty(Array.prototype, 1, {
  get() {
    calls++;
    // @ts-ignore
    a = () => 100;
    return 2;
  },
  configurable: true,
});
console.log("getter", sum(4, holey), calls);
delete (Array.prototype as any)[1];
// @ts-ignore
a = saved;
console.log("again", sum(4, v).toFixed(9));

// Not a function any more: the call throws where JavaScript throws.
// @ts-ignore
a = 5;
try {
  sum(2, v);
} catch (e) {
  console.log((e as Error).constructor.name, (e as Error).message);
}
// @ts-ignore
a = saved;
console.log("a string element", sum(2, ["x", 1] as any));
// What the loop reads elements of need not be an array.
console.log("string", sum(2, "12" as any).toFixed(9));
console.log("object", sum(2, { 0: 1, 1: 2 } as any).toFixed(9));
console.log("empty", sum(0, null as any), sum(3, [] as any));
