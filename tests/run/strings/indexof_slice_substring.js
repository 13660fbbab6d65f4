const s = "the quick brown fox jumps over the lazy dog";
console.log(s.indexOf("the"), s.indexOf("the", 1), s.indexOf("cat"), s.indexOf(""), s.indexOf("o", 15));
console.log(s.indexOf("dog", 100), "aaa".indexOf("aa", 1), "".indexOf(""));
console.log(s.slice(4, 9), s.slice(-3), s.slice(-8, -4), s.slice(10), s.slice(5, 2) === "");
console.log(s.substring(4, 9), s.substring(9, 4), s.substring(-5, 3), s.substring(40), s.substring(3, NaN));
console.log("abc".slice(), "abc".substring(), "abc".slice(1, 100));
const path = "dir/sub/file.txt";
const slash = path.indexOf("/");
console.log(path.slice(0, slash), path.slice(slash + 1));
const dot = path.indexOf(".");
console.log(path.substring(dot + 1), path.substring(0, dot));
let count = 0;
let pos = s.indexOf("o");
while (pos !== -1) {
  count++;
  pos = s.indexOf("o", pos + 1);
}
console.log(count);
