console.log(+"3", +"-3.5", +"", +" ", +" 12 ", +"0x1f", +"0b101", +"0o17");
console.log(+true, +false, +null, +undefined, +"1e3", +"abc", +"12abc");
console.log(-"2", -true, -null, -undefined, -"");
console.log(1 / -0, 1 / +"-0", 1 / (0 * -1), 1 / -(0));
console.log(+"Infinity", +"-Infinity", +"infinity");
const o = { valueOf: function () { return "8"; } };
console.log(+o, -o);
