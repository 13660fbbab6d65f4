// dxc: node=26
// JSON.parse source text access: the reviver's third argument has the source text of
// primitive values that are still the ones parsed.
const seen = [];
const v = JSON.parse('{"a": 1.50, "big": 12345678901234567890, "s": "x\\u0041", "arr": [true, null, -0], "o": {"k": 1e3}}', function (key, value, context) {
  seen.push(`${key}=${JSON.stringify(context)}`);
  if (key === "big") return BigIntLike(context.source);
  return value;
});
function BigIntLike(text) { return "digits:" + text; }
console.log(seen.join("\n"));
console.log(v.big, v.a);
// A value the reviver replaced has no source.
console.log(JSON.stringify(JSON.parse("[1, 2]", function (k, v, ctx) {
  if (k === "0") this[1] = 3;
  return k === "" ? v : [v, ctx.source];
})));
// Duplicate keys: the last one is the value and the source.
JSON.parse('{"d": 1, "d": 2}', (k, v, c) => { if (k === "d") console.log(v, c.source); return v; });
