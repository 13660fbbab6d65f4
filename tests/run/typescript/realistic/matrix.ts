// Realistic: an immutable Matrix class with number annotations, static factories, and operator methods.
type Row = readonly number[];
class Matrix {
  private constructor(readonly rows: number, readonly cols: number, private readonly data: number[]) {}
  static from(rows: Row[]): Matrix {
    const r = rows.length;
    const c = r ? rows[0].length : 0;
    const d = new Array<number>(r * c).fill(0);
    rows.forEach((row, i) => {
      if (row.length !== c) throw new RangeError(`row ${i} has ${row.length} cols, expected ${c}`);
      row.forEach((v, j) => (d[i * c + j] = v));
    });
    return new Matrix(r, c, d);
  }
  static identity(n: number): Matrix {
    return Matrix.from(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))));
  }
  at(i: number, j: number): number {
    return this.data[i * this.cols + j];
  }
  map(f: (v: number, i: number, j: number) => number): Matrix {
    const d = new Array<number>(this.data.length).fill(0);
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.cols; j++) d[i * this.cols + j] = f(this.at(i, j), i, j);
    return new Matrix(this.rows, this.cols, d);
  }
  add(o: Matrix): Matrix {
    if (o.rows !== this.rows || o.cols !== this.cols) throw new RangeError("shape mismatch");
    return this.map((v, i, j) => v + o.at(i, j));
  }
  scale(k: number): Matrix {
    return this.map((v) => v * k);
  }
  mul(o: Matrix): Matrix {
    if (this.cols !== o.rows) throw new RangeError(`cannot multiply ${this.shape} by ${o.shape}`);
    const d = new Array<number>(this.rows * o.cols).fill(0);
    for (let i = 0; i < this.rows; i++)
      for (let j = 0; j < o.cols; j++) {
        let s = 0;
        for (let k = 0; k < this.cols; k++) s += this.at(i, k) * o.at(k, j);
        d[i * o.cols + j] = s;
      }
    return new Matrix(this.rows, o.cols, d);
  }
  transpose(): Matrix {
    return Matrix.from(Array.from({ length: this.cols }, (_, j) => Array.from({ length: this.rows }, (_, i) => this.at(i, j))));
  }
  determinant(): number {
    if (this.rows !== this.cols) throw new RangeError("not square");
    if (this.rows === 1) return this.at(0, 0);
    let det = 0;
    for (let j = 0; j < this.cols; j++) {
      const minor = Matrix.from(this.toArray().slice(1).map((r) => r.filter((_, c) => c !== j)));
      det += (j % 2 === 0 ? 1 : -1) * this.at(0, j) * minor.determinant();
    }
    return det;
  }
  get shape(): string {
    return `${this.rows}x${this.cols}`;
  }
  toArray(): number[][] {
    return Array.from({ length: this.rows }, (_, i) => this.data.slice(i * this.cols, (i + 1) * this.cols));
  }
  toString(): string {
    return this.toArray().map((r) => r.map((v) => v.toFixed(1).padStart(6)).join("")).join("\n");
  }
}
const a = Matrix.from([
  [1, 2],
  [3, 4],
]);
const b = Matrix.from([
  [0, 1],
  [1, 0],
]);
console.log(a.mul(b).toArray(), a.add(b).scale(2).toArray());
console.log(String(a.mul(Matrix.identity(2))));
const c = Matrix.from([
  [2, 0, 1],
  [1, 3, 2],
  [1, 1, 1],
]);
console.log(c.determinant(), a.determinant(), c.transpose().shape, c.transpose().at(0, 1));
const tall = Matrix.from([[1], [2], [3]]);
console.log(c.mul(tall).toArray(), tall.transpose().mul(tall).toArray());
for (const bad of [() => a.mul(tall), () => Matrix.from([[1, 2], [3]]), () => tall.determinant()]) {
  try {
    bad();
  } catch (e) {
    console.log((e as RangeError).message);
  }
}
