// JSON.parse of a ~10 MB document (50,000 records of mixed types), five times.
// The text is built with string concatenation so that parsing dominates the run.
function record(i) {
  return '{"id":' + i + ',"name":"user' + i + '","email":"user' + i + '@example.com","active":' + (i % 2 === 0) +
    ',"score":' + (i * 1.25) + ',"tags":["alpha","beta","gamma"],"address":{"street":"' + i + ' Main Street","city":"Springfield","zip":"' + (10000 + i) + '"},"note":null}';
}
const parts = [];
for (let i = 0; i < 50000; i++) parts.push(record(i));
const text = "[" + parts.join(",") + "]";
let total = 0;
for (let round = 0; round < 5; round++) {
  const doc = JSON.parse(text);
  total += doc.length + doc[round * 100].address.zip.length + doc[49999].score;
}
console.log(text.length, total);
