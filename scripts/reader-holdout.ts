/**
 * Reader accuracy on a holdout corpus (layouts found in no family, written without looking at the reader),
 * scored and printed exactly as scripts/reader-accuracy.ts does the families. "--set 1" (the default) is
 * test/fixtures/layouts/holdout, "--set 2" test/fixtures/layouts/holdout2, "--set 3" test/fixtures/layouts/holdout3,
 * "--set 4" test/fixtures/layouts/holdout4,
 * "--set 5" test/fixtures/layouts/holdout5, "--set 6" test/fixtures/layouts/holdout6,
 * "--set 7" test/fixtures/layouts/holdout7, "--set 8" test/fixtures/layouts/holdout8,
 * "--set 9" test/fixtures/layouts/holdout9, "--set 10" test/fixtures/layouts/holdout10,
 * "--set 11" test/fixtures/layouts/holdout11, "--set 12" test/fixtures/layouts/holdout12,
 * "--set 13" test/fixtures/layouts/holdout13, "--set 14" test/fixtures/layouts/holdout14,
 * "--set 15" test/fixtures/layouts/holdout15.
 * Run: npx tsx scripts/reader-holdout.ts [--set 1|2|…|15] [--detail] [--family <id>]
 * Same targets per family (≥ 98 % rows, no silent skip, no false finding); exit code 1 when one is missed.
 */
import { runReport } from "../test/fixtures/layouts/families/report";
import { holdoutFixtures } from "../test/fixtures/layouts/holdout";
import { holdout2Fixtures } from "../test/fixtures/layouts/holdout2";
import { holdout3Fixtures } from "../test/fixtures/layouts/holdout3";
import { holdout4Fixtures } from "../test/fixtures/layouts/holdout4";
import { holdout5Fixtures } from "../test/fixtures/layouts/holdout5";
import { holdout6Fixtures } from "../test/fixtures/layouts/holdout6";
import { holdout7Fixtures } from "../test/fixtures/layouts/holdout7";
import { holdout8Fixtures } from "../test/fixtures/layouts/holdout8";
import { holdout9Fixtures } from "../test/fixtures/layouts/holdout9";
import { holdout10Fixtures } from "../test/fixtures/layouts/holdout10";
import { holdout11Fixtures } from "../test/fixtures/layouts/holdout11";
import { holdout12Fixtures } from "../test/fixtures/layouts/holdout12";
import { holdout13Fixtures } from "../test/fixtures/layouts/holdout13";
import { holdout14Fixtures } from "../test/fixtures/layouts/holdout14";
import { holdout15Fixtures } from "../test/fixtures/layouts/holdout15";
import type { LayoutFixture } from "../test/fixtures/layouts/types";

const SETS: Record<string, () => LayoutFixture[]> = {
  "1": holdoutFixtures,
  "2": holdout2Fixtures,
  "3": holdout3Fixtures,
  "4": holdout4Fixtures,
  "5": holdout5Fixtures,
  "6": holdout6Fixtures,
  "7": holdout7Fixtures,
  "8": holdout8Fixtures,
  "9": holdout9Fixtures,
  "10": holdout10Fixtures,
  "11": holdout11Fixtures,
  "12": holdout12Fixtures,
  "13": holdout13Fixtures,
  "14": holdout14Fixtures,
  "15": holdout15Fixtures,
};

const args = process.argv.slice(2);
const set = args.includes("--set") ? (args[args.indexOf("--set") + 1] ?? "") : "1";
const fixtures = SETS[set];
if (!fixtures) {
  console.error(`unknown --set "${set}": choose ${Object.keys(SETS).join(", ")}`);
  process.exitCode = 2;
} else process.exitCode = runReport(fixtures(), args);
