// dxc: exit=1
try {
  throw new RangeError("first");
} catch (e) {
  console.log("caught", e.name);
  throw e;
}
