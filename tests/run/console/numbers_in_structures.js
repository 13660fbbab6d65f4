console.log([-0, 0, 1, -1]);
console.log([NaN, Infinity, -Infinity]);
console.log([0.1 + 0.2, 1e21, 1e-7, 1.5]);
console.log({ negZero: -0, nan: NaN, inf: Infinity });
console.log([1 / -Infinity]);
console.log([123456789, 0.000001, 2 ** 53]);
console.log([[-0], { v: [-0] }]);
