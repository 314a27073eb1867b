/**
 * Reader accuracy per layout family (the seed layouts and test/fixtures/layouts/families): tables, rows read
 * right / present, header roles right / present, silent skips, false and missed findings.
 * Run: npx tsx scripts/reader-accuracy.ts [--detail] [--family <id>]
 * Targets per family: ≥ 98 % rows, no silent skip, no false finding. Exit code 1 when a target is missed.
 * Rows include budget lines and printed totals; a row that expects a capaian, polaritas or "hasil.*" year
 * value is right only when the engine (compute with Settings{ tahun }) gives it too. Header roles include
 * the table kind. The table is printed by test/fixtures/layouts/families/report.ts (shared with
 * scripts/reader-holdout.ts).
 */
import { allLayouts } from "../test/fixtures/layouts";
import { allFamilies } from "../test/fixtures/layouts/families";
import { runReport } from "../test/fixtures/layouts/families/report";

process.exitCode = runReport([...allLayouts(), ...allFamilies()], process.argv.slice(2));
