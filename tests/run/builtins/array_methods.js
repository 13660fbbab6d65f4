// Array methods of ES2019-ES2023 and species: flat/flatMap, copyWithin, the
// change-by-copy methods, concat with Symbol.isConcatSpreadable, subclasses.
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(Infinity), [1, , 3].flat());
console.log([1, 2, 3].flatMap((x) => [x, x * 10]), ["a b", "c"].flatMap((s) => s.split(" ")));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 3), [1, 2, 3, 4, 5].copyWithin(-2, 0));
const base = [3, 1, undefined, 2];
console.log(base.toSorted(), base.toSorted((a, b) => b - a), base.toReversed(), base);
console.log([1, 2, 3].toSpliced(1, 1, "x", "y"), [1, 2, 3].toSpliced(1), [1, , 3].with(1, 2), [1, 2].with(-1, 0));
try {
  [1].with(5, 0);
} catch (e) {
  console.log(e.constructor.name);
}
const spreadable = { length: 2, 0: "a", 1: "b", [Symbol.isConcatSpreadable]: true };
const notSpread = [9, 8];
notSpread[Symbol.isConcatSpreadable] = false;
console.log([0].concat(spreadable, notSpread).length, [0].concat(spreadable));
class Stack extends Array {
  top() { return this[this.length - 1]; }
}
const st = Stack.from([1, 2, 3]);
const mapped = st.map((x) => x * 2);
console.log(mapped instanceof Stack, mapped.top(), st.filter((x) => x > 1).top(), st.slice(0, 1) instanceof Stack);
console.log(Stack.of(7, 8).top(), Array[Symbol.species] === Array, Object.keys(Array.prototype[Symbol.unscopables]).length);
class Plain extends Array {
  static get [Symbol.species]() { return Array; }
}
console.log(new Plain(1, 2, 3).map((x) => x) instanceof Plain);
