function Person(name, age) {
  this.name = name;
  this.age = age;
}
Person.prototype.greet = function () {
  return "Hi, I'm " + this.name;
};
Person.prototype.species = "human";
const p = new Person("Ann", 33);
console.log(p);
console.log(p.greet(), p.species, Object.keys(p));
function Empty() {}
console.log(new Empty());
function WithArr() {
  this.items = [1, 2];
  this.meta = { ok: true };
}
console.log(new WithArr());
const instances = [];
for (let i = 0; i < 3; i++) instances.push(new Person("p" + i, i));
console.log(instances.map(x => x.greet()).join("; "));
console.log(instances[0].greet === instances[1].greet);
function Node(v) {
  this.value = v;
  this.next = null;
}
const head = new Node(1);
head.next = new Node(2);
head.next.next = new Node(3);
console.log(head);
const proto = Object.getPrototypeOf(p);
console.log(proto === Person.prototype, typeof proto.greet);
