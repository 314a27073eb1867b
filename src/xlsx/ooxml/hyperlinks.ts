/**
 * A plan sheet's internal links in the worksheet part: <hyperlink ref="E5" location="'Sheet 1'!D7"
 * display="D7" tooltip="…"/> inside <hyperlinks>, at that element's place in the schema sequence.
 * A link inside the workbook needs no relationship (r:id is only for files and web addresses). The
 * cell keeps the text the plan wrote there: a link is never a =HYPERLINK formula.
 */
import type { SheetLink } from "../../engine/plan";
import type { SheetEditor } from "./sheet";
import { WORKSHEET_ORDER } from "./worksheet-order";
import { type XElement, attrText, children, ensureChild, xmlStrippedText } from "./xml";

/** The links a run adds to one <hyperlinks>, by cell (upper case), in the order they are written. */
const added = new WeakMap<XElement, Map<string, string>>();

/**
 * Writes the links; a link already on one of those cells is replaced, never doubled. The sheet's
 * own links stay elements; the run's are text spliced after them (the Temuan sheet has one per
 * finding, a hundred thousand at 100,000 rows), written as the tree would write them.
 */
export function applyLinks(ed: SheetEditor, links: readonly SheetLink[]): void {
  if (links.length === 0) return;
  const list = ensureChild(ed.ws, "hyperlinks", WORKSHEET_ORDER);
  let ours = added.get(list);
  if (!ours) {
    const texts = new Map<string, string>();
    added.set(list, (ours = texts));
    ed.spliceInto(list, () => texts.values());
  }
  const onCell = new Map(children(list, "hyperlink").map((h) => [h.getAttribute("ref")?.toUpperCase(), h]));
  const open = `<${list.prefix ? `${list.prefix}:` : ""}hyperlink`;
  for (const link of links) {
    const key = link.cell.toUpperCase();
    const old = onCell.get(key);
    if (old) {
      list.removeChild(old);
      onCell.delete(key);
    }
    // deleted first, so a replaced link of this run moves to the end as an appended element would
    ours.delete(key);
    const tip = link.tip ? ` tooltip="${attrText(xmlStrippedText(link.tip))}"` : "";
    ours.set(
      key,
      `${open} ref="${attrText(link.cell)}" location="${attrText(xmlStrippedText(link.location))}"${tip}` +
        ` display="${attrText(xmlStrippedText(link.text))}"/>`,
    );
  }
  ed.touch();
}
