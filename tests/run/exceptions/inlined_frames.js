// Small functions copied into their callers (ir/inline.rs) still have their own frames in
// stack traces: each inlined function's name and position, then its caller's.
function frames(e) {
  return e.stack.split("\n").slice(1).map((l) => l.match(/at (\S+) \(.*inlined_frames\.js:(\d+:\d+)\)$/))
    .filter((m) => m && !m[1].includes("<anonymous>")).map((m) => m[1].replace(/^Box\./, "") + "@" + m[2]).join(" ");
}
function check(x) { if (x > 2) throw new Error("too big: " + x); return x + 1; }
function twice(x) { return check(check(x)); }
function outer() {
  function inner(y) { return twice(y) * 2; }
  return inner(1) + inner(2);
}
try { outer(); } catch (e) { console.log(e.message, "|", frames(e)); }

class Box {
  constructor(v) { this.v = v; }
  get() { return this.v.value; }
  where() { return frames(new Error("here")); }
}
function read(b) { return b.get(); }
function whereOf(b) { return b.where(); }
for (let i = 0; i < 3; i++) {
  try { console.log(read(new Box(i < 2 ? { value: i } : null))); } catch (e) { console.log(e.message, "|", frames(e)); }
}
console.log(whereOf(new Box(1)));
// The same inlined function at two call sites: each frame names its own site.
function fail(n) { if (n < 0) throw new RangeError("negative"); return n; }
function both(a, b) { return fail(a) + fail(b); }
try { both(1, -1); } catch (e) { console.log(e.message, "|", frames(e)); }
try { both(-1, 1); } catch (e) { console.log(e.message, "|", frames(e)); }
