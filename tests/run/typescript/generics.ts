function identity<T>(x: T): T {
  return x;
}
console.log(identity<number>(5), identity("s"), identity<boolean>(true));
function first<T>(arr: T[]): T | undefined {
  return arr.length ? arr[0] : undefined;
}
console.log(first([3, 4]), first<string>([]));
function mapArr<T, U>(arr: T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < arr.length; i++) out.push(f(arr[i], i));
  return out;
}
console.log(mapArr([1, 2, 3], (x: number): string => "n" + x));
interface Box<T> {
  value: T;
  map<U>(f: (v: T) => U): Box<U>;
}
function box<T>(v: T): Box<T> {
  return {
    value: v,
    map<U>(f: (v: T) => U): Box<U> {
      return box(f(v));
    },
  };
}
console.log(box(20).map((x) => x + 1).map((x) => "v=" + x).value);
function longest<T extends { length: number }>(a: T, b: T): T {
  return a.length >= b.length ? a : b;
}
console.log(longest("abc", "de"), longest([1], [1, 2]));
const pairUp = <A, B>(a: A, b: B): [A, B] => [a, b];
console.log(pairUp<string, number>("x", 1));
function keysOf<T extends object>(o: T): Array<keyof T> {
  return Object.keys(o) as Array<keyof T>;
}
console.log(keysOf({ p: 1, q: 2 }));
