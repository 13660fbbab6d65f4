// Object.defineProperty validates redefinitions of non-configurable properties (compatible ones succeed), and mapped arguments stay mapped when made non-configurable.
var o = {};
Object.defineProperty(o, "x", { value: 1, writable: true, configurable: false });
Object.defineProperty(o, "x", { value: 2 });
console.log(o.x, Object.getOwnPropertyDescriptor(o, "x"));
Object.defineProperty(o, "x", { writable: false });
try { Object.defineProperty(o, "x", { value: 3 }); } catch (e) { console.log(e.constructor.name); }
Object.defineProperty(o, "x", { value: 2 });
try { Object.defineProperty(o, "x", { enumerable: true }); } catch (e) { console.log(e.constructor.name); }
try { Object.defineProperty(o, "y", { get() {}, value: 1 }); } catch (e) { console.log(e.constructor.name); }
function g() { return 1; }
Object.defineProperty(o, "a", { get: g, configurable: false });
Object.defineProperty(o, "a", { get: g });
try { Object.defineProperty(o, "a", { get() {} }); } catch (e) { console.log(e.constructor.name); }
Object.defineProperty(o, "b", { get: g, configurable: true });
Object.defineProperty(o, "b", { enumerable: true });
console.log(Object.getOwnPropertyDescriptor(o, "b").get === g, Object.keys(o));
function f(a) { Object.defineProperty(arguments, "0", { value: 5, configurable: false }); a = 9; return [arguments[0], a]; }
console.log(f(1));
