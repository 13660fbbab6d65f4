// Loop nests run several outer iterations at once, one per SIMD lane (codegen
// `vectorize`): every result must be the scalar one, bit for bit, and anything the
// lanes cannot know ahead (aliased arrays, holes, getters, strings, frozen or short
// outputs, a reassigned function, a counter that is not whole) falls back to it.

function a(i: number, j: number): number {
  return 1 / (((i + j) * (i + j + 1)) / 2 + i + 1);
}

function multiplyAv(n: number, v: number[], av: number[]): void {
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += a(i, j) * v[j];
    av[i] = sum;
  }
}

function bits(x: number): string {
  return Object.is(x, -0) ? "-0" : String(x);
}

function show(label: string, xs: number[]): void {
  console.log(label, xs.map(bits).join(" "));
}

// Per-lane exits: escape-time counts (the iteration count is a lane's result too).
function escapeCounts(w: number, cy: number, limit: number, out: number[]): number {
  let total = 0;
  for (let x = 0; x < w; x++) {
    const cx = (3 * x) / w - 2;
    let zr = 0, zi = 0, tr = 0, ti = 0;
    let i = 0;
    while (i < limit && tr + ti <= 4) {
      zi = 2 * zr * zi + cy;
      zr = tr - ti + cx;
      tr = zr * zr;
      ti = zi * zi;
      i++;
    }
    out[x] = i;
    total = total + (tr + ti <= 4 ? 1 : 0) + tr;
  }
  return total;
}

// A lane leaving in the middle of an iteration keeps what it had there: `a` grown,
// `b` not yet; the lanes still running go on growing both.
function midExit(n: number, lim: number): number {
  let total = 0;
  for (let x = 0; x < n; x++) {
    let a = x + 1;
    let b = -1;
    let k = 0;
    while (k < 40) {
      a = a * 1.5;
      if (a > lim) break;
      b = a + k;
      k++;
    }
    total = total * 0.5 + a + b * 3 + k;
  }
  return total;
}

// A boolean lane result; counters that are negative, not whole, -0, or past 2^52.
function lastAbove(lo: number, hi: number, v: number[], n: number): string {
  let code = 0;
  let ms = 0;
  for (let i = lo; i < hi; i++) {
    let above = false;
    let m = -1;
    for (let j = 0; j < n; j++) {
      above = v[j] > i;
      m = m * 0.5 + (v[j] - i);
    }
    code = code * 3 + (above ? 1 : 2);
    ms = ms * 10 + m;
  }
  return code + " " + bits(ms);
}

// Not vectorized: a step that is not one, a body that leaves the loop early.
function rowsBy(n: number, step: number, v: number[]): number {
  let total = 0;
  for (let i = 0; i < n; i += step) {
    let s = 0;
    for (let j = 0; j < v.length; j++) s += v[j] / (i + j + 1);
    total += s;
  }
  return total;
}

function untilFound(n: number, v: number[], at: number): number {
  let found = -1;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < v.length; j++) s += v[j] * (i + 1);
    if (s > at) {
      found = i;
      break;
    }
  }
  return found;
}

// A hole in the output: the write runs the prototype's setter, which changes a row
// the later lanes read.
function protoSetter(n: number): void {
  const v = [1, 2, 3, 4, 5, 6];
  let sets = 0;
  const holey: number[] = [0, 0, 0, 0, 0, 0];
  delete holey[2];
  Object.defineProperty(Array.prototype, 2, { set: (x: number) => { sets++; v[4] = x; }, configurable: true });
  multiplyAv(n, v, holey);
  delete (Array.prototype as any)[2];
  show("prototype setter", holey);
  console.log("sets", sets, "v[4]", v[4]);
}

