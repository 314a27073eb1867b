/**
 * A plan sheet's internal links in the worksheet part: <hyperlink ref="E5" location="'Sheet 1'!D7"
 * display="D7" tooltip="…"/> inside <hyperlinks>, at that element's place in the schema sequence.
 * A link inside the workbook needs no relationship (r:id is only for files and web addresses). The
 * cell keeps the text the plan wrote there: a link is never a =HYPERLINK formula.
 */
import type { SheetLink } from "../../engine/plan";
import type { SheetEditor } from "./sheet";
import {
  type Element,
  type Kid,
  attrValue,
  drop,
  named,
  readElement,
  startAttrs,
  withMore,
} from "./worksheet-text";
import { attrText, xmlStrippedText } from "./xml";

/** A <hyperlinks> a run adds to: the element as read, and the run's links by cell (upper case), in order. */
interface Links {
  el: Element;
  ours: Map<string, string>;
}

const added = new WeakMap<Kid, Links>();

/** The element read once, written from then on as its remaining content and the run's links after it. */
function linksOf(kid: Kid): Links {
  const known = added.get(kid);
  if (known) return known;
  const st: Links = { el: readElement(kid.text), ours: new Map() };
  added.set(kid, st);
  kid.make = () => withMore(st.el, st.ours.values());
  return st;
}

/**
 * Writes the links; a link already on one of those cells is replaced, never doubled. The sheet's
 * own links keep their text; the run's are made when the part is saved (the Temuan sheet has one
 * per finding, a hundred thousand at 100,000 rows), written as a DOM would write them.
 */
export function applyLinks(ed: SheetEditor, links: readonly SheetLink[]): void {
  if (links.length === 0) return;
  const { el, ours } = linksOf(ed.ws.ensure("hyperlinks"));
  const onCell = new Map(
    named(el.content, "hyperlink").map((h) => [attrValue(startAttrs(h.text), "ref")?.toUpperCase(), h]),
  );
  const open = `<${el.name.slice(0, el.name.indexOf(":") + 1)}hyperlink`;
  for (const link of links) {
    const key = link.cell.toUpperCase();
    const old = onCell.get(key);
    if (old) {
      drop(old);
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
