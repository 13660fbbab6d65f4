// Legacy class decorators replacing a class: references to the class inside its body see the replacement.
function register(registry: string[]) {
  return function <T extends new (...a: any[]) => object>(ctor: T): T {
    registry.push(ctor.name);
    const Sub = class extends ctor {
      registered = true;
    };
    Object.defineProperty(Sub, "name", { value: ctor.name + "Registered" });
    return Sub;
  };
}
const registry: string[] = [];
@register(registry)
class Service {
  static instances = 0;
  static create(): Service {
    return new Service();
  }
  constructor() {
    Service.instances++;
  }
  clone(): Service {
    return new Service();
  }
}
const s = Service.create() as Service & { registered?: boolean };
const c = s.clone() as Service & { registered?: boolean };
console.log(registry, Service.name, s.registered, c.registered, Service.instances);
console.log(s instanceof Service, Object.keys(s));
@register(registry)
class Other {
  static self = "self";
  who(): string {
    return Other.name;
  }
}
console.log(new Other().who(), Other.self, registry);
