/**
 * Reader accuracy on the holdout corpus (test/fixtures/layouts/holdout: layouts found in no family, written
 * without looking at the reader), scored and printed exactly as scripts/reader-accuracy.ts does the families.
 * Run: npx tsx scripts/reader-holdout.ts [--detail] [--family <id>]
 * Same targets per family (≥ 98 % rows, no silent skip, no false finding); exit code 1 when one is missed.
 */
import { runReport } from "../test/fixtures/layouts/families/report";
import { holdoutFixtures } from "../test/fixtures/layouts/holdout";

process.exitCode = runReport(holdoutFixtures(), process.argv.slice(2));
