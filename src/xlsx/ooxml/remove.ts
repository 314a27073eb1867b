/**
 * A block an earlier run wrote on a user's sheet and this one does not (a Capaian/Predikat column
 * beside a table of another year): its merges undone, its cells emptied and back to the default
 * style, and, when the plan says so, its columns without the width the add-in gave them.
 */
import { parseAddress } from "../../engine/address";
import type { RemoveWrite } from "../../engine/plan";
import type { SheetEditor } from "./sheet";
import { standardWidth } from "./sheet-layout";

export function applyRemoval(ed: SheetEditor, r: RemoveWrite): void {
  for (const m of r.merges) ed.merges.remove(m);
  const b = parseAddress(r.address);
  for (let row = b.row; row < b.row + b.rowCount; row++)
    for (let col = b.col; col < b.col + b.colCount; col++) ed.setCell(row, col, null, 0);
  if (r.lebarStandar) for (let col = b.col; col < b.col + b.colCount; col++) standardWidth(ed.ws, col);
  ed.touch();
}
