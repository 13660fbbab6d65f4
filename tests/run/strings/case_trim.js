console.log("Hello".toUpperCase(), "Hello".toLowerCase(), "MiXeD 123 !".toLowerCase());
console.log("caf\u00e9".toUpperCase(), "ÀÉÎ".toLowerCase());
console.log("[" + "  padded  ".trim() + "]", "[" + "\t\n x \r\n".trim() + "]", "[" + "".trim() + "]");
console.log("[" + "nospace".trim() + "]", "[" + "   ".trim() + "]");
const words = ["apple", "Banana", "cherry"];
console.log(words.map(w => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join(" "));
console.log("abc".toUpperCase() === "ABC", "ABC".toLowerCase() === "abc");
