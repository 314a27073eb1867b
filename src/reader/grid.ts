/**
 * A sheet seen through its merges: every cell of a merged area reads as the area's top-left cell,
 * which spreads group headers over their columns and carries merged Sasaran cells down.
 * Coordinates here are relative to the used range; `abs*` turn them into sheet positions.
 */
import { cellAddress } from "../engine/address";
import type { SourceRef } from "../engine/model";
import { ParseCache } from "../engine/parse";
import type { CellValue, SheetSnapshot } from "../engine/snapshot";
import { cellText } from "./text";

/**
 * A1 names of the cells a read refers to, one string per position across all sheets. The PK, pengukuran
 * and Renstra sheets of a workbook put their rows at the same places, so the same "E6" was made for each:
 * at 10,000 indicator rows 128,000 names for 82,000 positions, 1.1 MB of what the read keeps.
 */
export class CellNames {
  // by block of 1,024 rows of one column: a Map of the million positions of 100,000 rows took 1.4 s, and
  // one array per column from row 1 would hold a million slots for a table at the foot of a sheet
  private readonly blocks = new Map<number, (string | undefined)[]>();

  name(row: number, col: number): string {
    // columns < 2^14 (Excel's limit) keep each block's key its own; past it a name is made each time
    if (col >= 16384) return cellAddress(row, col);
    const key = (row >>> 10) * 16384 + col;
    let block = this.blocks.get(key);
    if (block === undefined) {
      block = new Array<string | undefined>(1024);
      this.blocks.set(key, block);
    }
    let s = block[row & 1023];
    if (s === undefined) {
      s = cellAddress(row, col);
      block[row & 1023] = s;
    }
    return s;
  }
}

/** What every grid of one read shares, so that equal cells and equal addresses are kept once. */
export interface ReadShared {
  parse: ParseCache;
  cells: CellNames;
}

export function readShared(): ReadShared {
  return { parse: new ParseCache(), cells: new CellNames() };
}

export interface Grid {
  sheet: SheetSnapshot;
  /** the caches of the read this grid belongs to */
  shared: ReadShared;
  name: string;
  rows: number;
  cols: number;
  /** value of the cell, or of its merge anchor */
  value(r: number, c: number): CellValue;
  text(r: number, c: number): string;
  format(r: number, c: number): string;
  /** the anchor (top-left) of the merge that holds the cell, or the cell itself */
  anchor(r: number, c: number): { r: number; c: number };
  /** the anchor as one number (equal for the cells of one merge), -1 outside the grid; no object per call */
  anchorKey(r: number, c: number): number;
  /** true when the cell is a merge anchor or not merged at all */
  isAnchor(r: number, c: number): boolean;
  /** width of the merge anchored here (1 when not merged) */
  spanCols(r: number, c: number): number;
  ref(r: number, c: number): SourceRef;
  absRow(r: number): number;
  absCol(c: number): number;
}

function widestRow(sheet: SheetSnapshot): number {
  let cols = 0;
  for (const row of sheet.values) if (row && row.length > cols) cols = row.length;
  return cols;
}

interface MergeIndex {
  /** anchorOf[i] = index of the anchor cell for merged children, -1 otherwise. */
  anchorOf: Int32Array;
  /** by anchor index: the width of its merge */
  span: Map<number, number>;
}

/** The sheet's merges clipped to the used range, by cell index. */
function mergeIndex(sheet: SheetSnapshot, rows: number, cols: number): MergeIndex {
  const r0 = sheet.origin.row;
  const c0 = sheet.origin.col;
  const anchorOf = new Int32Array(rows * cols).fill(-1);
  const span = new Map<number, number>();
  for (const m of sheet.merges ?? []) {
    const top = Math.max(0, m.row - r0);
    const left = Math.max(0, m.col - c0);
    const bottom = Math.min(rows - 1, m.row - r0 + m.rowCount - 1);
    const right = Math.min(cols - 1, m.col - c0 + m.colCount - 1);
    if (top > bottom || left > right) continue;
    const a = top * cols + left;
    span.set(a, right - left + 1);
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) {
        const i = r * cols + c;
        if (i !== a) anchorOf[i] = a;
      }
  }
  return { anchorOf, span };
}

/** 2^16 cells per block of the text cache: under the 100,000 slots past which new Array(n) is a dictionary. */
const TEXT_BLOCK_BITS = 16;

/**
 * Each cell's text, by cell index, kept once made: nearly every cell of a big sheet is read as text, several
 * times. In blocks of 65,536 made when first needed, not one array of every cell filled by push: its copies
 * while growing cost 37 MB at 100,000 indicator rows, each surviving young collections into old space.
 */
class TextCache {
  private readonly blocks: (string | undefined)[][] = [];

  get(i: number): string | undefined {
    return this.blocks[i >>> TEXT_BLOCK_BITS]?.[i & 0xffff];
  }

  set(i: number, t: string): void {
    const b = i >>> TEXT_BLOCK_BITS;
    (this.blocks[b] ??= new Array<string | undefined>(1 << TEXT_BLOCK_BITS))[i & 0xffff] = t;
  }
}

export function makeGrid(sheet: SheetSnapshot, shared: ReadShared = readShared()): Grid {
  const rows = sheet.values.length;
  const cols = widestRow(sheet);
  const r0 = sheet.origin.row;
  const c0 = sheet.origin.col;
  const { anchorOf, span } = mergeIndex(sheet, rows, cols);
  const textCache = new TextCache();
  const raw = (r: number, c: number): CellValue => sheet.values[r]?.[c] ?? "";
  const anchorIndex = (r: number, c: number): number => {
    if (r < 0 || c < 0 || r >= rows || c >= cols) return -1;
    const i = r * cols + c;
    const a = anchorOf[i]!;
    return a >= 0 ? a : i;
  };
  const cellName = (r: number, c: number): string => shared.cells.name(r, c);
  const grid: Grid = {
    sheet,
    shared,
    name: sheet.name,
    rows,
    cols,
    value(r, c) {
      const i = anchorIndex(r, c);
      if (i < 0) return "";
      return raw(Math.floor(i / cols), i % cols);
    },
    text(r, c) {
      const i = anchorIndex(r, c);
      if (i < 0) return "";
      let t = textCache.get(i);
      if (t === undefined) {
        t = cellText(raw(Math.floor(i / cols), i % cols));
        textCache.set(i, t);
      }
      return t;
    },
    format(r, c) {
      const i = anchorIndex(r, c);
      if (i < 0) return "General";
      return sheet.numberFormats?.[Math.floor(i / cols)]?.[i % cols] ?? "General";
    },
    anchor(r, c) {
      const i = anchorIndex(r, c);
      if (i < 0) return { r, c };
      return { r: Math.floor(i / cols), c: i % cols };
    },
    anchorKey: anchorIndex,
    isAnchor(r, c) {
      if (r < 0 || c < 0 || r >= rows || c >= cols) return true;
      return anchorOf[r * cols + c]! < 0;
    },
    spanCols(r, c) {
      return span.get(r * cols + c) ?? 1;
    },
    ref(r, c) {
      // the anchor's position straight from its index: no { r, c } object per value cell
      const i = anchorIndex(r, c);
      if (i < 0) return { sheet: sheet.name, cell: cellName(r + r0, c + c0) };
      return { sheet: sheet.name, cell: cellName(Math.floor(i / cols) + r0, (i % cols) + c0) };
    },
    absRow: (r) => r + r0,
    absCol: (c) => c + c0,
  };
  return grid;
}
