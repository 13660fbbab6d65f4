function ft(n) {
  const out = [];
  switch (n) {
    case 0:
      out.push("zero");
    case 1:
      out.push("one");
    default:
      out.push("default");
    case 2:
      out.push("two");
      break;
    case 3:
      out.push("three");
  }
  return out.join(" ");
}
console.log(ft(0));
console.log(ft(1));
console.log(ft(2));
console.log(ft(3));
console.log(ft(99));
function grade(score) {
  switch (true) {
    case score >= 90:
      return "A";
    case score >= 80:
      return "B";
    default:
      return "F";
  }
}
console.log(grade(95), grade(85), grade(10));
for (let i = 0; i < 4; i++) {
  switch (i) {
    case 1:
      continue;
    case 2:
      console.log("two, breaking switch");
      break;
    default:
      console.log("default", i);
  }
  console.log("end iter", i);
}
