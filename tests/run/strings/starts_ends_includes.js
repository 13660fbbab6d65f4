const s = "filename.test.js";
console.log(s.startsWith("file"), s.startsWith("name"), s.startsWith("name", 4), s.startsWith(""));
console.log(s.endsWith(".js"), s.endsWith(".ts"), s.endsWith("test", 13), s.endsWith(""));
console.log(s.includes("test"), s.includes("spec"), s.includes(""), s.includes("file", 1));
console.log("abc".startsWith("abcd"), "abc".endsWith("abc"), "".includes(""));
const files = ["a.js", "b.ts", "c.js", "readme.md"];
console.log(files.filter(f => f.endsWith(".js")));
console.log(files.filter(f => !f.includes(".")).length);
