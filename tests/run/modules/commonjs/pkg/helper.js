let calls = 0;
exports.count = () => ++calls;
Object.defineProperty(exports, "calls", { get: () => calls, enumerable: true });
