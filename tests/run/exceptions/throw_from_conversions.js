const bad = {
  valueOf: function () {
    throw new Error("valueOf failed");
  },
  toString: function () {
    throw new TypeError("toString failed");
  },
};
try {
  console.log(bad + 1);
} catch (e) {
  console.log("plus:", e.message);
}
try {
  console.log(bad == 1);
} catch (e) {
  console.log("eq:", e.message);
}
try {
  console.log(`${bad}`);
} catch (e) {
  console.log("template:", e.name, e.message);
}
try {
  console.log(bad === bad);
} catch (e) {
  console.log("never");
}
const g = {
  get boom() {
    throw new RangeError("getter threw");
  },
};
try {
  g.boom;
} catch (e) {
  console.log(e.name, e.message);
}
function Fails(x) {
  if (x < 0) throw new Error("negative not allowed");
  this.x = x;
}
try {
  const ok = new Fails(1);
  console.log(ok.x);
  new Fails(-1);
} catch (e) {
  console.log(e.message);
}
const arr = [3, 1, 2];
try {
  arr.map(function (v) {
    return v.missing.deeper;
  });
} catch (e) {
  console.log(e instanceof TypeError);
}
console.log(arr);
