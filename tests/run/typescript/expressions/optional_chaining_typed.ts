// Optional chaining and nullish coalescing mixed with `!`, `as` and typed optional members.
interface Addr {
  city?: string;
  zip?: number;
}
interface User {
  name: string;
  addr?: Addr;
  tags?: string[];
  greet?(): string;
  friends?: User[];
}
const users: User[] = [
  { name: "a", addr: { city: "Oslo" }, tags: ["x"], greet: () => "hi from a" },
  { name: "b", friends: [{ name: "c", addr: { zip: 123 } }] },
  { name: "d" },
];
for (const u of users) {
  console.log(u.name, u.addr?.city ?? "-", u.tags?.[0] ?? "-", u.greet?.() ?? "-", u.friends?.[0]?.addr?.zip ?? "-");
}
const maybeFn: ((x: number) => number) | undefined = undefined;
console.log(maybeFn?.(5));
const u = users[1];
console.log((u.friends as User[] | undefined)?.length, u.friends?.[0]!.name);
console.log(u?.addr?.city?.toUpperCase());
let cfg: { retries?: number | null } = { retries: 0 };
console.log(cfg.retries ?? 3, cfg.retries || 3);
cfg.retries = null;
console.log(cfg.retries ?? 3);
cfg.retries ??= 7;
console.log(cfg.retries);
const deep = { a: { b: null as null | { c: number } } };
console.log(deep.a.b?.c, deep.a?.["b"]?.c);
const arr: number[] | undefined = [1, 2];
console.log(arr?.map((x) => x * 2)?.join("+"));
