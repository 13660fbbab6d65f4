const text = "  The rain in Spain stays mainly in the plain  ";
const words = text.trim().split(" ");
console.log(words.length, words);
const freq = {};
for (let i = 0; i < words.length; i++) {
  const w = words[i].toLowerCase();
  freq[w] = (freq[w] || 0) + 1;
}
console.log(freq);
const withAin = words.filter(w => w.includes("ain"));
console.log(withAin.join("|"));
const longest = words.reduce((a, b) => (b.length > a.length ? b : a), "");
console.log(longest, longest.length);
const initials = words.map(w => w.charAt(0).toUpperCase()).join("");
console.log(initials);
let vowels = 0;
const lower = text.toLowerCase();
for (let i = 0; i < lower.length; i++) if ("aeiou".includes(lower.charAt(i))) vowels++;
console.log(vowels);
