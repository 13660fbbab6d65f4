function ok() {
  return 1;
}
class Point {
  constructor(x) {
    this.x = x;
  }
}
console.log(ok(), new Point(1));
