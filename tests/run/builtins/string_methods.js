// String methods without regular expressions: replace/replaceAll with string patterns
// and replacement patterns, Symbol.replace/Symbol.split delegation, String.raw,
// fromCodePoint, normalize, well-formedness, case mapping, localeCompare.
console.log("a-b-c".replace("-", "+"), "a-b-c".replaceAll("-", "+"), "aaa".replaceAll("a", "$&$&"));
console.log("x".replace("x", "[$`|$'|$$|$&|$1]"), "abc".replace("b", "[$`$']"), "abc".replace("", "_"), "abc".replaceAll("", "_"));
console.log("a1b1".replace("1", (m, pos, str) => `<${m}@${pos}/${str.length}>`), "a1b1".replaceAll("1", (m, p) => p));
const pattern = { [Symbol.replace](s, r) { return `replaced ${s} with ${r}`; }, [Symbol.split](s, lim) { return [s, lim]; } };
console.log("abc".replace(pattern, "x"), "abc".split(pattern, 3));
console.log(String.raw`a\n${1 + 1}b\t`, String.raw({ raw: ["x", "y", "z"] }, 1, 2, 3), String.raw({ raw: "abc" }, "-", "+"));
console.log(String.fromCodePoint(0x1f600, 65, 0x10ffff).length, String.fromCodePoint());
try {
  String.fromCodePoint(0x110000);
} catch (e) {
  console.log(e.constructor.name);
}
const cafe = "cafe\u0301";
console.log(cafe.normalize().length, cafe.normalize("NFD").length, "\ufb01".normalize("NFKC"), "\u00c5".normalize("NFD").length);
try {
  "x".normalize("nope");
} catch (e) {
  console.log(e.constructor.name);
}
const lone = String.fromCharCode(0x61, 0xd800, 0x62);
console.log(lone.isWellFormed(), "ok😀".isWellFormed(), lone.toWellFormed().charCodeAt(1).toString(16));
console.log("straße".toUpperCase(), "İ".toLowerCase().length, "ΣΑΣ".toLowerCase(), "abc".toLocaleUpperCase(), "ÀB".toLocaleLowerCase());
console.log(lone.toUpperCase().charCodeAt(1).toString(16));
console.log(["b", "a", "B", "á", "A", "c"].sort((x, y) => x.localeCompare(y)), "a".localeCompare("a"), cafe.localeCompare("café"));
