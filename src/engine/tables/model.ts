/**
 * A Tabel 3.x as data: rows of cells with roles, before it is placed on a sheet. One renderer
 * (src/engine/writeback/render.ts) turns a model into plan operations, so the pane can preview
 * the same models the run writes.
 */
import type { ChartWrite, PlanValue } from "../plan";

/** What a cell is; the renderer picks its style from the role and the row kind. */
export type CellRole = "header" | "no" | "text" | "group" | "number" | "percent" | "rupiah" | "label";

export interface ModelCell {
  value: PlanValue;
  role: CellRole;
  /** Excel number format for numeric cells */
  numberFormat?: string;
  /** cells this one spans downwards/rightwards (merged); covered cells are null in the row */
  rowSpan?: number;
  colSpan?: number;
}

/** header: the two header rows; data: one indicator or budget line; subtotal: a sasaran average; total: Jumlah or the OPD line; kosong: the single explanatory row of a table without data */
export type RowKind = "header" | "data" | "subtotal" | "total" | "kosong";

export interface ModelRow {
  kind: RowKind;
  /** one entry per column; null where a spanning cell above or to the left covers it */
  cells: (ModelCell | null)[];
}

/** A chart and the data block it draws from (category labels in the first column, series names in the first row). */
export interface ChartModel {
  key: string;
  type: ChartWrite["type"];
  title: string;
  data: PlanValue[][];
  numberFormat?: string;
}

export interface TableModel {
  /** "3.1" */
  nomor: string;
  /** the title after "Tabel 3.1", worded as the reports word it */
  judul: string;
  /** column widths in characters, one per column */
  widths: number[];
  header: ModelRow[];
  body: ModelRow[];
  /** lines printed under the table: only what this table uses (the capaian formula, the scale under Tabel 3.1) */
  footnotes: string[];
  /** "Sumber: …" printed under the footnotes, as the reports print it; absent: none */
  sumber?: string;
  charts: ChartModel[];
}

/**
 * Rows of a table body made and placed per piece when the write plan renders it (TABLE_BERTAHAP):
 * a piece this size is young garbage once placed, where a whole 100,000-row body lived to the end.
 * Small enough that a piece's writes die before the next scavenge: 4,096 rows lived through two
 * while the writer applied them and were promoted, 250 MB of old space at 100,000 indicators
 * (about 40 MB at 512) that brought on a major GC in the write step.
 */
export const POTONGAN_BARIS = 512;

/*
 * Cells and rows are made with `new` and their cell lists as rest parameters, never as literals: V8
 * allocates a literal's objects in the old generation for good once a hundred of them outlive a
 * young-generation collection, as a piece of a table body does, and then every piece made after
 * was old garbage, each keeping its young cells alive through the collections too. At 100,000
 * indicators that was some 100 MB of the plan step's old garbage (measured: 127 MB → 26 MB).
 */
class Cell implements ModelCell {
  // all five fields in this order, undefined where absent, and rows all made by `Row`: one hidden
  // class each, so the loops over every cell are optimised once, not again for each shape of cell or
  // row that reaches them later (10,000 rows: spansOf and modelRowHeights compiled 4 times → once,
  // layout 5–6 → 4)
  constructor(
    public value: PlanValue,
    public role: CellRole,
    public numberFormat: string | undefined,
    public rowSpan: number | undefined,
    public colSpan: number | undefined,
  ) {}
}

class Row implements ModelRow {
  constructor(
    public kind: RowKind,
    public cells: (ModelCell | null)[],
  ) {}
}

export function cell(value: PlanValue, role: CellRole, extra?: Omit<ModelCell, "value" | "role">): ModelCell {
  return extra === undefined
    ? new Cell(value, role, undefined, undefined, undefined)
    : new Cell(value, role, extra.numberFormat, extra.rowSpan, extra.colSpan);
}

/** A numeric cell and its Excel number format. */
export function numberCell(value: number, role: CellRole, numberFormat: string): ModelCell {
  return new Cell(value, role, numberFormat, undefined, undefined);
}

/** A body row of the given cells, one per column (null where a spanning cell covers it). */
export function rowOf(kind: RowKind, ...cells: (ModelCell | null)[]): ModelRow {
  return new Row(kind, cells);
}

/** A row of `width` columns with `first` spanning all of them (titles of empty tables, Jumlah labels). */
export function spanningRow(kind: RowKind, first: ModelCell, width: number): ModelRow {
  const cells: (ModelCell | null)[] = [cell(first.value, first.role, { ...first, colSpan: width })];
  for (let i = 1; i < width; i++) cells.push(null);
  return new Row(kind, cells);
}

/** Builds header rows from a compact description: each entry spans rows/columns; positions are filled left to right, skipping covered cells. */
export function headerRows(
  spec: { label: string; rowSpan?: number; colSpan?: number }[][],
  width: number,
): ModelRow[] {
  const grid: (ModelCell | null | undefined)[][] = spec.map(
    () => new Array<ModelCell | null | undefined>(width),
  );
  spec.forEach((entries, r) => {
    let c = 0;
    for (const e of entries) {
      while (c < width && grid[r]![c] !== undefined) c++;
      if (c >= width) break;
      const rs = e.rowSpan ?? 1;
      const cs = e.colSpan ?? 1;
      const extra: Omit<ModelCell, "value" | "role"> = {};
      if (rs > 1) extra.rowSpan = rs;
      if (cs > 1) extra.colSpan = cs;
      grid[r]![c] = cell(e.label, "header", extra);
      for (let dr = 0; dr < rs; dr++) {
        for (let dc = 0; dc < cs; dc++) {
          if ((dr > 0 || dc > 0) && grid[r + dr]) grid[r + dr]![c + dc] = null;
        }
      }
      c += cs;
    }
  });
  return grid.map(
    (row) =>
      new Row(
        "header",
        Array.from({ length: width }, (_, i) => (row[i] === undefined ? cell(null, "header") : row[i]!)),
      ),
  );
}
