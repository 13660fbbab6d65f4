// Enum members computed from expressions, earlier members and other enums.
enum FileAccess {
  None,
  Read = 1 << 1,
  Write = 1 << 2,
  ReadWrite = Read | Write,
  G = "123".length,
}
console.log(FileAccess.None, FileAccess.Read, FileAccess.Write, FileAccess.ReadWrite, FileAccess.G);
console.log(FileAccess[6], FileAccess[3]);
enum Sizes {
  Small = 2,
  Medium = Small * 2,
  Large = Medium * 2,
  Huge = Large + Medium + Small,
}
console.log(Sizes.Small, Sizes.Medium, Sizes.Large, Sizes.Huge, Sizes[14]);
function base(): number {
  return 100;
}
enum Dyn {
  A = base(),
  B = A + 1,
  C = Math.max(3, 7),
}
console.log(Dyn.A, Dyn.B, Dyn.C, Dyn[101]);
enum Mixed {
  X = FileAccess.ReadWrite,
  Y = Sizes.Huge - 1,
  Z = ~X,
}
console.log(Mixed.X, Mixed.Y, Mixed.Z, Mixed[-7]);
function can(flags: FileAccess, f: FileAccess): boolean {
  return (flags & f) === f;
}
const rw = FileAccess.Read | FileAccess.Write;
console.log(can(rw, FileAccess.Read), can(FileAccess.Read, FileAccess.Write), can(rw, FileAccess.ReadWrite));
enum Strs {
  Prefix = "pre",
  Full = Prefix + "-fix",
}
console.log(Strs.Prefix, Strs.Full);
