function l1(a) {
  return function l2(b) {
    return function l3(c) {
      return function l4(d) {
        return function l5(e) {
          return [a, b, c, d, e].join("");
        };
      };
    };
  };
}
console.log(l1("a")("b")("c")("d")("e"));
function outer() {
  let x = 1;
  function mid() {
    let y = 2;
    function inner() {
      x++;
      y++;
      return x * 100 + y;
    }
    return inner;
  }
  const i1 = mid();
  const i2 = mid();
  return [i1(), i1(), i2(), i1()];
}
console.log(outer());
let g = 0;
const levels = () => () => () => ++g;
const f3 = levels()();
console.log(f3(), f3(), g);
function blockCapture() {
  const fns = [];
  {
    let a = "block-a";
    fns.push(() => a);
    {
      let b = "block-b";
      fns.push(() => a + "+" + b);
    }
  }
  return fns[0]() + " " + fns[1]();
}
console.log(blockCapture());
