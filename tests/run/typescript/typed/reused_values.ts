// Values read into bindings and reused (a property read copied into a `const`, then
// computed with several times; a costly quotient used on both sides of inline caches):
// a read that is not a number must still give JavaScript's results, and a quotient
// computed once must be the same number at every use.
class Body {
  constructor(public x: number, public y: number, public vx: number, public mass: number) {}
}

function step(bodies: Body[], dt: number): number {
  let acc = 0;
  for (let i = 0; i < bodies.length; i++) {
    const bi = bodies[i];
    const bix = bi.x, biy = bi.y;
    let vx = bi.vx;
    for (let j = i + 1; j < bodies.length; j++) {
      const bj = bodies[j];
      const dx = bix - bj.x;
      const dy = biy - bj.y;
      const d2 = dx * dx + dy * dy;
      const mag = dt / (d2 * Math.sqrt(d2));
      vx -= dx * bj.mass * mag;
      bj.vx += dx * bi.mass * mag;
      acc += mag + bix;
    }
    bi.vx = vx;
  }
  return acc;
}

const good = [new Body(0, 0, 1, 10), new Body(3, 4, 0, 1), new Body(-1, 2, 0.5, 2)];
console.log(step(good, 0.01).toFixed(9), good.map((b) => b.vx.toFixed(9)).join(" "));

// x is a string in one body: `bix - bj.x` converts it, `mag + bix` concatenates.
const odd: any[] = [new Body(1, 1, 0, 1), new Body(2, 2, 0, 1)];
odd[0].x = "5";
console.log(step(odd, 0.5), odd.map((b) => String(b.vx)).join(" "));

// An object whose x converts through valueOf, and a missing mass (NaN).
const weird: any[] = [new Body(0, 0, 0, 1), { x: { valueOf: () => 2 }, y: 0, vx: 0 }];
console.log(step(weird, 1), weird.map((b) => String(b.vx)).join(" "));

// Math.sqrt replaced halfway: the quotient follows the replacement.
const saved = Math.sqrt;
(Math as any).sqrt = (v: number) => v;
console.log(step([new Body(0, 0, 0, 1), new Body(0, 2, 0, 1)], 1).toFixed(9));
Math.sqrt = saved;
