/**
 * A column the add-in adds beside a user's table looks like the table: its header cells take the
 * format of the table's own last header cells (RangeWrite.formatFrom), which both writers copy.
 */
import { rangeAddress } from "../address";
import { gridInside, gridsIntersect, type SheetSnapshot } from "../snapshot";

/** The user's own last column: a rerun reads the columns the add-in added as part of the table. */
export function ownLastColumn(
  cols: { first: number; last: number },
  owned: (col: number) => boolean,
): number {
  let col = cols.last;
  while (col >= cols.first && owned(col)) col--;
  return col;
}

/**
 * The source of an added header block's format: the same rows of the user's last column — unless
 * one of its cells is part of a merge reaching outside it (a "Tahun 2024" group header over several
 * columns): a piece of a merge is not a format to copy, and the added header keeps its own style.
 */
export function lentFormat(
  sheet: SheetSnapshot,
  lastCol: number,
  row: number,
  rowCount: number,
): { formatFrom?: string } {
  if (lastCol < 0) return {};
  const source = { row, col: lastCol, rowCount, colCount: 1 };
  const inside = sheet.merges.every((m) => !gridsIntersect(m, source) || gridInside(m, source));
  return inside ? { formatFrom: rangeAddress(row, lastCol, rowCount, 1) } : {};
}
