/**
 * The workbook as the reader sees it. Both hosts produce exactly this shape:
 * src/excel (Office.js `values`, `numberFormat`, merged areas) and src/xlsx (exceljs).
 * Conventions follow Office.js so the Excel gateway can pass values straight through:
 * an empty cell is "", a date is its serial number, an error value is its text ("#DIV/0!").
 */
export type CellValue = string | number | boolean;

/** Zero-based, absolute position of a rectangular block on a sheet. */
export interface GridRange {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/** True when the two blocks share a cell. */
export function gridsIntersect(a: GridRange, b: GridRange): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.col < b.col + b.colCount &&
    b.col < a.col + a.colCount
  );
}

/** True when every cell of `inner` lies in `outer`. */
export function gridInside(inner: GridRange, outer: GridRange): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.col + inner.colCount <= outer.col + outer.colCount
  );
}

export interface SheetSnapshot {
  name: string;
  /** Zero-based absolute row/column of values[0][0] (the used range's top-left cell). */
  origin: { row: number; col: number };
  /** The used range, row-major; every row has the same length. */
  values: CellValue[][];
  /** Same shape as values; "General" where nothing is set. */
  numberFormats: string[][];
  /** Formulas where a cell holds one (same shape, "" elsewhere); optional because only the no-data-loss checks need it. */
  formulas?: string[][];
  merges: GridRange[];
  visibility: "visible" | "hidden" | "veryHidden";
  /** True when the sheet is protected: the add-in refuses to write there. */
  protected: boolean;
  /**
   * Cells (A1, e.g. "D7") that already hold a note or a comment, whoever wrote it. The add-in never
   * replaces a note it did not write (the state lists the ones it did). Absent when the host could
   * not tell, in which case the adapters check the cell themselves before writing a note.
   */
  catatan?: string[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** Names defined in the workbook (for ownership checks): name → "Sheet!A1:B2". */
  names: Record<string, string>;
}

/** Cell value at an absolute position, "" outside the used range. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.origin.row];
  if (!r) return "";
  const v = r[col - sheet.origin.col];
  return v === undefined ? "" : v;
}

export function formatAt(sheet: SheetSnapshot, row: number, col: number): string {
  const r = sheet.numberFormats[row - sheet.origin.row];
  return r?.[col - sheet.origin.col] ?? "General";
}
