console.log("a" < "b", "a" < "B", "Z" < "a", "abc" < "abd", "abc" < "ab");
console.log("a" === "a", "a" == "a", "abc" === "ab" + "c");
console.log("10" < "2", "10" > "2", "" < " ", "a" > "");
const words = ["pear", "Apple", "banana", "apple", "Banana"];
console.log(words.slice().sort());
console.log(words.slice().sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)));
console.log("\u00e9" > "z", "\u00e9" > "e");
