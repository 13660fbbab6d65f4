// A class declaration's name inside the class is its own immutable binding (in its TDZ in the heritage), independent of the outer one.
class C { static self() { return C; } m() { try { C = 1; } catch (e) { return e.constructor.name; } } }
const Orig = C;
C = null;
console.log(Orig.self() === Orig, new Orig().m(), C);
try { class D extends D {} } catch (e) { console.log(e.constructor.name); }
class E { static x = E.name; }
console.log(E.x);
