/**
 * Step 3 of applying a plan: the values and styles of its blocks. A table arrives as many small
 * blocks on one sheet sharing a few styles: the editor and the style book are looked up once per
 * sheet, each style's key once, each cellXfs entry once per run.
 */
import { parseAddress } from "../../engine/address";
import { eachRange, type ApplyReport, type PlanValue, type RangeWrite } from "../../engine/plan";
import { OoxmlRefusalError, userDataRefusal } from "./errors";
import { SharedFormulaError, type SheetEditor } from "./sheet";
import type { StyleBook } from "./styles";

/** What the step needs of the session applying the plan. */
interface ValuesSession {
  readonly report: ApplyReport;
  editor(name: string): Promise<SheetEditor>;
  /** a value as written: non-finite numbers empty, texts cut to Excel's limit */
  value(v: PlanValue): PlanValue;
}

/**
 * Writes the blocks in order; a table body held as a recipe (`pieces`) is made a piece at a time
 * here, each piece garbage once its cells are in the sheet.
 */
export async function writeValues(
  s: ValuesSession,
  ranges: readonly RangeWrite[],
  styles: () => Promise<StyleBook>,
): Promise<void> {
  // style key → number format ("" for none) → base xf → xf: no key string made per cell, which was
  // most of this loop at 10,000 rows (`npm run bench file`), every block there having number formats
  const xfCache = new Map<string, Map<string, Map<number, number>>>();
  const styleKeys = new WeakMap<object, string>();
  const keyOfStyle = (style: object | undefined): string => {
    if (!style) return "";
    let key = styleKeys.get(style);
    if (key === undefined) {
      key = JSON.stringify(style);
      styleKeys.set(style, key);
    }
    return key;
  };
  let ed: SheetEditor | undefined;
  for (const range of eachRange(ranges)) {
    if (ed?.name.toLowerCase() !== range.sheet.toLowerCase()) ed = await s.editor(range.sheet);
    const b = parseAddress(range.address);
    if (
      range.values &&
      (range.values.length !== b.rowCount || range.values.some((r) => r.length !== b.colCount))
    ) {
      throw new Error(`values for ${range.sheet}!${range.address} do not have the block's shape`);
    }
    // a block that takes its format from another: each cell starts from its source cell's style
    const from = range.formatFrom ? parseAddress(range.formatFrom) : null;
    const style = from ? undefined : range.style;
    const styled = !!style || !!range.numberFormats || !!from;
    const book = styled ? await styles() : undefined;
    const styleKey = styled ? keyOfStyle(style) : "";
    let byFormat = xfCache.get(styleKey);
    if (!byFormat) xfCache.set(styleKey, (byFormat = new Map()));
    const formats = byFormat;
    // the last base and format asked and their xf: neighbouring cells mostly share both
    let lastBase = -1;
    let lastFormat: string | undefined;
    let lastXf = 0;
    const xfOf = (base: number, numberFormat: string | undefined): number => {
      if (base === lastBase && numberFormat === lastFormat) return lastXf;
      let byBase = formats.get(numberFormat ?? "");
      if (!byBase) formats.set(numberFormat ?? "", (byBase = new Map()));
      let xf = byBase.get(base);
      if (xf === undefined) byBase.set(base, (xf = book!.xfFor(base, style, numberFormat)));
      lastBase = base;
      lastFormat = numberFormat;
      return (lastXf = xf);
    };
    try {
      writeBlock(ed, s, range, b, from, book ? xfOf : undefined);
    } catch (e) {
      if (e instanceof SharedFormulaError) throw new OoxmlRefusalError([userDataRefusal(ed.name, e.cell)]);
      throw e;
    }
    ed.noteWritten(b);
    ed.touch();
  }
}

type Block = ReturnType<typeof parseAddress>;

/** The cells of one block, row by row; `xfOf` is given when the block sets styles. */
function writeBlock(
  ed: SheetEditor,
  s: ValuesSession,
  range: RangeWrite,
  b: Block,
  from: Block | null,
  xfOf: ((base: number, numberFormat: string | undefined) => number) | undefined,
): void {
  const values = range.values;
  for (let i = 0; i < b.rowCount; i++) {
    const row = b.row + i;
    const rowValues = values?.[i];
    const formats = range.numberFormats?.[i];
    for (let j = 0; j < b.colCount; j++) {
      const col = b.col + j;
      const xf = xfOf
        ? xfOf(from ? ed.styleOf(from.row + i, from.col + j) : ed.styleOf(row, col), formats?.[j])
        : undefined;
      if (rowValues) ed.setCell(row, col, s.value(rowValues[j]!), xf);
      else if (xf !== undefined) ed.setStyle(row, col, xf);
    }
  }
  if (values) s.report.cellsWritten += b.rowCount * b.colCount;
}
