// CommonJS: require (cached; `.js`/`.json`/directory index resolution), module.exports
// and exports, `this`, __filename/__dirname, module.loaded, require cycles (partial
// exports), and stack traces that name the file an error comes from.
const lib = require("./lib");
const { add } = require("./lib.js");
const config = require("./config.json");
const pkg = require("./pkg");
console.log(lib.name, add(2, 3), config.items.length, config.nested.ok, config["line\u2028sep"]);
console.log(lib === require("./lib"), typeof module, module.exports === exports, this === exports);
console.log(pkg.describe(), require("./pkg/helper").calls);
console.log(lib.loadedDuringLoad, module.loaded, require("./lib").loadedDuringLoad);
console.log(require("./a").fromB, require("./b").seenA);
try {
  lib.fail();
} catch (e) {
  const frame = e.stack.split("\n")[1];
  console.log(e.message, frame.slice(frame.indexOf("(")).split(__dirname).join(""));
}
console.log(__filename === __dirname + "/main.js", typeof require("./replaced"), require("./replaced")(2));
