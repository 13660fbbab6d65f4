// dxc: node=26
// RegExp objects: literals, the constructor, flags, lastIndex and exec results.
const r = /(\d+)-(?<word>\w+)/g;
console.log(r, r.source, r.flags, r.global, r.sticky, r.lastIndex);
console.log(r.exec("x 12-ab 34-cd"), r.lastIndex);
console.log(r.exec("x 12-ab 34-cd"), r.lastIndex);
console.log(r.exec("x 12-ab 34-cd"), r.lastIndex);

// Each evaluation of a literal is a new object.
const make = () => /a/g;
console.log(make() === make(), make().lastIndex);

// The constructor: strings, RegExps, flags, and errors.
console.log(new RegExp("a+b", "gi").toString(), RegExp(/x/g).flags, new RegExp(/x/g, "y").flags);
const same = /q/;
console.log(RegExp(same) === same, new RegExp(same) === same);
for (const [p, f] of [["(", ""], ["a", "gg"], ["a", "uv"], ["a", "z"], ["[b-a]", ""]]) {
  try { new RegExp(p, f); console.log("no error", p, f); } catch (e) { console.log(e.name); }
}
console.log(String(new RegExp("a/b")), new RegExp("").source, RegExp("\n").source, /[/]/.source);
console.log(/a/dgimsy.flags, /a/v.unicodeSets, /a/u.unicode, /a/s.dotAll, /a/d.hasIndices);
console.log(Object.prototype.toString.call(/a/), typeof /a/, /a/ instanceof RegExp);
console.log(RegExp.prototype.source, RegExp.prototype.flags, RegExp.prototype.global);

// test() and sticky matching.
const y = /foo/y;
console.log(y.test("foofoo"), y.lastIndex, y.test("foofoo"), y.lastIndex, y.test("foofoo"), y.lastIndex);
y.lastIndex = 1;
console.log(y.test("xfoo"), y.lastIndex);
const tok = /\s*(\d+|[-+*\/()])/y;
let m, toks = [];
while ((m = tok.exec("12 + (3*45)")) !== null) toks.push(m[1]);
console.log(toks);

// Unicode: surrogate pairs, property escapes, case folding.
console.log(/^.$/.test("😀"), /^.$/u.test("😀"), /\p{Lu}+/u.exec("abcDEFg")[0], /ß/i.test("SS"), /\u212A/iu.test("k"));
console.log(/[\p{L}--[a-z]]/v.test("a"), /[\p{L}--[a-z]]/v.test("é"));
console.log(/(?<=\$)\d+/.exec("cost: $42")[0], /(?<!\$)\b\d+/.exec("$4 and 17")[0]);
console.log(/(?i:ab)c/.test("ABc"), /(?i:ab)c/.test("ABC"));

// Named groups, backreferences, match indices.
const d = /(?<y>\d{4})-(?<m>\d\d)/d.exec("on 2024-05!");
console.log(d.groups, d.indices, d.indices.groups);
console.log(/(?<q>['"]).*?\k<q>/.exec(`say "hi" 'x'`)[0], /(a)|(b)/.exec("b"));

// Lone surrogates in string literals are kept.
const lone = "a\uD800b";
console.log(lone.length, lone.charCodeAt(1).toString(16), `x\uDC00`.charCodeAt(1).toString(16), "\uD83D\uDE00" === "😀");
console.log(/\uD800/.test(lone), /^[^\uD800]+$/.test(lone), lone.isWellFormed());

// compile (Annex B) and the String Iterator.
const c = /a/g;
c.compile("b+", "i");
console.log(c.source, c.flags, c.lastIndex);
const it = "a1b22c333".matchAll(/\d+/g);
console.log(Object.prototype.toString.call(it), [...it].map(x => x[0] + "@" + x.index));
