/**
 * The holdout sets after the first two, as workbooks the file mode can be run on. A few fixtures give
 * merges that overlap (a snapshot can say so, a workbook cannot: Excel and exceljs refuse them); those
 * are left out here by that evidence, and the test that uses this list checks how many.
 */
import { gridsIntersect, type WorkbookSnapshot } from "../../src/engine/snapshot";
import { holdout3Fixtures } from "../fixtures/layouts/holdout3";
import { holdout4Fixtures } from "../fixtures/layouts/holdout4";
import { holdout5Fixtures } from "../fixtures/layouts/holdout5";
import { holdout6Fixtures } from "../fixtures/layouts/holdout6";
import { holdout7Fixtures } from "../fixtures/layouts/holdout7";
import { holdout8Fixtures } from "../fixtures/layouts/holdout8";
import { holdout9Fixtures } from "../fixtures/layouts/holdout9";
import { holdout10Fixtures } from "../fixtures/layouts/holdout10";
import { holdout11Fixtures } from "../fixtures/layouts/holdout11";
import { holdout12Fixtures } from "../fixtures/layouts/holdout12";
import { holdout13Fixtures } from "../fixtures/layouts/holdout13";
import { holdout14Fixtures } from "../fixtures/layouts/holdout14";
import { holdout15Fixtures } from "../fixtures/layouts/holdout15";
import type { LayoutFixture } from "../fixtures/layouts/types";

const SETS = [
  holdout3Fixtures,
  holdout4Fixtures,
  holdout5Fixtures,
  holdout6Fixtures,
  holdout7Fixtures,
  holdout8Fixtures,
  holdout9Fixtures,
  holdout10Fixtures,
  holdout11Fixtures,
  holdout12Fixtures,
  holdout13Fixtures,
  holdout14Fixtures,
  holdout15Fixtures,
];

/** Whether two merged ranges of one sheet share a cell. */
export function mergesOverlap(snapshot: WorkbookSnapshot): boolean {
  return snapshot.sheets.some((s) =>
    s.merges.some((a, i) => s.merges.some((b, j) => j > i && gridsIntersect(a, b))),
  );
}

export function allLaterHoldouts(): LayoutFixture[] {
  return SETS.flatMap((set) => set());
}

/** Sets 3–15 without the fixtures whose merges overlap. */
export function laterHoldouts(): LayoutFixture[] {
  return allLaterHoldouts().filter((f) => !mergesOverlap(f.snapshot));
}
