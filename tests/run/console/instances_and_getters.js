function Foo() {
  this.a = 1;
}
console.log(new Foo());
function Bar() {}
console.log(new Bar());
console.log([new Foo(), new Foo()]);
console.log({ inner: new Foo() });
const g = {
  get value() {
    return 42;
  },
  set value(v) {},
  get onlyGet() {
    return 1;
  },
  set onlySet(v) {},
  plain: 3,
};
console.log(g);
const proto = { inheritedProp: 1 };
const child = Object.create(proto);
child.own = 2;
console.log(child);
console.log(Object.create(null));
const nullProto = Object.create(null);
nullProto.x = 1;
console.log(nullProto);
