#!/usr/bin/env node
"use strict";
// The command line is TypeScript. `npm run build` bundles it into dist/cli (fast start); while that
// bundle matches the sources it was built from it is used, otherwise tsx compiles the sources.
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");

const ROOT = path.join(__dirname, "..");

function sameFile(file, recorded) {
  const stat = fs.statSync(file);
  return stat.size === recorded.size && stat.mtimeMs === recorded.mtimeMs;
}

/**
 * The bundle when every source file it was built from is unchanged, else null; with the code cache
 * the build made beside it when the build recorded this very bundle (never another bundle's cache).
 */
function freshBundle() {
  if (process.env.CAPAIAN_SOURCES) return null;
  const bundle = path.join(ROOT, "dist", "cli", "capaian.cjs");
  try {
    const inputs = JSON.parse(fs.readFileSync(path.join(ROOT, "dist", "cli", "inputs.json"), "utf8"));
    if (!inputs.files.every((f) => sameFile(path.join(ROOT, f.path), f))) return null;
    if (!fs.existsSync(bundle)) return null;
    const cache = `${bundle}.cache`;
    const cached = inputs.bundle && sameFile(bundle, inputs.bundle) && fs.existsSync(cache);
    return { bundle, cache: cached ? cache : null };
  } catch {
    return null;
  }
}

/**
 * The bundle's exports, compiled with V8's code cache `cachedData` when given (the build's: the
 * bytecode of what a run calls). Parsing 2 MB and compiling the functions a run calls were ≈ 90 of
 * the ≈ 450 ms CPU of a run on the sample workbook. V8 takes a cache only if its own version and
 * flags made it, and compiles the source itself otherwise.
 */
function loadBundle(file, cachedData) {
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, "utf8")), { filename: file, cachedData });
  const bundle = { exports: {} };
  const args = [bundle.exports, Module.createRequire(file), bundle, file, path.dirname(file)];
  script.runInThisContext().apply(bundle.exports, args);
  return { exports: bundle.exports, script, cached: Boolean(cachedData) && !script.cachedDataRejected };
}

/** `main` from the fresh bundle or the sources, and which it came from. */
function loadMain() {
  const fresh = freshBundle();
  if (!fresh) {
    require("tsx/cjs/api").register();
    return { main: require(path.join(ROOT, "src", "cli", "main.ts")).main, from: "sumber" };
  }
  const loaded = loadBundle(fresh.bundle, fresh.cache ? fs.readFileSync(fresh.cache) : undefined);
  return { main: loaded.exports.main, from: loaded.cached ? "bundel, cache" : "bundel" };
}

function run() {
  const started = Date.now();
  let loaded;
  try {
    loaded = loadMain();
  } catch (error) {
    // A broken install or checkout: say which module is missing, not the compiler's minified source.
    process.stderr.write(
      `capaian: ${error && error.message ? error.message.split("\n")[0] : String(error)}\n`,
    );
    process.exit(1);
  }
  // The benchmark reads this: how long loading took, and from which build.
  if (process.env.CAPAIAN_TIMING)
    process.stderr.write(`waktu modul: ${Date.now() - started} ms (${loaded.from})\n`);
  loaded.main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

// The build (scripts/build-cli.cjs) loads the bundle the same way to make its code cache.
module.exports = { loadBundle };
if (require.main === module) run();
