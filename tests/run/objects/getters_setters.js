const temp = {
  _c: 25,
  get f() {
    return this._c * 9 / 5 + 32;
  },
  set f(v) {
    this._c = (v - 32) * 5 / 9;
  },
  get c() {
    return this._c;
  },
};
console.log(temp.f, temp.c);
temp.f = 212;
console.log(temp.c, temp.f);
temp.c = 0;
console.log(temp.c);
let log = [];
const watched = {
  _v: 0,
  get v() {
    log.push("get");
    return this._v;
  },
  set v(n) {
    log.push("set " + n);
    this._v = n;
  },
};
watched.v = 5;
watched.v += 10;
watched.v++;
console.log(watched.v, log.join(", "));
const onlySet = {
  set x(v) {
    this.stored = v * 2;
  },
};
onlySet.x = 21;
console.log(onlySet.x, onlySet.stored);
const proto = {
  get double() {
    return this.n * 2;
  },
};
const child = Object.create(proto);
child.n = 8;
console.log(child.double);
console.log(Object.keys(temp));
console.log("f" in temp);
console.log(temp);
