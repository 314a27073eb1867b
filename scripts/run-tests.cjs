// `npm test`: type check, lint, then every jest suite; ends with the line "N passed, N failed"
// (type check and lint count as one check each), which CI reads.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const out = path.join(root, "test-output");
fs.mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;

function step(name, cmd, args) {
  console.log(`\n== ${name}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: process.env });
  return r.status === 0;
}

for (const [name, args] of [
  ["typecheck", ["tsc", "--noEmit", "-p", "tsconfig.json"]],
  ["eslint", ["eslint", "."]],
  ["prettier", ["prettier", "--check", "."]],
]) {
  if (step(name, "npx", args)) passed++;
  else {
    failed++;
    console.log(`!! ${name} failed`);
  }
}

const report = path.join(out, "jest.json");
fs.rmSync(report, { force: true });
// Both cores: the suites are independent, and two workers halve the wall time of a two-core runner.
step("jest", "npx", ["jest", "--maxWorkers=2", "--json", `--outputFile=${report}`, ...process.argv.slice(2)]);
if (fs.existsSync(report)) {
  const j = JSON.parse(fs.readFileSync(report, "utf8"));
  passed += j.numPassedTests;
  failed += j.numFailedTests;
  // A suite that fails to load has no failed tests of its own; count it so it cannot hide.
  failed += j.testResults.filter(
    (s) => s.status === "failed" && s.assertionResults.every((a) => a.status !== "failed"),
  ).length;
  if (j.numTotalTests === 0) failed++;
} else {
  failed++;
  console.log("!! jest wrote no report");
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
