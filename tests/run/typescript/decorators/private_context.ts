// Decorator context access for private and static members, and symbol names.
const accessors = new Map<string, any>();
function keep(v: unknown, ctx: ClassMethodDecoratorContext | ClassFieldDecoratorContext | ClassGetterDecoratorContext) {
  const label = `${ctx.kind}:${typeof ctx.name === "symbol" ? ctx.name.toString() : ctx.name}:${ctx.static ? "static" : "inst"}:${ctx.private ? "priv" : "pub"}`;
  console.log(label);
  accessors.set(label, ctx.access);
}
const SYM = Symbol("s");
class Vault {
  @keep #gold = 100;
  @keep static #count = 0;
  @keep #open(): string {
    return "opened " + this.#gold;
  }
  @keep get #total(): number {
    return this.#gold * 2;
  }
  @keep [SYM] = "sym-field";
  @keep static peek(): number {
    return Vault.#count;
  }
}
const v = new Vault();
const goldAcc = accessors.get("field:#gold:inst:priv");
console.log(goldAcc.get(v), goldAcc.has(v), goldAcc.has({}));
goldAcc.set(v, 5);
console.log(accessors.get("method:#open:inst:priv").get(v).call(v));
console.log(accessors.get("getter:#total:inst:priv").get(v));
const countAcc = accessors.get("field:#count:static:priv");
countAcc.set(Vault, 3);
console.log(Vault.peek(), accessors.get("field:Symbol(s):inst:pub").get(v));
