// Instantiation expressions `f<T>` without a call, and generic arrows in .ts files.
function makeBox<T>(value: T) {
  return { value };
}
const makeStringBox = makeBox<string>;
const sb = makeStringBox("hello");
console.log(sb, makeStringBox === makeBox, makeStringBox.name);
const ErrorMap = Map<string, Error>;
const em = new ErrorMap();
em.set("e", new Error("x"));
console.log(em.size, em instanceof Map);
const ident = <T,>(x: T): T => x;
console.log(ident(10), ident<string>("s"));
const wrap = <T extends object>(o: T): T & { wrapped: true } => ({ ...o, wrapped: true as const });
console.log(wrap({ z: 1 }));
class Container<T> {
  items: T[] = [];
}
const NumContainer = Container<number>;
const nc = new NumContainer();
nc.items.push(1, 2);
console.log(nc.items, nc instanceof Container);
