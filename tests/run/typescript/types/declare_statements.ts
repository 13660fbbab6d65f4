// `declare` variables, functions, classes, modules and globals emit nothing.
declare var process2: { env: Record<string, string> };
declare let maybeGlobal: number;
declare const VERSION: string;
declare function require2(id: string): unknown;
declare class Widget {
  constructor(id: string);
  render(): void;
}
declare module "fake-module" {
  export const x: number;
}
interface Array<T> {
  customMethod?(): void;
}
declare namespace NS {
  let counter: number;
}
type W = Widget;
let w: W | undefined;
console.log(w, typeof (globalThis as any).Widget, typeof (globalThis as any).VERSION);
console.log([1, 2].customMethod === undefined);
function useIt(x: typeof VERSION | undefined): string {
  return x === undefined ? "no version" : x;
}
console.log(useIt(undefined));
console.log(typeof (globalThis as any).NS, typeof (globalThis as any).maybeGlobal);
