/**
 * A block an earlier run wrote on a user's sheet and this one does not (a Capaian/Predikat column
 * beside a table of another year): its merges undone, its cells emptied and back to the default
 * style, and, when the plan says so, its columns without the width the add-in gave them.
 */
import { parseAddress } from "../../engine/address";
import type { RemoveWrite } from "../../engine/plan";
import type { SheetEditor } from "./sheet";
import { child, children, isolateCol, type XElement } from "./xml";

/** Attributes a <col> keeps meaning without a width: anything but its span and the width itself. */
function meaningful(col: XElement): boolean {
  for (let i = 0; i < col.attributes.length; i++) {
    const name = col.attributes.item(i)?.name;
    if (name && !["min", "max", "width", "customWidth"].includes(name)) return true;
  }
  return false;
}

/** Column `col` (zero-based) back to the sheet's standard width. */
function standardWidth(ed: SheetEditor, col: number): void {
  const cols = child(ed.ws, "cols");
  if (!cols) return;
  const c1 = col + 1;
  const hit = children(cols, "col").find(
    (e) => Number(e.getAttribute("min")) <= c1 && c1 <= Number(e.getAttribute("max")),
  );
  if (!hit || !hit.hasAttribute("width")) return;
  isolateCol(cols, hit, c1);
  hit.removeAttribute("width");
  hit.removeAttribute("customWidth");
  if (!meaningful(hit)) cols.removeChild(hit);
  // <cols> must hold at least one <col>
  if (children(cols, "col").length === 0) ed.ws.removeChild(cols);
}

export function applyRemoval(ed: SheetEditor, r: RemoveWrite): void {
  for (const m of r.merges) ed.removeMerge(m);
  const b = parseAddress(r.address);
  for (let row = b.row; row < b.row + b.rowCount; row++)
    for (let col = b.col; col < b.col + b.colCount; col++) ed.setCell(row, col, null, 0);
  if (r.lebarStandar) for (let col = b.col; col < b.col + b.colCount; col++) standardWidth(ed, col);
  ed.touch();
}
