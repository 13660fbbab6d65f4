// The TypeScript oracle of the run suite: compiles a .ts/.tsx program (and the
// TypeScript modules it imports) with tsc's own emitter (typescript's transpileModule,
// to CommonJS, with the compiler options of the tsconfig.json found by walking up from
// the program, as dxc does) and runs the JavaScript in node.
// Usage: node tsc_oracle.cjs <path to the typescript package> <program.ts> [--emit <out.js>]
// With --emit it writes the JavaScript to <out.js> instead of running it (the benchmark
// runner times node on that file).
"use strict";
const fs = require("fs");
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

const emit = (f) => ts.transpileModule(fs.readFileSync(f, "utf8"), { compilerOptions: options, fileName: f, reportDiagnostics: false }).outputText;
if (process.argv[4] === "--emit") {
  fs.writeFileSync(process.argv[5], emit(file));
  process.exit(0);
}
// The modules a program imports are compiled the same way when node loads them, and
// resolved as tsc resolves them (`paths`, `baseUrl`, `./a.js` naming `a.ts`).
const Module = require("module");
for (const ext of [".ts", ".tsx", ".mts", ".cts", ".jsx"]) {
  Module._extensions[ext] = (module, filename) => module._compile(emit(filename), filename);
}
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (parent && parent.filename && /\.([cm]?tsx?|jsx)$/.test(parent.filename)) {
    const found = ts.resolveModuleName(request, parent.filename, options, ts.sys).resolvedModule;
    if (found && !found.isExternalLibraryImport && !found.resolvedFileName.endsWith(".d.ts")) return found.resolvedFileName;
  }
  return resolve.call(this, request, parent, ...rest);
};
require(file);
