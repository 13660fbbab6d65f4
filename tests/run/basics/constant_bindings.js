// Reads of a `const` with a constant initializer become that constant (after their
// TDZ check): compiler/src/lower/constants.rs. The TDZ must still be observed.
function early() {
  return LATE * 2;
}
try {
  early();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const LATE = 21;
console.log(early());

const HELD = 4, SUSPENDED = 2, RUNNABLE = 1;
const SUSPENDED_RUNNABLE = SUSPENDED | RUNNABLE;
const NOT_HELD = ~HELD;
const NEG_ZERO = -0, BIG = 2 ** 31, SHIFTED = 1 << 31, UNSIGNED = -1 >>> 28, SIGNED = -16 >> 2;
const QUOTIENT = (7 + 3) / 4 - 1 * 2 % 3;
const NAME = "idle", YES = true, NOTHING = null;
function show() {
  return [HELD & NOT_HELD, SUSPENDED_RUNNABLE, NOT_HELD, Object.is(NEG_ZERO, -0), 1 / NEG_ZERO, BIG, SHIFTED, UNSIGNED, SIGNED, QUOTIENT, NAME + "!", YES && NAME, NOTHING];
}
console.log(show().join(" "));

// An initializer that reads a binding still in its TDZ throws, and its own binding
// then stays uninitialized.
try {
  const A = B + 1;
  const B = 2;
  console.log(A);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Block-scoped and per-iteration constants, shadowing.
let total = 0;
for (let i = 0; i < 3; i++) {
  const STEP = 10;
  const HELD = "shadow";
  total += STEP + HELD.length;
}
console.log(total, HELD);
function shadowParam(HELD) {
  return HELD;
}
console.log(shadowParam(99));
switch (1) {
  case 0:
    const K = 5;
    break;
  case 1:
    try {
      console.log(K);
    } catch (e) {
      console.log(e.constructor.name);
    }
}
