console.log("ab".repeat(3), "[" + "x".repeat(0) + "]", "-".repeat(10));
try {
  "a".repeat(-1);
} catch (e) {
  console.log(e instanceof RangeError);
}
console.log("5".padStart(3, "0"), "42".padStart(5), "[" + "abc".padStart(2) + "]");
console.log("1".padStart(6, "ab"), "x".padStart(4, ""), "7".padStart(1, "0"));
for (let i = 1; i <= 100; i *= 10) console.log(String(i).padStart(5, "."));
const bar = n => "#".repeat(n).padStart(8, " ");
console.log("|" + bar(3) + "|" + bar(8) + "|");
