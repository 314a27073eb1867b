#!/usr/bin/env node
"use strict";
// The command line is TypeScript; tsx compiles it on the fly so there is no build step.
const path = require("node:path");
const { register } = require("tsx/cjs/api");

register();
let main;
try {
  ({ main } = require(path.join(__dirname, "..", "src", "cli", "main.ts")));
} catch (error) {
  // A broken install or checkout: say which module is missing, not the compiler's minified source.
  process.stderr.write(`capaian: ${error && error.message ? error.message.split("\n")[0] : String(error)}\n`);
  process.exit(1);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
