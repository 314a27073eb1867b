#!/usr/bin/env node
"use strict";
// The command line is TypeScript. `npm run build` bundles it into dist/cli (fast start); while that
// bundle matches the sources it was built from it is used, otherwise tsx compiles the sources.
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");

/** The bundle's path when every source file it was built from is unchanged, else null. */
function freshBundle() {
  if (process.env.CAPAIAN_SOURCES) return null;
  const bundle = path.join(ROOT, "dist", "cli", "capaian.cjs");
  try {
    const { files } = JSON.parse(fs.readFileSync(path.join(ROOT, "dist", "cli", "inputs.json"), "utf8"));
    for (const f of files) {
      const stat = fs.statSync(path.join(ROOT, f.path));
      if (stat.size !== f.size || stat.mtimeMs !== f.mtimeMs) return null;
    }
    return fs.existsSync(bundle) ? bundle : null;
  } catch {
    return null;
  }
}

const started = Date.now();
let main;
let from = "sumber";
try {
  const bundle = freshBundle();
  if (bundle) {
    ({ main } = require(bundle));
    from = "bundel";
  } else {
    require("tsx/cjs/api").register();
    ({ main } = require(path.join(ROOT, "src", "cli", "main.ts")));
  }
} catch (error) {
  // A broken install or checkout: say which module is missing, not the compiler's minified source.
  process.stderr.write(`capaian: ${error && error.message ? error.message.split("\n")[0] : String(error)}\n`);
  process.exit(1);
}

// The benchmark reads this: how long loading took, and from which build.
if (process.env.CAPAIAN_TIMING) process.stderr.write(`waktu modul: ${Date.now() - started} ms (${from})\n`);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
