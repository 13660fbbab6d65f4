// Array.from through the iteration protocol (generators, strings by code point) and array-likes, with a map function.
function* g() { yield 1; yield 2; }
console.log(Array.from(g()), Array.from("a😀"), Array.from({length: 2, 0: "x"}), Array.from([1, 2], x => x * 2));
