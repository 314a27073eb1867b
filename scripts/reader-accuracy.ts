/**
 * Reader accuracy on the seed layouts: rows read right / rows present and header roles right / present,
 * per table kind. Run: npx tsx scripts/reader-accuracy.ts [--detail]
 * Targets: ≥ 98 % rows, 100 % header roles. Exit code 1 when a target is missed.
 */
import { readWorkbook } from "../src/reader";
import { scoreFixture, type TableScore } from "../test/fixtures/layouts/check";
import { allLayouts } from "../test/fixtures/layouts";

const detail = process.argv.includes("--detail");
const scores: TableScore[] = [];
for (const f of allLayouts()) scores.push(...scoreFixture(f, readWorkbook(f.snapshot)));

const byKind = new Map<
  string,
  { tables: number; rows: number; rowsRight: number; headers: number; headersRight: number }
>();
for (const s of scores) {
  const k = byKind.get(s.kind) ?? { tables: 0, rows: 0, rowsRight: 0, headers: 0, headersRight: 0 };
  k.tables++;
  k.rows += s.rowsPresent;
  k.rowsRight += s.rowsRight;
  k.headers += s.headersPresent;
  k.headersRight += s.headersRight;
  byKind.set(s.kind, k);
}
const pct = (a: number, b: number) => (b === 0 ? "—" : `${((a / b) * 100).toFixed(1)} %`);
const lines = [["kind", "tables", "rows right/present", "rows %", "header roles right/present", "headers %"]];
let rows = 0;
let rowsRight = 0;
let headers = 0;
let headersRight = 0;
for (const [kind, k] of [...byKind].sort()) {
  lines.push([
    kind,
    String(k.tables),
    `${k.rowsRight}/${k.rows}`,
    pct(k.rowsRight, k.rows),
    `${k.headersRight}/${k.headers}`,
    pct(k.headersRight, k.headers),
  ]);
  rows += k.rows;
  rowsRight += k.rowsRight;
  headers += k.headers;
  headersRight += k.headersRight;
}
lines.push([
  "all",
  String(scores.length),
  `${rowsRight}/${rows}`,
  pct(rowsRight, rows),
  `${headersRight}/${headers}`,
  pct(headersRight, headers),
]);
const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
for (const l of lines) console.log(l.map((c, i) => c.padEnd(widths[i]!)).join("  "));
console.log("(header roles include the table kind; rows include budget lines and printed totals)");
const failures = scores.flatMap((s) => s.failures);
if (failures.length) {
  console.log(`\n${failures.length} mismatch(es)`);
  for (const f of detail ? failures : failures.slice(0, 20)) console.log(`  ${f}`);
}
const ok = rowsRight / Math.max(1, rows) >= 0.98 && headersRight === headers;
process.exitCode = ok ? 0 : 1;
