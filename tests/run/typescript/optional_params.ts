function greet(name: string, greeting?: string): string {
  return (greeting ?? "Hello") + ", " + name;
}
console.log(greet("ann"), greet("bob", "Hi"));
function build(a: number, b?: number, c: number = 10): number[] {
  const out: number[] = [a];
  if (b !== undefined) out.push(b);
  out.push(c);
  return out;
}
console.log(build(1), build(1, 2), build(1, 2, 3), build(1, undefined, 5));
interface Opts {
  verbose?: boolean;
  depth?: number;
}
function run(opts: Opts = {}): string {
  const v = opts.verbose || false;
  const d = opts.depth ?? 1;
  return "verbose=" + v + " depth=" + d;
}
console.log(run(), run({ verbose: true }), run({ depth: 0 }));
const sum = (...nums: number[]): number => nums.reduce((a, b) => a + b, 0);
console.log(sum(), sum(1, 2, 3));
function cb(f?: (x: number) => number): number {
  return f ? f(2) : -1;
}
console.log(cb(), cb((x) => x * 50));
