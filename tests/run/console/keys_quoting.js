console.log({ "a-b": 1, "c d": 2, "": 3, valid_id: 4, $dollar: 5, _under: 6 });
console.log({ 1: "num", "2x": "starts with digit", "x2": "ok", "-1": "neg" });
console.log({ "it's": 1, 'q"uote': 2 });
console.log({ "new\nline": 1 });
console.log({ if: 1, class: 2, null: 3, true: 4 });
console.log({ "caf\u00e9": 1, "\u00fcber": 2 });
console.log({ "a.b": 1, "a/b": 2, "a+b": 3 });
