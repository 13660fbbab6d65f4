// Realistic: a text editor buffer with the command pattern, undo/redo stacks, and typed command classes.
interface Command {
  readonly name: string;
  execute(doc: Doc): void;
  undo(doc: Doc): void;
}
class Doc {
  text = "";
}
class Insert implements Command {
  readonly name = "insert";
  constructor(private readonly pos: number, private readonly s: string) {}
  execute(d: Doc): void {
    d.text = d.text.slice(0, this.pos) + this.s + d.text.slice(this.pos);
  }
  undo(d: Doc): void {
    d.text = d.text.slice(0, this.pos) + d.text.slice(this.pos + this.s.length);
  }
}
class Delete implements Command {
  readonly name = "delete";
  private removed = "";
  constructor(private readonly pos: number, private readonly len: number) {}
  execute(d: Doc): void {
    this.removed = d.text.slice(this.pos, this.pos + this.len);
    d.text = d.text.slice(0, this.pos) + d.text.slice(this.pos + this.len);
  }
  undo(d: Doc): void {
    d.text = d.text.slice(0, this.pos) + this.removed + d.text.slice(this.pos);
  }
}
class Macro implements Command {
  readonly name: string;
  constructor(private readonly cmds: Command[]) {
    this.name = "macro(" + cmds.map((c) => c.name).join(",") + ")";
  }
  execute(d: Doc): void {
    for (const c of this.cmds) c.execute(d);
  }
  undo(d: Doc): void {
    for (const c of [...this.cmds].reverse()) c.undo(d);
  }
}
class Editor {
  readonly doc = new Doc();
  private undos: Command[] = [];
  private redos: Command[] = [];
  run(c: Command): this {
    c.execute(this.doc);
    this.undos.push(c);
    this.redos.length = 0;
    return this;
  }
  undo(): string | null {
    const c = this.undos.pop();
    if (!c) return null;
    c.undo(this.doc);
    this.redos.push(c);
    return c.name;
  }
  redo(): string | null {
    const c = this.redos.pop();
    if (!c) return null;
    c.execute(this.doc);
    this.undos.push(c);
    return c.name;
  }
  get state(): string {
    return JSON.stringify(this.doc.text) + ` [undo:${this.undos.length} redo:${this.redos.length}]`;
  }
}
const ed = new Editor();
ed.run(new Insert(0, "hello")).run(new Insert(5, " world")).run(new Delete(0, 1)).run(new Insert(0, "J"));
console.log(ed.state);
console.log(ed.undo(), ed.undo(), ed.state);
console.log(ed.redo(), ed.state);
ed.run(new Macro([new Delete(5, 6), new Insert(5, ", there"), new Insert(12, "!")]));
console.log(ed.state, ed.redo());
console.log(ed.undo(), ed.state);
while (ed.undo() !== null);
console.log(ed.state);
while (ed.redo() !== null);
console.log(ed.state);
