const arr = [1, 2, 3, 4];
try {
  arr.forEach(function (x) {
    if (x === 3) throw new Error("stop at " + x);
    console.log("visit", x);
  });
} catch (e) {
  console.log(e.message);
}
try {
  arr.map(x => {
    if (x > 1) throw x;
    return x;
  });
} catch (e) {
  console.log("map threw", e);
}
try {
  [3, 1, 2].sort(function (a, b) {
    throw new RangeError("cmp");
  });
} catch (e) {
  console.log(e.name);
}
const found = arr.find(x => {
  try {
    if (x % 2 === 0) throw x;
    return false;
  } catch (v) {
    return true;
  }
});
console.log(found);
