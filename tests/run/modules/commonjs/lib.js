exports.name = "lib";
exports.add = (a, b) => a + b;
exports.loadedDuringLoad = module.loaded;
exports.fail = function fail() {
  throw new Error("failed in lib");
};
