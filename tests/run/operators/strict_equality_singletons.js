// `x === null`, `undefined`, `true` or `false` compares bits: each is one pattern.
const vals = [undefined, null, true, false, 0, -0, NaN, "", "null", {}, []];
const out = [];
for (const v of vals) {
  out.push([v === null, v !== null, v === undefined, null === v, v === true, v !== false, undefined === v].map(Number).join(""));
}
let b = vals.length > 3;
out.push(String(b === true) + String(b === false) + String((b = !b) === false));
console.log(out.join(" "));
