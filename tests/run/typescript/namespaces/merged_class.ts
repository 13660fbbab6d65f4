// Namespaces merged with classes (statics), functions (properties) and enums.
class Point {
  constructor(public x: number, public y: number) {}
  add(o: Point): Point {
    return new Point(this.x + o.x, this.y + o.y);
  }
}
namespace Point {
  export const origin = new Point(0, 0);
  export function from(arr: [number, number]): Point {
    return new Point(arr[0], arr[1]);
  }
}
const p = Point.from([2, 3]).add(Point.origin).add(new Point(1, 1));
console.log(p, Point.origin);
function greet(name: string): string {
  return greet.prefix + name + greet.suffix;
}
namespace greet {
  export let prefix = "Hello, ";
  export const suffix = "!";
}
console.log(greet("Ann"));
greet.prefix = "Bye, ";
console.log(greet("Bob"));
enum Color {
  Red = 1,
  Green = 2,
}
namespace Color {
  export function mix(a: Color, b: Color): number {
    return a | b;
  }
}
console.log(Color.mix(Color.Red, Color.Green), Color[1]);
console.log(typeof Point.from, Object.keys(greet));
