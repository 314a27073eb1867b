/** What a column's data cells hold, counted: the evidence several column rules decide from. */
import type { ColumnMapping } from "../engine/mapping";
import type { Grid } from "./grid";
import type { FoundTable } from "./tables";

/** A column's filled data cells, and how many of them pass `test` (given the text and the grid row). */
export function dataCells(
  g: Grid,
  t: FoundTable,
  col: ColumnMapping,
  test: (text: string, r: number) => boolean,
): [filled: number, passed: number] {
  const rc = col.col - g.sheet.origin.col;
  let filled = 0;
  let passed = 0;
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
    const tx = g.text(r, rc);
    if (tx === "") continue;
    filled++;
    if (test(tx, r)) passed++;
  }
  return [filled, passed];
}
