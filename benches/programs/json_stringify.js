// JSON.stringify of a ~10 MB document (50,000 records of mixed types), five times.
const doc = [];
for (let i = 0; i < 50000; i++) {
  doc.push({
    id: i,
    name: "user" + i,
    email: "user" + i + "@example.com",
    active: i % 2 === 0,
    score: i * 1.25,
    tags: ["alpha", "beta", "gamma"],
    address: { street: i + " Main Street", city: "Springfield", zip: String(10000 + i) },
    note: null,
  });
}
let total = 0;
for (let round = 0; round < 5; round++) {
  total += JSON.stringify(doc).length;
}
console.log(total);
