const animal = {
  kind: "animal",
  describe: function () {
    return "I am a " + this.kind + " named " + this.name;
  },
};
const dog = Object.create(animal);
dog.kind = "dog";
dog.name = "rex";
console.log(dog.describe());
const puppy = Object.create(dog);
puppy.name = "bit";
console.log(puppy.describe(), puppy.kind);
console.log(Object.getPrototypeOf(puppy) === dog, Object.getPrototypeOf(dog) === animal);
console.log(Object.getPrototypeOf(animal) === Object.getPrototypeOf({}));
console.log(Object.getPrototypeOf(Object.getPrototypeOf(animal)));
const bare = Object.create(null);
bare.x = 1;
console.log(Object.getPrototypeOf(bare), bare.x, typeof bare.toString);
console.log(Object.keys(puppy));
animal.newMethod = function () {
  return "added later to " + this.name;
};
console.log(puppy.newMethod());
puppy.kind = "puppy";
console.log(puppy.describe(), dog.kind);
delete puppy.kind;
console.log(puppy.kind);
function Shape() {}
Shape.prototype.area = function () {
  return 0;
};
function Square(s) {
  this.s = s;
}
Square.prototype = Object.create(Shape.prototype);
Square.prototype.area = function () {
  return this.s * this.s;
};
const sq = new Square(4);
console.log(sq.area(), sq instanceof Shape, sq instanceof Square);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(sq)) === Shape.prototype);
