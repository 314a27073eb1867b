/**
 * A plan sheet's internal links in the worksheet part: <hyperlink ref="E5" location="'Sheet 1'!D7"
 * display="D7" tooltip="…"/> inside <hyperlinks>, at that element's place in the schema sequence.
 * A link inside the workbook needs no relationship (r:id is only for files and web addresses). The
 * cell keeps the text the plan wrote there: a link is never a =HYPERLINK formula.
 */
import type { SheetLink } from "../../engine/plan";
import type { SheetEditor } from "./sheet";
import { WORKSHEET_ORDER } from "./worksheet-order";
import { children, createLike, ensureChild, xmlStrippedText } from "./xml";

/** Writes the links; a link already on one of those cells is replaced, never doubled. */
export function applyLinks(ed: SheetEditor, links: readonly SheetLink[]): void {
  if (links.length === 0) return;
  const list = ensureChild(ed.ws, "hyperlinks", WORKSHEET_ORDER);
  const onCell = new Map(children(list, "hyperlink").map((h) => [h.getAttribute("ref")?.toUpperCase(), h]));
  for (const link of links) {
    const old = onCell.get(link.cell.toUpperCase());
    if (old) list.removeChild(old);
    const el = createLike(list, "hyperlink");
    el.setAttribute("ref", link.cell);
    el.setAttribute("location", xmlStrippedText(link.location));
    if (link.tip) el.setAttribute("tooltip", xmlStrippedText(link.tip));
    el.setAttribute("display", xmlStrippedText(link.text));
    list.appendChild(el);
    onCell.set(link.cell.toUpperCase(), el);
  }
  ed.touch();
}
