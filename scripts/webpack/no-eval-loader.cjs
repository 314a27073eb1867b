// Webpack loader for zod's core files: takes the Function constructor out of the bundle text.
// The pane runs zod jitless (src/taskpane/no-eval.ts), so these paths never run; without this
// loader the bundle would still hold `new Function`, which add-in reviews and strict CSPs flag.
// A replacement that throws keeps zod's own fallback: its eval probe catches and answers "no eval".
"use strict";

const CONSTRUCTOR = /const F = Function;/g;
const REPLACEMENT =
  'const F = function () { throw new EvalError("Capaian Kinerja: zod runs jitless, eval is off"); };';

module.exports = function noEvalLoader(source) {
  const out = source.replace(CONSTRUCTOR, REPLACEMENT);
  // Any other route to the constructor in these files means zod changed: fail the build, do not ship it.
  const left = out.match(/new Function\s*\(|=\s*Function\s*[;,)]|\beval\s*\(/);
  if (left)
    this.emitError(
      new Error(
        `zod core file still reaches eval after no-eval-loader: "${left[0]}" in ${this.resourcePath}`,
      ),
    );
  return out;
};
