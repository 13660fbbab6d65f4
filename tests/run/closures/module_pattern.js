const Stack = (function () {
  function create() {
    const items = [];
    return {
      push: function (x) {
        items.push(x);
        return this;
      },
      pop: function () {
        return items.pop();
      },
      peek: () => items[items.length - 1],
      size: () => items.length,
    };
  }
  return { create: create };
})();
const s = Stack.create();
s.push(1).push(2).push(3);
console.log(s.size(), s.peek(), s.pop(), s.size());
console.log(s.items);
function makeId(prefix) {
  let n = 0;
  return () => prefix + "-" + n++;
}
const nextA = makeId("a");
const nextB = makeId("b");
console.log(nextA(), nextA(), nextB(), nextA());
function emitter() {
  const handlers = [];
  return {
    on: h => handlers.push(h),
    emit: v => {
      const out = [];
      handlers.forEach(h => out.push(h(v)));
      return out;
    },
  };
}
const em = emitter();
let total = 0;
em.on(v => (total += v));
em.on(v => v * 2);
console.log(em.emit(5), em.emit(1), total);
