// a.js is still loading: its exports so far.
const a = require("./a");
exports.seenA = JSON.stringify(a);
