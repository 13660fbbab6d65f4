// Realistic: an order-processing state machine driven by enums and a typed transition table.
enum State {
  Created,
  Paid,
  Shipped,
  Delivered,
  Cancelled,
}
enum Action {
  Pay = "pay",
  Ship = "ship",
  Deliver = "deliver",
  Cancel = "cancel",
}
type Transitions = { [S in State]?: Partial<Record<Action, State>> };
const table: Transitions = {
  [State.Created]: { [Action.Pay]: State.Paid, [Action.Cancel]: State.Cancelled },
  [State.Paid]: { [Action.Ship]: State.Shipped, [Action.Cancel]: State.Cancelled },
  [State.Shipped]: { [Action.Deliver]: State.Delivered },
};
interface HistoryEntry {
  from: State;
  action: Action;
  to: State | null;
}
class Order {
  private state: State = State.Created;
  readonly history: HistoryEntry[] = [];
  constructor(public readonly id: number) {}
  get current(): string {
    return State[this.state];
  }
  dispatch(action: Action): boolean {
    const next = table[this.state]?.[action];
    this.history.push({ from: this.state, action, to: next ?? null });
    if (next === undefined) return false;
    this.state = next;
    return true;
  }
  get terminal(): boolean {
    return this.state === State.Delivered || this.state === State.Cancelled;
  }
}
const scripts: Action[][] = [
  [Action.Pay, Action.Ship, Action.Deliver],
  [Action.Ship, Action.Pay, Action.Cancel, Action.Pay],
  [Action.Cancel],
  [Action.Pay, Action.Ship, Action.Cancel, Action.Deliver, Action.Deliver],
];
scripts.forEach((script, i) => {
  const o = new Order(i + 1);
  const results = script.map((a) => `${a}:${o.dispatch(a) ? "ok" : "rejected"}`);
  console.log(`order ${o.id} -> ${o.current} (terminal=${o.terminal}) ${results.join(" ")}`);
});
const o = new Order(99);
o.dispatch(Action.Pay);
o.dispatch(Action.Deliver);
for (const h of o.history) {
  console.log(State[h.from], h.action, h.to === null ? "-" : State[h.to]);
}
const reachable = new Set<State>([State.Created]);
let changed = true;
while (changed) {
  changed = false;
  for (const s of [...reachable]) {
    for (const t of Object.values(table[s] ?? {})) {
      if (t !== undefined && !reachable.has(t)) {
        reachable.add(t);
        changed = true;
      }
    }
  }
}
console.log([...reachable].sort().map((s) => State[s]).join(","));
