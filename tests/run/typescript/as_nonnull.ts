const raw: unknown = "hello";
const s = raw as string;
console.log(s.length);
const n = ("42" as unknown) as number;
console.log(typeof n, n);
function find(ok: boolean): string | null {
  return ok ? "present" : null;
}
const maybe = find(true);
console.log(maybe!.toUpperCase());
const arr: number[] | undefined = [1, 2, 3];
console.log(arr!.length, arr![1]);
const obj: { inner?: { v: number } } = { inner: { v: 7 } };
console.log(obj.inner!.v);
let later!: number;
later = 3;
console.log(later);
const el = { tag: "div" } as any;
console.log(el.tag);
const nums = [1, 2, 3] as const;
console.log(nums);
const conf = { mode: "fast", level: 2 } satisfies { mode: string; level: number };
console.log(conf.mode, conf.level);
function len(x: string | number[]): number {
  return (x as string).length;
}
console.log(len("abcd"), len([1, 2]));
