/** The fake's Worksheet.pageLayout (ExcelApi 1.9): the print settings the add-in sets, kept on the sheet. */
import { FakeObject, type ScalarSpec, type WB } from "./base";
import type { FakeRequestContext } from "./base";
import { FakeOfficeError } from "./errors";
import type { FakeSheetState } from "./state";

export interface FakePageLayoutState {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  centerHorizontally?: boolean;
  margins: Record<string, number>;
  printTitleRows?: string;
  printArea?: string;
}

const MARGINS = ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"];
const ROWS_ADDRESS = /^\$?\d+:\$?\d+$/;

function layoutOf(s: FakeSheetState): FakePageLayoutState {
  return (s.pageLayout ??= { margins: {} });
}

function scalar(key: keyof FakePageLayoutState): ScalarSpec<FakeSheetState> {
  return {
    since: 9,
    get: (s) => s.pageLayout?.[key],
    set: (s, v) => {
      (layoutOf(s) as unknown as Record<string, unknown>)[key] = v;
    },
  };
}

const SCALARS: Record<string, ScalarSpec<FakeSheetState>> = {
  orientation: scalar("orientation"),
  paperSize: scalar("paperSize"),
  zoom: scalar("zoom"),
  centerHorizontally: scalar("centerHorizontally"),
};
for (const m of MARGINS)
  SCALARS[m] = {
    since: 9,
    get: (s) => s.pageLayout?.margins[m],
    set: (s, v) => {
      if (typeof v !== "number" || v < 0) throw new FakeOfficeError("InvalidArgument", `${m} is points ≥ 0.`);
      layoutOf(s).margins[m] = v;
    },
  };

export class FakePageLayout extends FakeObject<FakeSheetState> {
  readonly _typeName = "PageLayout";

  constructor(ctx: FakeRequestContext, path: string, resolve: (wb: WB) => FakeSheetState | null) {
    super(ctx, path, resolve, false);
  }

  override _sheetOf(s: FakeSheetState): FakeSheetState {
    return s;
  }

  override _scalars(): Record<string, ScalarSpec<FakeSheetState>> {
    return SCALARS;
  }

  setPrintTitleRows(rows: string): void {
    this._requires(9, "setPrintTitleRows");
    if (!ROWS_ADDRESS.test(rows)) throw new FakeOfficeError("InvalidArgument", `"${rows}" is no row range.`);
    this._write("setPrintTitleRows", rows, (s) => (layoutOf(s).printTitleRows = rows));
  }

  setPrintArea(area: string): void {
    this._requires(9, "setPrintArea");
    this._write("setPrintArea", area, (s) => (layoutOf(s).printArea = area));
  }
}
