/**
 * A plan sheet's internal links in the worksheet part: <hyperlink ref="E5" location="'Sheet 1'!D7"
 * display="D7" tooltip="…"/> inside <hyperlinks>, at that element's place in the schema sequence.
 * A link inside the workbook needs no relationship (r:id is only for files and web addresses). The
 * cell keeps the text the plan wrote there: a link is never a =HYPERLINK formula.
 */
import type { SheetLink } from "../../engine/plan";
import type { SheetEditor } from "./sheet";
import { type Element, type Kid, drop, named, readElement, withMore } from "./worksheet-text";
import { attrText, xmlStrippedText } from "./xml";
import { type Piece, tagAttr } from "./xml-scan";

/**
 * A <hyperlinks> a run adds to: the element as read, the run's link lists as given (a list or the
 * plan's recipe, read again when the part is saved) and, by their place among all of them, the links
 * a later one on the same cell replaced (none in the usual run). Each link's text kept from the
 * apply to the save was some 40 MB at 100,000 rows.
 */
interface Links {
  el: Element;
  runs: Iterable<SheetLink>[];
  replaced: Set<number>;
}

const added = new WeakMap<Kid, Links>();

/** The element read once, written from then on as its remaining content and the run's links after it. */
function linksOf(kid: Kid): Links {
  const known = added.get(kid);
  if (known) return known;
  const st: Links = { el: readElement(kid.text), runs: [], replaced: new Set() };
  added.set(kid, st);
  const open = `<${st.el.name.slice(0, st.el.name.indexOf(":") + 1)}hyperlink`;
  kid.make = () => withMore(st.el, linkTexts(st, open));
  return st;
}

/** The run's links as written, made one at a time; one a later link replaced is left out. */
function* linkTexts(st: Links, open: string): Generator<string> {
  let i = 0;
  for (const run of st.runs) {
    for (const link of run) {
      if (st.replaced.has(i++)) continue;
      const tip = link.tip ? ` tooltip="${attrText(xmlStrippedText(link.tip))}"` : "";
      yield (
        `${open} ref="${attrText(link.cell)}" location="${attrText(xmlStrippedText(link.location))}"${tip}` +
        ` display="${attrText(xmlStrippedText(link.text))}"/>`
      );
    }
  }
}

/**
 * A cell's key: a number for a plain A1 cell (row × 32768 + column: three letters reach column
 * 18,278), else its text in upper case. For ASCII text keys are equal exactly when the upper-case
 * texts are, as the string keys of this file were before (a number per link costs no string).
 */
export function cellKey(cell: string): number | string {
  let col = 0;
  let i = 0;
  for (; i < cell.length && i < 3; i++) {
    const c = cell.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  const digits = cell.length - i;
  // no letters, no digits, a leading zero or more than 7 digits: not a cell this key stands for
  if (col === 0 || digits < 1 || digits > 7 || cell.charCodeAt(i) === 48) return cell.toUpperCase();
  let row = 0;
  for (; i < cell.length; i++) {
    const d = cell.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return cell.toUpperCase();
    row = row * 10 + d;
  }
  return row * 32768 + col;
}

/**
 * Writes the links; a link already on one of those cells is replaced, never doubled, and of the
 * run's links on one cell the last is written, at its place (as a DOM's replaced element moves to
 * the end). The sheet's own links keep their text; the run's are made when the part is saved (the
 * Temuan sheet has one per finding, a hundred thousand at 100,000 rows).
 */
export function applyLinks(ed: SheetEditor, links: Iterable<SheetLink>): void {
  if (links[Symbol.iterator]().next().done) return;
  const { el, runs, replaced } = linksOf(ed.ws.ensure("hyperlinks"));
  const onCell = new Map<number | string, Piece>();
  for (const h of named(el.content, "hyperlink")) {
    const ref = tagAttr(h.text, "ref");
    if (ref !== undefined) onCell.set(cellKey(ref), h);
  }
  // the place of the last link on each cell, made anew (the lists given before, rarely any, read again)
  const last = new Map<number | string, number>();
  let i = 0;
  for (const run of runs) for (const link of run) last.set(cellKey(link.cell), i++);
  for (const link of links) {
    const key = cellKey(link.cell);
    const old = onCell.get(key);
    if (old) {
      drop(old);
      onCell.delete(key);
    }
    const before = last.get(key);
    if (before !== undefined) replaced.add(before);
    last.set(key, i++);
  }
  runs.push(links);
  ed.touch();
}
