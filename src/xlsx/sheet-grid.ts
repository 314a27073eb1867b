/**
 * The snapshot grids of a sheet, filled straight from its cells as they are read (sheet-cells.ts):
 * each row's arrays are made once, at their place, instead of gathering every cell in parallel lists
 * and copying them into the grids (five lists of 3 million entries at 100,000 rows). The format and
 * formula rows a sheet does not set ("General" and "" throughout, nearly all of them) are one
 * frozen row per sheet: 80 MB less to carry through the run at 100,000 rows. The reader never
 * writes into a snapshot row (reader/owned.ts copies a row before blanking it).
 */
import type { CellValue, GridRange, SheetSnapshot } from "../engine/snapshot";
import { XlsxInputError } from "./errors";

/**
 * A sheet's cells that hold a value or a formula, by absolute row + 1 (a reference such as "A0"
 * reads as row -1), each row's arrays indexed by absolute column; format and formula rows only
 * where a cell sets one. Bounds are -1 … -1 while empty.
 */
export interface CellRows {
  values: (CellValue[] | undefined)[];
  formats: (string[] | undefined)[];
  formulas: (string[] | undefined)[];
  minRow: number;
  maxRow: number;
  minCol: number;
  maxCol: number;
  count: number;
}

export function newCellRows(): CellRows {
  return { values: [], formats: [], formulas: [], minRow: -1, maxRow: -1, minCol: -1, maxCol: -1, count: 0 };
}

function rowArray<T>(rows: (T[] | undefined)[], key: number, width: number): T[] {
  return (rows[key] ??= new Array<T>(width));
}

/** Sets a cell; a later cell at the same place replaces it, as in the grid before. */
export function putCell(
  cells: CellRows,
  row: number,
  col: number,
  value: CellValue,
  format: string,
  formula: string,
): void {
  const key = row + 1;
  if (!Number.isInteger(key) || key < 0 || key > 1048576)
    throw new XlsxInputError("BAGIAN_RUSAK", `row ${row + 1} is no worksheet row`);
  const width = Math.max(cells.maxCol, col) + 1;
  rowArray(cells.values, key, width)[col] = value;
  if (format !== "General" || cells.formats[key] !== undefined)
    rowArray(cells.formats, key, width)[col] = format;
  if (formula !== "" || cells.formulas[key] !== undefined)
    rowArray(cells.formulas, key, width)[col] = formula;
  if (cells.count++ === 0) {
    cells.minRow = cells.maxRow = row;
    cells.minCol = cells.maxCol = col;
    return;
  }
  if (row < cells.minRow) cells.minRow = row;
  if (row > cells.maxRow) cells.maxRow = row;
  if (col < cells.minCol) cells.minCol = col;
  if (col > cells.maxCol) cells.maxCol = col;
}

/** A row cut to the used columns, its gaps filled; in place when it already starts at column 0. */
function fitRow<T>(row: T[], minCol: number, width: number, fill: T): T[] {
  if (minCol === 0 && row.length <= width) {
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = fill;
    return row;
  }
  const out = new Array<T>(width);
  for (let c = 0; c < width; c++) {
    const v = row[c + minCol];
    out[c] = v === undefined ? fill : v;
  }
  return out;
}

export function toSheet(
  name: string,
  visibility: SheetSnapshot["visibility"],
  isProtected: boolean,
  merges: GridRange[],
  cells: CellRows,
): SheetSnapshot {
  const base = { name, merges, visibility, protected: isProtected };
  if (cells.count === 0) {
    return {
      ...base,
      origin: { row: 0, col: 0 },
      values: [[""]],
      numberFormats: [["General"]],
      formulas: [[""]],
    };
  }
  const { minRow, minCol } = cells;
  const width = cells.maxCol - minCol + 1;
  const general = Object.freeze(new Array<string>(width).fill("General")) as string[];
  const none = Object.freeze(new Array<string>(width).fill("")) as string[];
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const formulas: string[][] = [];
  for (let key = minRow + 1; key <= cells.maxRow + 1; key++) {
    const v = cells.values[key];
    values.push(v ? fitRow(v, minCol, width, "") : new Array<CellValue>(width).fill(""));
    const f = cells.formats[key];
    numberFormats.push(f ? fitRow(f, minCol, width, "General") : general);
    const x = cells.formulas[key];
    formulas.push(x ? fitRow(x, minCol, width, "") : none);
  }
  return { ...base, origin: { row: minRow, col: minCol }, values, numberFormats, formulas };
}
