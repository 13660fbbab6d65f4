// useDefineForClassFields=false: assignment to an inherited non-writable property throws in class code.
class Base {}
Object.defineProperty(Base.prototype, "locked", { value: "proto", writable: false, configurable: true });
class Child extends Base {
  locked = "own";
}
try {
  const c = new Child();
  console.log("created", (c as any).locked, Object.keys(c));
} catch (e) {
  console.log("error", (e as Error).constructor.name);
}
class Frozen {
  id = 1;
}
Object.freeze(Frozen.prototype);
class Sub extends Frozen {
  id = 2;
}
try {
  console.log(new Sub().id);
} catch (e) {
  console.log("frozen error", (e as Error).constructor.name);
}
const protoSetterCalls: string[] = [];
const proto = {
  set kind(v: string) {
    protoSetterCalls.push(v);
  },
};
function Legacy(this: any) {}
Legacy.prototype = proto;
class Modern extends (Legacy as any) {
  kind = "modern";
}
const m = new Modern();
console.log(protoSetterCalls, Object.keys(m));
