const team = {
  name: "core",
  members: ["ann", "bob"],
  list: function () {
    const out = [];
    this.members.forEach(m => out.push(m + "@" + this.name));
    return out;
  },
  listMap: function () {
    return this.members.map(m => this.name + ":" + m);
  },
  lenSum: function () {
    const self = this;
    return this.members.reduce(function (acc, m) {
      return acc + m.length + self.name.length;
    }, 0);
  },
};
console.log(team.list(), team.listMap(), team.lenSum());
function Timer() {
  this.ticks = 0;
  const self = this;
  this.tick = function () {
    self.ticks++;
    return self.ticks;
  };
}
const tm = new Timer();
const detached = tm.tick;
detached();
detached();
console.log(tm.ticks);
const counter = {
  n: 0,
  makeIncs: function () {
    const fns = [];
    for (let i = 0; i < 3; i++) fns.push(() => (this.n += i));
    return fns;
  },
};
const incs = counter.makeIncs();
incs[2]();
incs[1]();
console.log(counter.n);
const objA = { v: "A", get: function () { return this.v; } };
const objB = { v: "B" };
objB.get = objA.get;
console.log(objA.get(), objB.get(), objB["get"]());
