// Realistic: a typed event emitter keyed by an event map, with once(), off() and listener counts.
type EventMap = Record<string, unknown[]>;
type Listener<A extends unknown[]> = (...args: A) => void;
class Emitter<E extends EventMap> {
  private listeners: { [K in keyof E]?: Array<{ fn: Listener<E[K]>; once: boolean }> } = {};
  on<K extends keyof E>(event: K, fn: Listener<E[K]>): () => void {
    (this.listeners[event] ??= []).push({ fn, once: false });
    return () => this.off(event, fn);
  }
  once<K extends keyof E>(event: K, fn: Listener<E[K]>): void {
    (this.listeners[event] ??= []).push({ fn, once: true });
  }
  off<K extends keyof E>(event: K, fn: Listener<E[K]>): boolean {
    const list = this.listeners[event];
    if (!list) return false;
    const i = list.findIndex((l) => l.fn === fn);
    if (i < 0) return false;
    list.splice(i, 1);
    return true;
  }
  emit<K extends keyof E>(event: K, ...args: E[K]): number {
    const list = this.listeners[event];
    if (!list || list.length === 0) return 0;
    const snapshot = [...list];
    this.listeners[event] = list.filter((l) => !l.once);
    for (const l of snapshot) l.fn(...args);
    return snapshot.length;
  }
  count(event: keyof E): number {
    return this.listeners[event]?.length ?? 0;
  }
}
interface ChatEvents extends EventMap {
  message: [from: string, text: string];
  join: [user: string];
  leave: [user: string, reason?: string];
}
const chat = new Emitter<ChatEvents>();
const users = new Set<string>();
chat.on("join", (u) => {
  users.add(u);
  console.log(`+ ${u} (${users.size} online)`);
});
chat.on("leave", (u, reason = "quit") => {
  users.delete(u);
  console.log(`- ${u}: ${reason}`);
});
const unsub = chat.on("message", (from, text) => console.log(`[${from}] ${text}`));
chat.once("message", (from) => console.log(`first message was from ${from}`));
chat.emit("join", "ann");
chat.emit("join", "bob");
console.log(chat.emit("message", "ann", "hello"), chat.emit("message", "bob", "hey"));
unsub();
console.log(chat.emit("message", "ann", "anyone?"), chat.count("message"));
chat.emit("leave", "bob");
chat.emit("leave", "ann", "timeout");
console.log([...users], chat.count("join"), chat.off("join", () => {}));
