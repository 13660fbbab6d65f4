// Realistic: a deterministic task scheduler with a generic binary-heap priority queue and enum priorities.
enum Priority {
  Low = 1,
  Normal = 5,
  High = 10,
}
class PriorityQueue<T> {
  private heap: T[] = [];
  constructor(private readonly before: (a: T, b: T) => boolean) {}
  get length(): number {
    return this.heap.length;
  }
  push(x: T): void {
    const h = this.heap;
    h.push(x);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }
  pop(): T | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1,
          r = l + 1;
        let m = i;
        if (l < h.length && this.before(h[l], h[m])) m = l;
        if (r < h.length && this.before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}
interface Task {
  id: number;
  name: string;
  priority: Priority;
  cost: number;
  deps: number[];
}
let seq = 0;
function task(name: string, priority: Priority, cost: number, ...deps: number[]): Task {
  return { id: ++seq, name, priority, cost, deps };
}
const tasks: Task[] = [
  task("fetch", Priority.Normal, 3),
  task("parse", Priority.High, 2, 1),
  task("lint", Priority.Low, 1),
  task("index", Priority.Normal, 4, 2),
  task("report", Priority.High, 1, 3, 4),
  task("notify", Priority.Low, 1, 5),
  task("cleanup", Priority.High, 2),
];
function schedule(all: Task[], workers: number): string[] {
  const log: string[] = [];
  const remaining = new Map(all.map((t) => [t.id, new Set(t.deps)] as [number, Set<number>]));
  const ready = new PriorityQueue<Task>((a, b) => a.priority > b.priority || (a.priority === b.priority && a.id < b.id));
  const running: Array<{ t: Task; end: number }> = [];
  const release = (): void => {
    for (const t of all) if (remaining.get(t.id)?.size === 0) {
      remaining.delete(t.id);
      ready.push(t);
    }
  };
  let clock = 0;
  release();
  while (ready.length || running.length) {
    while (running.length < workers && ready.length) {
      const t = ready.pop()!;
      running.push({ t, end: clock + t.cost });
      log.push(`t=${clock} start ${t.name} (${Priority[t.priority]})`);
    }
    running.sort((a, b) => a.end - b.end || a.t.id - b.t.id);
    const { t, end } = running.shift()!;
    clock = end;
    log.push(`t=${clock} done  ${t.name}`);
    for (const deps of remaining.values()) deps.delete(t.id);
    release();
  }
  return log;
}
console.log(schedule(tasks, 2).join("\n"));
const pq = new PriorityQueue<number>((a, b) => a < b);
[5, 1, 4, 1, 5, 9, 2, 6].forEach((n) => pq.push(n));
const drained: number[] = [];
while (pq.length) drained.push(pq.pop()!);
console.log(drained, pq.pop());
