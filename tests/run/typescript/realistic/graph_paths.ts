// Realistic: a generic weighted graph with BFS, Dijkstra shortest paths, and cycle detection via typed maps.
class Graph<N extends string | number> {
  private adj = new Map<N, Map<N, number>>();
  constructor(private readonly directed: boolean = false) {}
  addEdge(a: N, b: N, w: number = 1): this {
    this.node(a).set(b, w);
    if (!this.directed) this.node(b).set(a, w);
    else this.node(b);
    return this;
  }
  private node(n: N): Map<N, number> {
    let m = this.adj.get(n);
    if (!m) this.adj.set(n, (m = new Map()));
    return m;
  }
  bfs(start: N): N[] {
    const seen = new Set<N>([start]);
    const queue: N[] = [start];
    const order: N[] = [];
    while (queue.length) {
      const n = queue.shift()!;
      order.push(n);
      for (const m of this.adj.get(n)?.keys() ?? []) {
        if (!seen.has(m)) {
          seen.add(m);
          queue.push(m);
        }
      }
    }
    return order;
  }
  shortest(from: N, to: N): { dist: number; path: N[] } | null {
    const dist = new Map<N, number>([[from, 0]]);
    const prev = new Map<N, N>();
    const done = new Set<N>();
    while (true) {
      let best: N | undefined;
      for (const [n, d] of dist) if (!done.has(n) && (best === undefined || d < dist.get(best)!)) best = n;
      if (best === undefined) return null;
      if (best === to) break;
      done.add(best);
      for (const [m, w] of this.adj.get(best) ?? []) {
        const nd = dist.get(best)! + w;
        if (nd < (dist.get(m) ?? Infinity)) {
          dist.set(m, nd);
          prev.set(m, best);
        }
      }
    }
    const path: N[] = [to];
    while (path[0] !== from) path.unshift(prev.get(path[0])!);
    return { dist: dist.get(to)!, path };
  }
  hasCycle(): boolean {
    const state = new Map<N, 1 | 2>();
    const visit = (n: N, parent?: N): boolean => {
      state.set(n, 1);
      for (const m of this.adj.get(n)!.keys()) {
        if (!this.directed && m === parent) continue;
        if (state.get(m) === 1) return true;
        if (!state.has(m) && visit(m, n)) return true;
      }
      state.set(n, 2);
      return false;
    };
    return [...this.adj.keys()].some((n) => !state.has(n) && visit(n));
  }
}
const city = new Graph<string>()
  .addEdge("A", "B", 4)
  .addEdge("A", "C", 2)
  .addEdge("C", "B", 1)
  .addEdge("B", "D", 5)
  .addEdge("C", "D", 8)
  .addEdge("D", "E", 3)
  .addEdge("X", "Y");
console.log(city.bfs("A").join(" "), city.bfs("X").join(" "));
console.log(city.shortest("A", "E"), city.shortest("E", "C"), city.shortest("A", "Y"));
const dag = new Graph<number>(true).addEdge(1, 2).addEdge(2, 3).addEdge(1, 3);
console.log(dag.hasCycle(), dag.addEdge(3, 1).hasCycle(), city.hasCycle());
console.log(new Graph<number>().addEdge(1, 2).addEdge(2, 3).hasCycle());
