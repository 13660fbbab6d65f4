// target ES2020 implies useDefineForClassFields=false: derived fields run base setters.
class Model {
  changes: string[] = [];
  private _title = "";
  set title(v: string) {
    this.changes.push("title:" + v);
    this._title = v;
  }
  get title(): string {
    return "<" + this._title + ">";
  }
}
class Post extends Model {
  title = "hello";
  body?: string;
}
const p = new Post();
console.log(p.title, p.changes, Object.keys(p));
console.log("body" in p, p.hasOwnProperty("title"));
class Counter {
  count = 0;
  step: number;
  constructor(step?: number) {
    if (step !== undefined) this.step = step;
  }
}
console.log(Object.keys(new Counter()), Object.keys(new Counter(2)));
