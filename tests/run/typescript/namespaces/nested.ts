// Nested namespaces with exported and non-exported members.
namespace Geometry {
  const secret = "hidden";
  export const PI2 = 6.28;
  export namespace Shapes {
    export function square(n: number): number {
      return n * n;
    }
    export namespace Deep {
      export const level = 3;
      export function tag(): string {
        return "deep:" + secret;
      }
    }
  }
  export function circ(r: number): number {
    return PI2 * r;
  }
  export function hasSecret(): boolean {
    return typeof secret === "string";
  }
}
console.log(Geometry.PI2, Geometry.circ(2));
console.log(Geometry.Shapes.square(5), Geometry.Shapes.Deep.level, Geometry.Shapes.Deep.tag());
console.log((Geometry as any).secret, Geometry.hasSecret());
console.log(Object.keys(Geometry));
console.log(Object.keys(Geometry.Shapes), typeof Geometry.Shapes.Deep);
import Sq = Geometry.Shapes.square;
console.log(Sq(9));
import Deep = Geometry.Shapes.Deep;
console.log(Deep.level + 1);
