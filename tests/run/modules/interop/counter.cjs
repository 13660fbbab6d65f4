let value = 0;
exports.label = "counter";
exports.bump = () => ++value;
Object.defineProperty(exports, "value", { get: () => value, enumerable: true });
