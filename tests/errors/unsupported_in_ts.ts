interface Shape {
  area(scale: number): number;
}
function logged(target: object, key: string, index: number) {}
class Square implements Shape {
  area(@logged scale: number) {
    return scale;
  }
}
console.log(new Square().area(2));
