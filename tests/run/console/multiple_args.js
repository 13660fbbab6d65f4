console.log("a", "b", "c");
console.log("num", 1, "bool", true, "null", null, "undef", undefined);
console.log("arr", [1, "x"], "obj", { k: "v" });
console.log(1, 2, 3);
console.log("", 1);
console.log("x", "", "y");
console.log([1], [2], {});
console.log("str with spaces", "another");
console.log(-0, [-0], { z: -0 });
