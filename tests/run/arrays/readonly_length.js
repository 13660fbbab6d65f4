const ro = [1, 2, 3];
Object.defineProperty(ro, "length", { writable: false });
console.log(Object.getOwnPropertyDescriptor(ro, "length"));
ro.length = 1;
console.log(ro.length, ro);
try {
  "use strict";
  ro.push(4);
} catch (e) {
  console.log(e instanceof TypeError, ro.length);
}
