console.log(true && false, true || false, !true, !false);
console.log(1 && 2, 0 && 2, 1 || 2, 0 || 2, "" || "d", "a" && "b");
console.log(null && 1, undefined || null, NaN || 0, 0 || NaN);
console.log(!0, !1, !"", !"a", !null, !undefined, !NaN, !{}, ![]);
console.log(!!"x", !!0);
console.log(null ?? "def", undefined ?? "def", 0 ?? "def", "" ?? "def", false ?? "def");
console.log(NaN ?? 1);
let calls = 0;
function side(v) {
  calls++;
  return v;
}
false && side(1);
true || side(2);
"x" ?? side(3);
console.log(calls);
true && side(4);
false || side(5);
null ?? side(6);
console.log(calls);
console.log(1 && 0 || "z", (null ?? 0) || "w");
console.log(true && "a" || "b", false && "a" || "b");
const o = { a: { b: 0 } };
console.log(o.a && o.a.b, o.c && o.c.d);
