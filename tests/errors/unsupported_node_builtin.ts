// Node's built-in modules are not part of dxc's runtime yet.
import path = require("path");
console.log(path.sep);
