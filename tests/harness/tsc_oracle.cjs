// The TypeScript oracle of the run suite: compiles a .ts/.tsx program with tsc's own
// emitter (typescript's transpileModule, with the compiler options of the tsconfig.json
// found by walking up from the program, as dxc does) and runs the JavaScript in node.
// Usage: node tsc_oracle.cjs <path to the typescript package> <program.ts> [--emit <out.js>]
// With --emit it writes the JavaScript to <out.js> instead of running it (the benchmark
// runner times node on that file).
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const ts = require(process.argv[2]);
const file = path.resolve(process.argv[3]);

let options = {};
const config = ts.findConfigFile(path.dirname(file), ts.sys.fileExists);
if (config) {
  const read = ts.readConfigFile(config, ts.sys.readFile);
  options = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(config)).options;
}
// Without a target, dxc runs the program with today's semantics (class fields are
// defined, not assigned); a module system node runs as is.
if (options.target === undefined) options.target = ts.ScriptTarget.ESNext;
options.module = ts.ModuleKind.CommonJS;
options.sourceMap = false;
options.inlineSourceMap = false;

const out = ts.transpileModule(fs.readFileSync(file, "utf8"), { compilerOptions: options, fileName: file, reportDiagnostics: false });
if (process.argv[4] === "--emit") {
  fs.writeFileSync(process.argv[5], out.outputText);
  process.exit(0);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dxc-tsc-"));
const js = path.join(dir, path.basename(file).replace(/\.([cm]?tsx?|jsx)$/, ".cjs"));
fs.writeFileSync(js, out.outputText);
process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
require(js);
