const o = { b: 1, a: 2, 10: "ten", 2: "two", z: 3, "1": "one", "-1": "neg", "01": "lead" };
const keys = [];
for (const k in o) keys.push(k);
console.log(keys.join(","));
for (let k in { x: 1, y: 2 }) console.log(k, typeof k);
const empty = {};
let n = 0;
for (const k in empty) n++;
console.log(n);
const added = { first: 1 };
added.second = 2;
added[5] = "five";
added.third = 3;
for (var key in added) console.log(key, added[key]);
console.log(key);
const d = { a: 1, b: 2, c: 3 };
for (const k in d) {
  if (k === "a") delete d.b;
  console.log("visit", k);
}
let visited = "";
for (const k in { p: 1, q: 2, r: 3 }) {
  if (k === "q") continue;
  visited += k;
}
console.log(visited);
for (const k in null) console.log("never");
for (const k in undefined) console.log("never");
console.log("done");
