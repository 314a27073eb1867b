/** What every range object of the strict fake stands on: a block of one sheet. */
import type { GridRange } from "../../engine/snapshot";
import { FakeObject } from "./base";
import type { FakeSheetState } from "./state";

export interface RangeTarget {
  sheet: FakeSheetState;
  block: GridRange;
}

export abstract class RangePart extends FakeObject<RangeTarget> {
  override _sheetOf(t: RangeTarget): FakeSheetState {
    return t.sheet;
  }
}
