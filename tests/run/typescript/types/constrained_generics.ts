// Generic constraints, conditional and mapped types used only in annotations.
type Nullable<T> = { [K in keyof T]: T[K] | null };
type Getters<T> = { [K in keyof T as `get${Capitalize<string & K>}`]: () => T[K] };
type ElementOf<T> = T extends readonly (infer E)[] ? E : never;
type IsString<T> = T extends string ? true : false;
type NonFn<T> = { [K in keyof T]: T[K] extends Function ? never : K }[keyof T];
interface Person {
  name: string;
  age: number;
  greet(): string;
}
function getters<T extends object>(o: T): Getters<T> {
  const out: Record<string, () => unknown> = {};
  for (const k of Object.keys(o)) {
    out["get" + k[0].toUpperCase() + k.slice(1)] = () => (o as any)[k];
  }
  return out as Getters<T>;
}
const gs = getters({ name: "Ann", age: 33 });
console.log(gs.getName(), gs.getAge(), Object.keys(gs));
const n: Nullable<Pick<Person, "name" | "age">> = { name: null, age: 5 };
console.log(n);
const e: ElementOf<number[]> = 3;
const yes: IsString<"x"> = true;
const key: NonFn<Person> = "age";
console.log(e, yes, key);
function longest<T extends { length: number }>(...xs: T[]): T {
  return xs.reduce((a, b) => (b.length > a.length ? b : a));
}
console.log(longest("a", "abc", "ab"), longest([1], [1, 2, 3]));
function prop<T, K extends keyof T>(o: T, k: K): T[K] {
  return o[k];
}
console.log(prop({ q: [1, 2] }, "q"));
type Awaitedish<T> = T extends { then(f: (v: infer V) => void): void } ? V : T;
const aw: Awaitedish<number> = 1;
console.log(aw);
