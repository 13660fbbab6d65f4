// TC39 decorator evaluation order: expressions top-down, application per element, initializers, class last.
const log: string[] = [];
function dec(name: string): any {
  log.push("eval " + name);
  return function (value: unknown, ctx: DecoratorContext) {
    log.push(`apply ${name} (${ctx.kind} ${String(ctx.name)})`);
    if (ctx.kind !== "class") {
      (ctx as any).addInitializer(function () {
        log.push("init " + name);
      });
    } else {
      ctx.addInitializer(() => log.push("class-init " + name));
    }
  };
}
@dec("c1")
@dec("c2")
class Demo {
  @dec("m1") @dec("m2") method() {}
  @dec("f") field = log.push("field value");
  @dec("sm") static smethod() {}
  @dec("sf") static sfield = log.push("static field value");
  @dec("g") get getter() {
    return 1;
  }
  @dec("a") accessor acc = log.push("accessor value");
}
log.push("--- new");
new Demo();
for (const l of log) console.log(l);
