// Array methods on array-likes with huge lengths walk the keys that exist instead of
// allocating the whole range.
var obj = { 0: "x", 4294967295: "y", length: 4294967296 };
try { Array.prototype.slice.call(obj, 0, 4294967296); } catch (e) { console.log(e.constructor.name); }
console.log(Array.prototype.slice.call(obj, 4294967290, 4294967296).length);
var big = { length: 9007199254740991 };
try { Array.prototype.unshift.call(big, 1); } catch (e) { console.log(e.constructor.name); }
var s = { length: 10, 2: "two", 9: "nine", splice: Array.prototype.splice };
console.log(s.splice(1, 2), s.length, s[7], s[9]);
