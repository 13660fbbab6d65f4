// A function declared in a block captures the block's environment, also when it is
// called before its block's `let` is initialized or after the block (Annex B).
{
  function early() { return x + 1; }
  try { early(); } catch (e) { console.log(e.constructor.name, e.message); }
  let x = 1;
  console.log(early());
}
{ let y = 2; function after() { return y; } var arrow = () => y * 10; }
console.log(after(), arrow());