// The scenarios run in a function with a number parameter: its specialized copy is
// the one that vectorizes (the calls above are inlined into it).
function main(scale: number): void {
  void scale;
  // Lane counts that do and do not divide the trip count.
  for (const n of [0, 1, 2, 3, 5, 7, 8, 13, 16]) {
    const v: number[] = [];
    const av: number[] = [];
    for (let i = 0; i < n; i++) {
      v.push((i % 3) - 1 + i / 7);
      av.push(0);
    }
    multiplyAv(n, v, av);
    show("n=" + n, av);
  }

  // The output is the input: each row must see the rows written before it.
  {
    const v = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    multiplyAv(v.length, v, v);
    show("aliased", v);
  }

  // Elements the lanes cannot read: a string, a hole (the prototype's element), an
  // accessor, NaN and -0 (numbers: they stay).
  {
    const n = 9;
    const mk = (): number[] => Array.from({ length: n }, (_, i) => i + 0.5);
    const out: number[] = new Array(n).fill(0);
    const s: any[] = mk();
    s[6] = "2";
    multiplyAv(n, s as number[], out);
    show("string element", out);
    const h: number[] = mk();
    delete h[4];
    (Array.prototype as any)[4] = 10;
    multiplyAv(n, h, out);
    show("hole", out);
    delete (Array.prototype as any)[4];
    let reads = 0;
    const g: number[] = mk();
    Object.defineProperty(g, 3, { get: () => { reads++; return 7; } });
    multiplyAv(n, g, out);
    show("getter", out);
    console.log("getter reads", reads);
    const z: number[] = mk();
    z[2] = -0;
    z[5] = NaN;
    multiplyAv(n, z, out);
    show("nan and -0", out);
  }

  // Outputs the lanes cannot write ahead: frozen, shorter than the loop, with a setter.
  {
    const n = 6;
    const v = [1, 2, 3, 4, 5, 6];
    const frozen = Object.freeze([0, 0, 0, 0, 0, 0]) as number[];
    try {
      multiplyAv(n, v, frozen);
    } catch (e) {
      console.log("frozen:", (e as Error).constructor.name);
    }
    show("frozen stays", frozen);
    const short: number[] = [0, 0];
    multiplyAv(n, v, short);
    show("short grows", short);
    const watched: number[] = [0, 0, 0, 0, 0, 0];
    let sets = 0;
    Object.defineProperty(watched, 2, { set: (x: number) => { sets++; v[3] = x; }, get: () => 0 });
    multiplyAv(n, v, watched);
    show("setter", watched);
    console.log("sets", sets, "v[3]", v[3]);
    protoSetter(n);
  }

  // The inlined function replaced: the lanes' guard fails, the call is made.
  {
    const v = [1, 2, 3, 4, 5];
    const out = [0, 0, 0, 0, 0];
    const saved = a;
    // @ts-ignore: the binding is replaced on purpose.
    a = (i: number, j: number) => i * 10 + j;
    multiplyAv(5, v, out);
    show("replaced a", out);
    // @ts-ignore
    a = saved;
    multiplyAv(5, v, out);
    show("a again", out);
  }

  // Per-lane exits. (Called through `any`: not inlined, their own copies run.)
  const escape: any = escapeCounts;
  const above: any = lastAbove;
  const mid: any = midExit;
  {
    for (const w of [1, 5, 11, 24]) {
      const out: number[] = new Array(w).fill(0);
      const t = escape(w, 0.25, 60, out);
      console.log("escape w=" + w, bits(t), out.join(","));
    }
    const none: number[] = new Array(8).fill(0);
    console.log("no iterations", escape(8, 0, 0, none), none.join(","));
    for (const [n, lim] of [[7, 50], [13, 1e6], [12, 1e300], [6, 0]]) console.log("mid exit", n, lim, bits(mid(n, lim)));
  }

  // Counters from a negative, a fraction, -0 and 2^52.
  console.log(above(-3, 4, [2, -1, 0.5, 3], 4));
  console.log(above(0.5, 6, [2, -1, 0.5, 3], 4));
  console.log(above(-0, 3, [-0, 0], 2));
  console.log(above(-0, 3, [-0, 0], 0));
  console.log(above(2 ** 52, 2 ** 52 + 9, [1, 2], 2));

  console.log(rowsBy(10, 1, [1, 2, 3]), rowsBy(10, 3, [1, 2, 3]), rowsBy(10, 0.5, [1, 2, 3]));
  console.log(untilFound(20, [1, 2, 3], 40), untilFound(20, [1, 2, 3], 1e9));
}

main(1);
