interface Shape {
  area(): number;
}
function logged(value: Function, context: ClassMethodDecoratorContext) {
  return value;
}
class Square implements Shape {
  @logged
  area() {
    return 1;
  }
}
console.log(new Square().area());
