/**
 * The document behind the fake: plain data that the proxy objects read and change only while a
 * sync runs. No Node or DOM APIs, so the browser preview can hold it too.
 */
import type { CellValue, GridRange } from "../../engine/snapshot";
import { FakeOfficeError } from "./errors";

export type Edge = "top" | "bottom" | "left" | "right";

export interface FakeCellStyle {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  border?: Partial<Record<Edge, { style?: string; weight?: string; color?: string }>>;
}

export interface FakeCell {
  row: number;
  col: number;
  value: CellValue;
  /** set when the cell holds a formula; value then is what the fake could not compute */
  formula?: string;
  /** set when Excel turned the input into an error value ("#N/A" typed into a General cell) */
  error?: true;
  numberFormat: string;
  style: FakeCellStyle;
  /** Range.hyperlink, once set (ExcelApi 1.7) */
  hyperlink?: FakeHyperlink;
}

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface FakeCfRule {
  id: number;
  range: GridRange;
  type: "CellValue" | "ContainsText" | "IconSet" | "Custom";
  priority: number;
  cellValue?: { operator?: string; formula1?: string; formula2?: string };
  /** a Custom rule's formula ("=AND(ISNUMBER(G7),G7<55)"), relative to the range's top-left cell */
  custom?: { formula?: string };
  textComparison?: { operator?: string; text?: string };
  iconSet?: { style?: string; criteria?: unknown[]; reverseIconOrder?: boolean; showIconOnly?: boolean };
  fill?: string;
  fontColor?: string;
}

export interface FakeChart {
  id: number;
  name: string;
  type: string;
  title: string;
  source: string;
  seriesBy: string;
  topLeft?: string;
  bottomRight?: string;
}

export type FakeVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeSheetState {
  name: string;
  visibility: FakeVisibility;
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: GridRange[];
  /** zero-based column → width in points (Office.js units) */
  columnWidths: Map<number, number>;
  cf: FakeCfRule[];
  /** "B4" → note text */
  notes: Map<string, string>;
  /** "B4" → comment text (threaded comments; the fake keeps where they are and the first text) */
  comments: Map<string, string>;
  charts: FakeChart[];
  freeze?: { rows: number; cols: number };
  tabColor?: string;
  /** Worksheet.pageLayout's settings, once any is set */
  pageLayout?: import("./page-layout").FakePageLayoutState;
  /** zero-based row → height in points, once set */
  rowHeights?: Map<number, number>;
}

export interface FakeWorkbookState {
  sheets: FakeSheetState[];
  /** name → reference formula, e.g. "=Data!$A$1:$B$2" */
  names: Map<string, string>;
  nextId: number;
  /** what Range.select() last selected */
  selection?: { sheet: string; address: string };
  /** how many times suspendApiCalculationUntilNextSync was applied */
  calculationSuspensions: number;
  /** workbook structure protection: no sheet added, deleted, renamed, hidden or shown */
  structureProtected?: boolean;
}

/** Excel refuses a change to the workbook's structure while it is protected. */
export function structureChange(wb: FakeWorkbookState, what: string): void {
  if (wb.structureProtected)
    throw new FakeOfficeError("AccessDenied", `The workbook structure is protected (${what}).`);
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function newSheet(name: string): FakeSheetState {
  return {
    name,
    visibility: "Visible",
    protected: false,
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    cf: [],
    notes: new Map(),
    comments: new Map(),
    charts: [],
  };
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function getCell(sheet: FakeSheetState, row: number, col: number): FakeCell | undefined {
  return sheet.cells.get(cellKey(row, col));
}

export function ensureCell(sheet: FakeSheetState, row: number, col: number): FakeCell {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { row, col, value: "", numberFormat: "General", style: {} };
    sheet.cells.set(key, cell);
  }
  return cell;
}

export function blockSize(block: GridRange): number {
  return block.rowCount * block.colCount;
}

export function contains(block: GridRange, row: number, col: number): boolean {
  return (
    row >= block.row &&
    row < block.row + block.rowCount &&
    col >= block.col &&
    col < block.col + block.colCount
  );
}

/** The engine's block test, under the name the fake's modules use. */
export { gridsIntersect as intersects } from "../../engine/snapshot";

/** Cells of a block that exist; walks the sheet's cells when the block is larger (whole sheet). */
export function existingCellsIn(sheet: FakeSheetState, block: GridRange): FakeCell[] {
  const out: FakeCell[] = [];
  if (blockSize(block) <= sheet.cells.size) {
    for (let r = block.row; r < block.row + block.rowCount; r++)
      for (let c = block.col; c < block.col + block.colCount; c++) {
        const cell = getCell(sheet, r, c);
        if (cell) out.push(cell);
      }
    return out;
  }
  for (const cell of sheet.cells.values()) if (contains(block, cell.row, cell.col)) out.push(cell);
  return out;
}

function isStyled(cell: FakeCell): boolean {
  return cell.numberFormat !== "General" || Object.keys(cell.style).length > 0;
}

/** Bounding box of the used cells, null when there are none (getUsedRangeOrNullObject). */
export function usedBlock(sheet: FakeSheetState, valuesOnly: boolean): GridRange | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const cell of sheet.cells.values()) {
    const used = cell.value !== "" || cell.formula !== undefined || (!valuesOnly && isStyled(cell));
    if (!used) continue;
    r0 = Math.min(r0, cell.row);
    c0 = Math.min(c0, cell.col);
    r1 = Math.max(r1, cell.row);
    c1 = Math.max(c1, cell.col);
  }
  if (r1 < 0) return null;
  return { row: r0, col: c0, rowCount: r1 - r0 + 1, colCount: c1 - c0 + 1 };
}
