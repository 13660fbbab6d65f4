// Realistic: a typed dependency-injection container with tokens, lifetimes and constructor-typed factories.
class Token<T> {
  private declare readonly _type: T;
  constructor(readonly name: string) {}
  toString(): string {
    return `Token(${this.name})`;
  }
}
enum Lifetime {
  Singleton,
  Transient,
}
type Factory<T> = (c: Container) => T;
class Container {
  private providers = new Map<Token<unknown>, { factory: Factory<unknown>; lifetime: Lifetime }>();
  private singletons = new Map<Token<unknown>, unknown>();
  private resolving: string[] = [];
  register<T>(token: Token<T>, factory: Factory<T>, lifetime: Lifetime = Lifetime.Singleton): this {
    this.providers.set(token, { factory, lifetime });
    return this;
  }
  resolve<T>(token: Token<T>): T {
    const p = this.providers.get(token);
    if (!p) throw new Error(`no provider for ${token}`);
    if (p.lifetime === Lifetime.Singleton && this.singletons.has(token)) return this.singletons.get(token) as T;
    if (this.resolving.includes(token.name)) throw new Error(`cycle: ${[...this.resolving, token.name].join(" -> ")}`);
    this.resolving.push(token.name);
    try {
      const v = p.factory(this) as T;
      if (p.lifetime === Lifetime.Singleton) this.singletons.set(token, v);
      return v;
    } finally {
      this.resolving.pop();
    }
  }
}
interface Logger {
  lines: string[];
  log(msg: string): void;
}
interface Config {
  readonly dbUrl: string;
  readonly retries: number;
}
let dbCount = 0;
class Database {
  readonly id = ++dbCount;
  constructor(private cfg: Config, private logger: Logger) {
    logger.log(`db#${this.id} connect ${cfg.dbUrl}`);
  }
  query(sql: string): string {
    this.logger.log(`db#${this.id} ${sql}`);
    return `rows(${sql.length})`;
  }
}
class UserService {
  constructor(private db: Database, private logger: Logger) {}
  find(id: number): string {
    return this.db.query(`select * from users where id=${id}`);
  }
}
const T = {
  logger: new Token<Logger>("logger"),
  config: new Token<Config>("config"),
  db: new Token<Database>("db"),
  users: new Token<UserService>("users"),
  a: new Token<unknown>("a"),
  b: new Token<unknown>("b"),
};
const c = new Container()
  .register(T.logger, () => ({ lines: [] as string[], log(m: string) { this.lines.push(m); } }))
  .register(T.config, () => ({ dbUrl: "mem://test", retries: 3 }))
  .register(T.db, (c) => new Database(c.resolve(T.config), c.resolve(T.logger)))
  .register(T.users, (c) => new UserService(c.resolve(T.db), c.resolve(T.logger)), Lifetime.Transient)
  .register(T.a, (c) => c.resolve(T.b))
  .register(T.b, (c) => c.resolve(T.a));
const u1 = c.resolve(T.users);
const u2 = c.resolve(T.users);
console.log(u1 === u2, u1.find(1), u2.find(22), dbCount);
console.log(c.resolve(T.logger).lines);
for (const tok of [T.a, new Token<number>("missing")]) {
  try {
    c.resolve(tok);
  } catch (e) {
    console.log((e as Error).message);
  }
}
console.log(String(T.db), Object.keys(T.db));
