// === and !== between a value known to be a number (a counter, arithmetic) and any
// other value: equal only to an equal number (NaN to nothing, 0 to -0).
const others = [0, -0, 1, 2, NaN, Infinity, "1", "0", true, false, null, undefined, {}, [1], Symbol.iterator, -1, 0.5, -0.5];
function compare(list) {
  const rows = [];
  for (let i = 0; i < 3; i++) {
    const n = i - 1; // -1, 0, 1: a typed number
    const half = n / 2;
    let row = "";
    for (const x of list) row += (n === x ? "=" : ".") + (x !== half ? "!" : "~");
    rows.push(row);
  }
  const nan = 0 / 0;
  let nanRow = "";
  for (const x of list) nanRow += nan === x ? "=" : ".";
  rows.push(nanRow);
  return rows.join("\n");
}
console.log(compare(others));
let hits = 0;
for (let i = 0; i < 100; i++) if (i === others[2] || others[3] === i) hits++;
console.log(hits);
