// Non-null assertions `!` in member chains, calls, assignments and compound assignments.
interface Node {
  value: number;
  next?: Node;
}
const list: Node = { value: 1, next: { value: 2, next: { value: 3 } } };
console.log(list.next!.next!.value);
const m = new Map<string, number[]>();
m.set("a", [1]);
m.get("a")!.push(2);
console.log(m.get("a")!);
let maybe: number | undefined = 5;
maybe! += 10;
console.log(maybe);
const o: { n?: number } = { n: 1 };
o.n!++;
console.log(o.n);
const fns: { f?: () => string } = { f: () => "called" };
console.log(fns.f!());
const arr: (number | null)[] = [4, null];
console.log(arr[0]! * 2);
const nested = { a: { b: { c: "deep" } } } as { a?: { b?: { c?: string } } };
console.log(nested.a!.b!.c!.length);
let s: string | null = "x";
const t = s!;
console.log(t, s!!);
function find(id: number): { name: string } | undefined {
  return id === 1 ? { name: "one" } : undefined;
}
console.log(find(1)!.name);
try {
  console.log(find(2)!.name);
} catch (e) {
  console.log("TypeError?", e instanceof TypeError);
}
const key = "n" as const;
const holder: Record<string, number | undefined> = { n: 3 };
console.log(holder[key]! ** 2);
