function ok() {
  return 1;
}
var o = { x: 1 };
with (o) {
  console.log(x);
}
console.log(ok());
