// TypeScript's CommonJS import needs modules, which dxc does not have yet.
import path = require("path");
console.log(path.sep);
