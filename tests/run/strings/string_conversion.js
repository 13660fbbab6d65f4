console.log(String(123), String(-1.5), String(true), String(null), String(undefined));
console.log(String("already"), String(0.000001), String(1e-7), String(2e21));
console.log(String({ toString: function () { return "T"; } }));
console.log(String({ valueOf: function () { return 1; }, toString: function () { return "S"; } }));
console.log("" + { valueOf: function () { return 1; }, toString: function () { return "S"; } });
console.log(String(String(5)) === "5", typeof String(5));
console.log(Number("42") + 1, String(42) + 1);
console.log(String(12).length, String(-0).length);
console.log(String(0.1 + 0.2).length);
