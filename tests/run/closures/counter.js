function makeCounter() {
  let count = 0;
  return function () {
    count++;
    return count;
  };
}
const c1 = makeCounter();
const c2 = makeCounter();
console.log(c1(), c1(), c1(), c2(), c1(), c2());
function makeCounterObj(start) {
  let n = start;
  return {
    inc: () => ++n,
    dec: () => --n,
    get: () => n,
    reset: function () {
      n = start;
    },
  };
}
const c = makeCounterObj(10);
c.inc();
c.inc();
c.dec();
console.log(c.get());
c.reset();
console.log(c.get());
const counters = [];
for (let i = 0; i < 3; i++) counters.push(makeCounter());
counters[0]();
counters[2]();
counters[2]();
console.log(counters[0](), counters[1](), counters[2]());
