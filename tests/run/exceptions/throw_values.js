const values = [42, "str", true, null, undefined, { code: 1 }, [1, 2], 0];
for (let i = 0; i < values.length; i++) {
  try {
    throw values[i];
  } catch (e) {
    console.log(typeof e, e);
  }
}
function thrower() {
  throw { kind: "custom", detail: "details" };
}
try {
  thrower();
} catch (e) {
  console.log(e.kind, e.detail);
}
try {
  try {
    throw 1;
  } catch (e) {
    throw e + 1;
  }
} catch (e) {
  console.log("rethrown", e);
}
const f = () => {
  throw new Error("from arrow");
};
try {
  f();
} catch (e) {
  console.log(e.message);
}
