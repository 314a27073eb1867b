/** How the fake stores what Office.js writes into cells: Excel's coercions included. */
import type { CellValue, GridRange } from "../../engine/snapshot";
import { coerceInput } from "./coerce";
import { FakeOfficeError } from "./errors";
import { blockSize, ensureCell, getCell, type FakeCell, type FakeSheetState } from "./state";

/**
 * Excel parses what it is given unless the cell is formatted as text ("@"): "=..." becomes a
 * formula, "12" a number, "50%" a fraction, "TRUE" a boolean, "3/5/2024" a date, "#N/A" an error,
 * and a leading apostrophe is dropped (coerce.ts). The fake does the same, so an adapter that
 * forgets the text format shows up in tests.
 */
export function storeInput(cell: FakeCell, input: unknown): void {
  if (input === null || input === undefined) return; // null in a 2-D write leaves the cell alone
  delete cell.error;
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    delete cell.formula;
    return;
  }
  if (typeof input !== "string")
    throw new FakeOfficeError("InvalidArgument", `Unsupported cell input ${JSON.stringify(input)}.`);
  delete cell.formula;
  if (cell.numberFormat === "@") {
    // In a text cell the input is kept as typed, a leading apostrophe included.
    cell.value = input;
    return;
  }
  const c = coerceInput(input);
  cell.value = c.value;
  if (c.formula !== undefined) cell.formula = c.formula;
  if (c.error) cell.error = true;
  if (c.format && cell.numberFormat === "General") cell.numberFormat = c.format;
}

/** A 2-D input must match the block; a single value fills it (Office.js allows both). */
export function forEachInput(
  block: GridRange,
  input: unknown,
  fn: (row: number, col: number, v: unknown) => void,
): void {
  if (!Array.isArray(input)) {
    if (blockSize(block) > 5_000_000)
      throw new FakeOfficeError("FakeNotImplemented", "The fake Excel does not fill whole sheets.");
    for (let r = 0; r < block.rowCount; r++)
      for (let c = 0; c < block.colCount; c++) fn(block.row + r, block.col + c, input);
    return;
  }
  if (
    input.length !== block.rowCount ||
    input.some((row) => !Array.isArray(row) || row.length !== block.colCount)
  )
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${block.rowCount}x${block.colCount}).`,
    );
  for (let r = 0; r < block.rowCount; r++) {
    const row = input[r] as unknown[];
    for (let c = 0; c < block.colCount; c++) fn(block.row + r, block.col + c, row[c]);
  }
}

export function readGrid<V>(
  sheet: FakeSheetState,
  block: GridRange,
  pick: (cell: FakeCell | undefined) => V,
): V[][] {
  if (blockSize(block) > 5_000_000)
    throw new FakeOfficeError("GeneralException", "The response payload size has exceeded the limit.");
  const out: V[][] = [];
  for (let r = 0; r < block.rowCount; r++) {
    const row: V[] = [];
    for (let c = 0; c < block.colCount; c++) row.push(pick(getCell(sheet, block.row + r, block.col + c)));
    out.push(row);
  }
  return out;
}

export function valueOf(cell: FakeCell | undefined): CellValue {
  return cell ? cell.value : "";
}

export function formulaOf(cell: FakeCell | undefined): CellValue {
  if (!cell) return "";
  return cell.formula ?? cell.value;
}

export function formatOf(cell: FakeCell | undefined): string {
  return cell ? cell.numberFormat : "General";
}

export function writeValues(sheet: FakeSheetState, block: GridRange, input: unknown): void {
  forEachInput(block, input, (r, c, v) => {
    if (v === null || v === undefined) return;
    storeInput(ensureCell(sheet, r, c), v);
  });
}

export function writeFormulas(sheet: FakeSheetState, block: GridRange, input: unknown): void {
  forEachInput(block, input, (r, c, v) => {
    if (v === null || v === undefined) return;
    const cell = ensureCell(sheet, r, c);
    if (typeof v === "string" && v.startsWith("=")) {
      cell.formula = v;
      cell.value = "#NAME?";
    } else storeInput(cell, v);
  });
}

export function writeNumberFormats(sheet: FakeSheetState, block: GridRange, input: unknown): void {
  forEachInput(block, input, (r, c, v) => {
    if (v === null || v === undefined) return;
    if (typeof v !== "string") throw new FakeOfficeError("InvalidArgument", "A number format is a string.");
    ensureCell(sheet, r, c).numberFormat = v === "" ? "General" : v;
  });
}

/** Applies a style change to every cell of a block (creating cells, as formatting does in Excel). */
export function styleCells(sheet: FakeSheetState, block: GridRange, change: (cell: FakeCell) => void): void {
  if (blockSize(block) > 5_000_000)
    throw new FakeOfficeError("FakeNotImplemented", "The fake Excel does not format whole sheets.");
  for (let r = 0; r < block.rowCount; r++)
    for (let c = 0; c < block.colCount; c++) change(ensureCell(sheet, block.row + r, block.col + c));
}
