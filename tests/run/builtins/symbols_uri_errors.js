// The symbol registry and description, the URI functions, escape/unescape,
// AggregateError and Error.isError.
const a = Symbol.for("app.key");
console.log(a === Symbol.for("app.key"), Symbol.keyFor(a), Symbol.keyFor(Symbol("x")), Symbol("d").description, Symbol().description);
console.log(Object(Symbol("w"))[Symbol.toPrimitive]() .toString(), Symbol.prototype[Symbol.toStringTag], typeof Symbol.species, String(Symbol.asyncIterator));
console.log(encodeURIComponent("a b&c/d?é😀"), encodeURI("https://x.test/a b?q=1&r=é#frag"));
console.log(decodeURIComponent("%F0%9F%98%80%20%26"), decodeURI("%23%20%3F"), decodeURIComponent("%23%3F"));
for (const bad of ["%", "%E0%A4%A", "%C0%80", "%ED%A0%80"]) {
  try {
    decodeURIComponent(bad);
  } catch (e) {
    console.log(bad, e.constructor.name);
  }
}
try {
  encodeURIComponent(String.fromCharCode(0xd800));
} catch (e) {
  console.log(e.constructor.name);
}
console.log(escape("a b+c/ü\u0107"), unescape("%u0107%20%zz%41"));
const agg = new AggregateError(new Set([new Error("one"), new TypeError("two")]), "many", { cause: "c" });
console.log(agg.name, agg.message, agg.cause, agg.errors.map((e) => e.message), agg instanceof Error);
console.log(Object.getOwnPropertyNames(agg).sort(), AggregateError.length, Object.getPrototypeOf(AggregateError) === Error);
