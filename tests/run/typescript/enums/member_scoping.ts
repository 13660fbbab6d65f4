// Enum member names are in scope inside later initializers, across merged declarations, and shadow outer names.
const A = 1000;
enum E {
  A = 1,
  B = A + 1,
  C = B * 10,
}
enum E {
  D = A + C,
}
console.log(E.A, E.B, E.C, E.D, E[31]);
const Outer = 5;
enum F {
  X = Outer * 2,
  Y = X + Outer,
}
console.log(F.X, F.Y);
enum G {
  First = "first".length,
  Second = First << 2,
  Third = E.C + Second,
}
console.log(G.First, G.Second, G.Third, G[40]);
enum H {
  a = "x",
  b = `${a}-y`,
}
console.log(H.a, H.b);
