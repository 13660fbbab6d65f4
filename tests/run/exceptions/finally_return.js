function a() {
  try {
    return "try";
  } finally {
    console.log("a finally");
  }
}
console.log(a());
function b() {
  try {
    return "try";
  } finally {
    return "finally";
  }
}
console.log(b());
function c() {
  try {
    throw new Error("lost");
  } finally {
    return "finally swallowed";
  }
}
console.log(c());
function d() {
  let x = 1;
  try {
    return x;
  } finally {
    x = 2;
  }
}
console.log(d());
function e() {
  const o = { v: 1 };
  try {
    return o;
  } finally {
    o.v = 2;
  }
}
console.log(e().v);
