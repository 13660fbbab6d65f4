// Built-in utility types (Partial, Required, Omit, ReturnType, Parameters, ...) only in annotations.
interface Todo {
  title: string;
  done: boolean;
  tags?: string[];
}
function update(t: Todo, patch: Partial<Todo>): Todo {
  return { ...t, ...patch };
}
const t1: Todo = { title: "write", done: false };
console.log(update(t1, { done: true }));
const full: Required<Todo> = { title: "x", done: true, tags: [] };
const preview: Omit<Todo, "tags"> = { title: "p", done: false };
const titles: Record<"a" | "b", Pick<Todo, "title">> = { a: { title: "A" }, b: { title: "B" } };
console.log(full, preview, titles);
function make(a: number, b: string): { a: number; b: string } {
  return { a, b };
}
type R = ReturnType<typeof make>;
type P = Parameters<typeof make>;
const args: P = [1, "x"];
const r: R = make(...args);
console.log(r);
type NN = NonNullable<string | null | undefined>;
const nn: NN = "nn";
type Ex = Exclude<"a" | "b" | "c", "a">;
type Ext = Extract<"a" | "b", "b" | "z">;
const ex: Ex[] = ["b", "c"];
const ext: Ext = "b";
console.log(nn, ex, ext);
class K {
  constructor(public v: number) {}
}
type KI = InstanceType<typeof K>;
type KP = ConstructorParameters<typeof K>;
const kp: KP = [9];
const ki: KI = new K(...kp);
console.log(ki);
const up: Uppercase<"abc"> = "ABC";
const ro: ReadonlyArray<Lowercase<"X">> = ["x"];
console.log(up, ro);
