// Heterogeneous enums mixing string and numeric members.
enum Answer {
  No = 0,
  Yes = "YES",
  Maybe = 5,
  Later,
}
console.log(Answer.No, Answer.Yes, Answer.Maybe, Answer.Later);
console.log(Answer[0], Answer[5], Answer[6], (Answer as any)["YES"]);
console.log(Object.keys(Answer));
console.log(Object.entries(Answer).length);
function show(a: Answer): string {
  return typeof a === "string" ? "str:" + a : "num:" + a;
}
console.log(show(Answer.No), show(Answer.Yes), show(Answer.Later));
enum E {
  A = "a",
  B = 1,
  C,
  D = "d",
}
console.log(E.A, E.B, E.C, E.D, E[2]);
console.log(JSON.stringify(E));
