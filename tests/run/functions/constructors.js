function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.add = function (o) {
  return new Point(this.x + o.x, this.y + o.y);
};
Point.prototype.toStr = function () {
  return "(" + this.x + ", " + this.y + ")";
};
const p = new Point(1, 2).add(new Point(10, 20));
console.log(p.toStr(), p instanceof Point);
console.log(p);
console.log(Object.getPrototypeOf(p) === Point.prototype);
console.log(Point.prototype.constructor === Point);
function Returns() {
  this.a = 1;
  return { b: 2 };
}
console.log(new Returns());
function ReturnsPrim() {
  this.a = 1;
  return 5;
}
console.log(new ReturnsPrim());
function Counter() {
  this.n = 0;
}
Counter.prototype.step = 1;
Counter.prototype.tick = function () {
  this.n += this.step;
  return this.n;
};
const c1 = new Counter();
const c2 = new Counter();
c2.step = 10;
c1.tick();
c1.tick();
c2.tick();
console.log(c1.n, c2.n, c1.step, c2.step);
Counter.prototype.step = 5;
c1.tick();
console.log(c1.n);
function NoArgs() {
  this.made = true;
}
const na = new NoArgs;
console.log(na.made);
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + " makes a sound"; };
function Dog(name) { this.name = name; this.kind = "dog"; }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.bark = function () { return this.name + " barks"; };
const d = new Dog("rex");
console.log(d.speak(), d.bark(), d instanceof Animal);
