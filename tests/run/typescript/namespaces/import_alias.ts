// `import X = A.B` aliases to namespace members, including aliases of values and classes.
namespace Lib {
  export namespace Math2 {
    export function clamp(v: number, lo: number, hi: number): number {
      return Math.min(hi, Math.max(lo, v));
    }
    export const E = 2.718;
  }
  export class Vec {
    constructor(readonly x: number, readonly y: number) {}
    len(): number {
      return Math.hypot(this.x, this.y);
    }
  }
  export interface Shape {
    area(): number;
  }
}
import M = Lib.Math2;
import Vec = Lib.Vec;
import Shape = Lib.Shape;
console.log(M.clamp(15, 0, 10), M.clamp(-5, 0, 10), M.E);
const v = new Vec(3, 4);
console.log(v.len(), v instanceof Lib.Vec);
const sq: Shape = { area: () => 16 };
console.log(sq.area());
function scoped(): number {
  const clamp = M.clamp;
  return clamp(100, 1, 50);
}
console.log(scoped());
