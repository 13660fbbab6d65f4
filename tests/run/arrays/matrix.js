function makeMatrix(r, c, f) {
  const m = [];
  for (let i = 0; i < r; i++) {
    const row = [];
    for (let j = 0; j < c; j++) row.push(f(i, j));
    m.push(row);
  }
  return m;
}
const A = makeMatrix(2, 3, (i, j) => i + j);
const B = makeMatrix(3, 2, (i, j) => i * 2 + j);
console.log(A, B);
function mul(x, y) {
  return makeMatrix(x.length, y[0].length, function (i, j) {
    let s = 0;
    for (let k = 0; k < y.length; k++) s += x[i][k] * y[k][j];
    return s;
  });
}
console.log(mul(A, B));
function transpose(m) {
  return m[0].map((_, j) => m.map(row => row[j]));
}
console.log(transpose(A));
const grid = makeMatrix(4, 4, (i, j) => (i === j ? 1 : 0));
console.log(grid.map(r => r.join("")).join("\n"));
const deep = [[[1, 2], [3, 4]], [[5, 6], [7, 8]]];
console.log(deep);
console.log(deep[1][0][1]);
