const words = [];
for (let i = 0; i < 30; i++) words.push("w" + i);
console.log(words);
const longer = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima"];
console.log(longer);
const sentences = ["this is a fairly long string element", "and another fairly long string element", "third"];
console.log(sentences);
const mixed = [1, "two", 3, "four", 5, "six", 7, "eight", 9, "ten"];
console.log(mixed);
