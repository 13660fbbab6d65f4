// Realistic: a generic binary search tree with a comparator, traversal generators and removal.
type Comparator<K> = (a: K, b: K) => number;
interface TreeNode<K, V> {
  key: K;
  value: V;
  left?: TreeNode<K, V>;
  right?: TreeNode<K, V>;
}
class BST<K, V> {
  private root?: TreeNode<K, V>;
  private count = 0;
  constructor(private readonly cmp: Comparator<K>) {}
  set(key: K, value: V): void {
    const insert = (n: TreeNode<K, V> | undefined): TreeNode<K, V> => {
      if (!n) {
        this.count++;
        return { key, value };
      }
      const c = this.cmp(key, n.key);
      if (c < 0) n.left = insert(n.left);
      else if (c > 0) n.right = insert(n.right);
      else n.value = value;
      return n;
    };
    this.root = insert(this.root);
  }
  get(key: K): V | undefined {
    let n = this.root;
    while (n) {
      const c = this.cmp(key, n.key);
      if (c === 0) return n.value;
      n = c < 0 ? n.left : n.right;
    }
    return undefined;
  }
  delete(key: K): boolean {
    let found = false;
    const del = (n: TreeNode<K, V> | undefined, k: K): TreeNode<K, V> | undefined => {
      if (!n) return undefined;
      const c = this.cmp(k, n.key);
      if (c < 0) n.left = del(n.left, k);
      else if (c > 0) n.right = del(n.right, k);
      else {
        found = true;
        if (!n.left) return n.right;
        if (!n.right) return n.left;
        let m = n.right;
        while (m.left) m = m.left;
        n.key = m.key;
        n.value = m.value;
        n.right = del(n.right, m.key);
      }
      return n;
    };
    this.root = del(this.root, key);
    if (found) this.count--;
    return found;
  }
  get size(): number {
    return this.count;
  }
  height(): number {
    const h = (n?: TreeNode<K, V>): number => (n ? 1 + Math.max(h(n.left), h(n.right)) : 0);
    return h(this.root);
  }
  *inOrder(n: TreeNode<K, V> | undefined = this.root): Generator<[K, V]> {
    if (!n) return;
    if (n.left) yield* this.inOrder(n.left);
    yield [n.key, n.value];
    if (n.right) yield* this.inOrder(n.right);
  }
  *preOrder(n = this.root): Generator<K> {
    if (!n) return;
    yield n.key;
    if (n.left) yield* this.preOrder(n.left);
    if (n.right) yield* this.preOrder(n.right);
  }
}
const t = new BST<number, string>((a, b) => a - b);
for (const k of [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]) t.set(k, "v" + k);
t.set(40, "forty");
console.log(t.size, t.height(), t.get(40), t.get(99));
console.log([...t.preOrder()].join(" "));
console.log(t.delete(30), t.delete(30), t.delete(50), t.size);
console.log([...t.inOrder()].map(([k, v]) => `${k}=${v}`).join(" "));
console.log([...t.preOrder()].join(" "), t.height());
const words = new BST<string, number>((a, b) => (a < b ? -1 : a > b ? 1 : 0));
"the quick brown fox jumps over the lazy dog the end".split(" ").forEach((w) => words.set(w, (words.get(w) ?? 0) + 1));
console.log(JSON.stringify([...words.inOrder()]));
