// TC39 decorators at their edges: bad results, late addInitializer, computed and static
// accessors, super calls in decorated methods, class replacement seen from inside.
function bad(result: unknown) {
  return function (_v: unknown, _ctx: DecoratorContext): any {
    return result;
  };
}
try {
  class A {
    @bad(42) m() {}
  }
  console.log("no error", A);
} catch (e) {
  console.log((e as Error).constructor.name, (e as Error).message);
}
try {
  class B {
    @bad(5) accessor x = 1;
  }
  console.log("no error", B);
} catch (e) {
  console.log((e as Error).constructor.name, (e as Error).message);
}
try {
  class C {
    @bad("nope") f = 1;
  }
  console.log("no error", C);
} catch (e) {
  console.log((e as Error).constructor.name, (e as Error).message);
}
let saved: any;
function keepCtx(_v: unknown, ctx: ClassMethodDecoratorContext) {
  saved = ctx;
  console.log("metadata", ctx.metadata, Object.keys(ctx).join());
}
class D {
  @keepCtx m() {}
}
try {
  saved.addInitializer(() => {});
} catch (e) {
  console.log((e as Error).constructor.name, (e as Error).message);
}
try {
  class E {
    @((_v: unknown, ctx: ClassMethodDecoratorContext) => ctx.addInitializer(7 as any)) m() {}
  }
  console.log(E);
} catch (e) {
  console.log((e as Error).constructor.name, (e as Error).message);
}
const key = "dyn" + 1;
function log(target: any, ctx: ClassAccessorDecoratorContext) {
  console.log("accessor", String(ctx.name), ctx.static);
  return {
    get(this: any) {
      return "<" + target.get.call(this) + ">";
    },
  };
}
class F {
  @log accessor [key] = "a";
  @log static accessor count = 0;
}
const f = new F() as any;
console.log(f.dyn1, F.count);
f.dyn1 = "b";
F.count = 3;
console.log(f.dyn1, F.count, Object.getOwnPropertyNames(F.prototype));
class Base {
  greet(n: string) {
    return "hello " + n;
  }
}
function shout(fn: Function, _ctx: ClassMethodDecoratorContext) {
  return function (this: any, ...a: any[]) {
    return fn.apply(this, a).toUpperCase();
  };
}
class Derived extends Base {
  @shout override greet(n: string) {
    return super.greet(n) + "!";
  }
}
console.log(new Derived().greet("x"));
function replace(cls: any, _ctx: ClassDecoratorContext) {
  return class extends cls {
    static tag = "replaced";
  };
}
@replace
class G {
  static self = () => G;
  who() {
    return G.tag;
  }
  static tag = "original";
}
console.log(G.tag, new G().who(), G.self() === G);
const H = class {
  @shout
  name() {
    return "h";
  }
};
console.log(new H().name());
function both(fn: Function, ctx: ClassGetterDecoratorContext | ClassSetterDecoratorContext) {
  console.log("both", ctx.kind, String(ctx.name));
}
class I {
  #v = 1;
  @both get v() {
    return this.#v;
  }
  @both set v(x: number) {
    this.#v = x;
  }
}
const i = new I();
i.v = 9;
console.log(i.v);
