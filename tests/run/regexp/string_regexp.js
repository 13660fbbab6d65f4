// dxc: node=26
// String methods with regular expressions and the RegExp @@ methods.
console.log("a 12-ab 34-cd".match(/\d+/g), "abc".match(/z/g), "abc".match(/(b)(c)/));
console.log("2024-01-02".replace(/(\d+)-(\d+)-(\d+)/, "$3/$2/$1"));
console.log("aaa".replace(/a/g, (m, i) => i), "abc".replace(/b/, "[$`|$&|$'|$$]"));
console.log("x-y".replace(/(?<a>x)-(?<b>y)/, "$<b>-$<a>"), "x".replace(/x/, "$<y>"), "ab".replace(/(a)/, "$2$1$01$10"));
console.log("John Smith".replace(/(?<first>\w+) (?<last>\w+)/, (...args) => JSON.stringify(args.at(-1))));
console.log("aaa".replaceAll(/a/g, "b"), "a.b.c".replaceAll(".", "!"));
try { "aaa".replaceAll(/a/, "b"); } catch (e) { console.log(e.name); }
console.log("a,b;c d".split(/[,; ]/), "abc".split(/(b)/), "abc".split(/x*/), "".split(/x/), "a1b2c3".split(/\d/, 2));
console.log("😀😀".split(/(?:)/u), "😀".split(/(?:)/).length);
console.log([..."a1b22c333".matchAll(/(?<d>\d+)/g)].map(m => `${m[0]}@${m.index}:${m.groups.d}`));
try { "a".matchAll(/a/); } catch (e) { console.log(e.name); }
console.log("hello".search(/l+/), "hello".search("x"), "a.b".search("."), "abc".match("b").index);
console.log("aBc".replace(/b/gi, c => c.toLowerCase()), "xAx".split(/a/i));
// Empty matches advance by code points with the u flag.
console.log("😀".replace(/(?:)/gu, "-"), "😀".replace(/(?:)/g, "-").length);

// The @@ methods are generic over exec.
const fake = { lastIndex: 0, exec(s) { return this.lastIndex++ < 2 ? Object.assign(["z"], { index: 0 }) : null; }, flags: "g", global: true };
console.log(RegExp.prototype[Symbol.match].call(fake, "zz"));
class R2 extends RegExp {
  exec(s) { const m = super.exec(s); if (m) m[0] = m[0].toUpperCase(); return m; }
}
console.log("abc".replace(new R2("b"), "[$&]"), new R2("b", "g")[Symbol.split]("abcbd"), new R2("x") instanceof RegExp);
console.log(RegExp[Symbol.species] === RegExp, RegExp.prototype[Symbol.split].name);
// Custom matchers on objects; primitives are not asked.
const m = { [Symbol.match]: s => "matched " + s, [Symbol.replace]: (s, r) => s + r };
console.log("q".match(m), "q".replace(m, "!"));
Number.prototype[Symbol.split] = () => "nope";
console.log("1a1".split(1));
delete Number.prototype[Symbol.split];
try { "abc".startsWith(/a/); } catch (e) { console.log(e.name, e.message); }
const notRe = /a/;
notRe[Symbol.match] = false;
console.log("/a/".startsWith(notRe));
// A regex in a loop over a long Latin-1 string stays linear.
const big = "é,".repeat(20000);
console.log(big.split(/,/).length, big.replace(/é/g, "e").length, (big.match(/é/g) || []).length);
