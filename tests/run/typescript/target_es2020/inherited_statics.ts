// target ES2020: static and instance fields are assignments; base accessors and own keys reflect it.
class Settings {
  static store: Record<string, string> = {};
  static set theme(v: string) {
    Settings.store.theme = v;
  }
  static get theme(): string {
    return Settings.store.theme ?? "none";
  }
}
class DarkSettings extends Settings {
  static theme = "dark";
}
console.log(Settings.theme, DarkSettings.theme, Object.keys(DarkSettings));
abstract class Entity {
  id = 0;
  abstract kind: string;
  created?: number;
}
class User extends Entity {
  kind = "user";
  name: string;
  constructor(name: string) {
    super();
    this.name = name;
  }
}
const u = new User("lee");
console.log(u, Object.keys(u));
class Vec {
  declare readonly dims: number;
  x = 0;
  y = 0;
}
Object.defineProperty(Vec.prototype, "dims", { value: 2 });
console.log(new Vec().dims, Object.keys(new Vec()));
