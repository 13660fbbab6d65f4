// Static initialization blocks with typed locals, private statics, and evaluation order.
class Config {
  static values: Map<string, number>;
  static #secret: number;
  static readonly order: string[] = [];
  static {
    const entries: Array<[string, number]> = [
      ["a", 1],
      ["b", 2],
    ];
    Config.values = new Map(entries);
    Config.#secret = entries.length * 100;
    this.order.push("block1");
  }
  static later: string = (Config.order.push("field"), "later");
  static {
    this.order.push("block2");
  }
  static secret(): number {
    return Config.#secret;
  }
}
console.log([...Config.values.entries()], Config.secret(), Config.order, Config.later);
class Derived extends Config {
  static extra: number;
  static {
    Derived.extra = super.secret() + 1;
  }
}
console.log(Derived.extra, Derived.values.size);
let leaked: (() => number) | undefined;
class Priv {
  #x: number = 5;
  static {
    leaked = () => new Priv().#x;
  }
}
console.log(leaked!());
