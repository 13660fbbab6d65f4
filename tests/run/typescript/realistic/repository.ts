// Realistic: a generic in-memory repository with constrained entity types, queries and sorting.
interface Entity {
  id: number;
}
type Query<T> = { [K in keyof T]?: T[K] | ((v: T[K]) => boolean) };
type SortSpec<T> = { key: keyof T; dir?: "asc" | "desc" };
class Repository<T extends Entity> {
  private rows = new Map<number, T>();
  private nextId = 1;
  insert(data: Omit<T, "id">): T {
    const row = { ...data, id: this.nextId++ } as T;
    this.rows.set(row.id, row);
    return row;
  }
  update(id: number, patch: Partial<Omit<T, "id">>): T | undefined {
    const row = this.rows.get(id);
    if (!row) return undefined;
    const next = { ...row, ...patch };
    this.rows.set(id, next);
    return next;
  }
  remove(id: number): boolean {
    return this.rows.delete(id);
  }
  find(q: Query<T> = {}, sort?: SortSpec<T>): T[] {
    const keys = Object.keys(q) as Array<keyof T>;
    const out = [...this.rows.values()].filter((row) =>
      keys.every((k) => {
        const cond = q[k];
        return typeof cond === "function" ? (cond as (v: T[keyof T]) => boolean)(row[k]) : row[k] === cond;
      })
    );
    if (sort) {
      const m = sort.dir === "desc" ? -1 : 1;
      out.sort((a, b) => (a[sort.key] < b[sort.key] ? -m : a[sort.key] > b[sort.key] ? m : 0));
    }
    return out;
  }
  count(): number {
    return this.rows.size;
  }
}
interface User extends Entity {
  name: string;
  age: number;
  role: "admin" | "user";
}
const users = new Repository<User>();
users.insert({ name: "ann", age: 31, role: "admin" });
users.insert({ name: "bob", age: 25, role: "user" });
users.insert({ name: "cid", age: 42, role: "user" });
users.insert({ name: "dee", age: 19, role: "user" });
const names = (rs: User[]): string => rs.map((r) => `${r.id}:${r.name}`).join(" ");
console.log(names(users.find({ role: "user" }, { key: "age" })));
console.log(names(users.find({ age: (a) => a > 20 }, { key: "name", dir: "desc" })));
console.log(users.update(2, { age: 26 }), users.update(9, { age: 1 }));
console.log(users.remove(1), users.remove(1), users.count());
console.log(names(users.find()));
interface Note extends Entity {
  text: string;
}
const notes = new Repository<Note>();
console.log(notes.insert({ text: "first" }), notes.find({ text: "first" }).length);
