let s = "";
for (let i = 0; i < 10; i++) s += i;
console.log(s, s.length);
let big = "";
for (let i = 0; i < 10000; i++) big += "ab";
console.log(big.length, big.slice(0, 6), big.charAt(19999));
const parts = [];
for (let i = 0; i < 5; i++) parts.push("p" + i);
console.log(parts.join(""));
function reverse(str) {
  let r = "";
  for (let i = str.length - 1; i >= 0; i--) r += str.charAt(i);
  return r;
}
console.log(reverse("stressed"), reverse(""));
function isPalindrome(str) {
  const clean = str.toLowerCase().split(" ").join("");
  return clean === reverse(clean);
}
console.log(isPalindrome("A man a plan a canal Panama"), isPalindrome("hello"));
function caesar(str, k) {
  let out = "";
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 97 && c <= 122) out += "abcdefghijklmnopqrstuvwxyz".charAt((c - 97 + k) % 26);
    else out += str.charAt(i);
  }
  return out;
}
console.log(caesar("hello world", 3), caesar(caesar("abc xyz", 13), 13));
