/** A one-sheet workbook from rows (a title line and a blank above them when given), read by the reader. */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

export function readRows(name: string, rows: CellValue[][], title?: string): ReturnType<typeof readWorkbook> {
  const s = new SheetBuilder(name);
  if (title) {
    s.row([title]);
    s.blank();
  }
  for (const r of rows) s.row(r);
  return readWorkbook(workbook(s.build()));
}
