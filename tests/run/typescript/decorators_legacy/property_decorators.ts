// Legacy property decorators get (prototype, key) only; commonly used to register metadata.
const registry = new Map<string, string[]>();
function field(target: any, key: string): void {
  const name = target.constructor.name;
  if (!registry.has(name)) registry.set(name, []);
  registry.get(name)!.push(key);
}
function staticField(target: any, key: string): void {
  console.log("static", key, "on", target.name, typeof target);
}
function defaultTo(value: unknown) {
  return function (target: any, key: string): any {
    Object.defineProperty(target, key, {
      get() {
        return this["__" + key] ?? value;
      },
      set(v) {
        this["__" + key] = v;
      },
      configurable: true,
    });
  };
}
class Model {
  @field id: number = 0;
  @field name: string = "";
  notTracked = true;
  @staticField static table = "models";
}
class User extends Model {
  @field email?: string;
}
console.log([...registry.entries()]);
console.log(new User(), Model.table);
class Settings {
  @defaultTo("dark") theme?: string;
  @defaultTo(12) size?: number;
}
const s = new Settings();
console.log(Object.keys(s), s.theme, s.size);
const t = new Settings();
(t as any).__theme = "light";
console.log(t.theme);
