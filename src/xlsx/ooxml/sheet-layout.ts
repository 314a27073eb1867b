/**
 * The parts of a worksheet outside its cells: column widths, frozen panes, tab colour, page-setup
 * flags in <sheetPr>, the conditional-format blocks and the dimension, edited as text on the
 * worksheet's top-level children (the caller marks the part changed). An edited element is written
 * as a DOM would write it; its neighbours keep their bytes.
 */
import { cellAddress, parseAddress, rangeAddress } from "../../engine/address";
import {
  type Element,
  type WorksheetText,
  emptyElement,
  insertInOrder,
  localOf,
  named,
  readElement,
  startAttrs,
  writeElement,
} from "./worksheet-text";
import { attrText } from "./xml";
import { type Attr, type Piece, getAttr, removeAttr, setAttr, tagAttr } from "./xml-scan";

const SHEET_PR_ORDER = ["tabColor", "outlinePr", "pageSetUpPr"] as const;

function normalSqref(sqref: string): string {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => p.replace(/\$/g, "").toUpperCase())
    .join(" ");
}

/**
 * True when every area of a normalised sqref ("G3 G5:G7") lies wholly inside the block. An area in a
 * form the add-in never writes ("A:A") is never inside: that rule is the user's and is kept.
 */
function sqrefInside(sqref: string, block: string): boolean {
  if (sqref === "") return false;
  let box: ReturnType<typeof parseAddress>;
  try {
    box = parseAddress(block);
  } catch {
    return false;
  }
  return sqref.split(" ").every((part) => {
    try {
      const g = parseAddress(part);
      return (
        g.row >= box.row &&
        g.col >= box.col &&
        g.row + g.rowCount <= box.row + box.rowCount &&
        g.col + g.colCount <= box.col + box.colCount
      );
    } catch {
      return false;
    }
  });
}

/** An empty child of `parent` (with its prefix, as a DOM's createLike gives it) as a piece of content. */
function emptyChild(parent: Element, local: string, attrs: Record<string, string>): Piece {
  const name = parent.name.slice(0, parent.name.indexOf(":") + 1) + local;
  return { name, text: emptyElement(name, attrs) };
}

/** Rewrites a piece (a top-level child too) through `edit` on its element. */
function edit(piece: Piece, change: (e: Element) => void): void {
  const e = readElement(piece.text);
  change(e);
  piece.text = writeElement(e);
}

/** A <col> with its span, read. */
interface Col {
  piece: Piece;
  attrs: Attr[];
  min: number;
  max: number;
}

/** The <col> elements of a <cols>, in order. */
export function colsOf(cols: Element): Col[] {
  return named(cols.content, "col").map((piece) => {
    const attrs = startAttrs(piece.text);
    return { piece, attrs, min: Number(tagAttr(piece.text, "min")), max: Number(tagAttr(piece.text, "max")) };
  });
}

/**
 * The <col> covering column c1 (1-based) cut out of its span so that it covers c1 alone: the
 * columns left and right of it keep copies of its settings. Returns the piece now covering c1.
 */
function isolateCol(cols: Element, hit: Col, c1: number): Piece {
  const at = cols.content.indexOf(hit.piece);
  const copy = (name: string, value: number): Piece => {
    const p = { ...hit.piece };
    edit(p, (e) => setAttr(e.attrs, name, String(value)));
    return p;
  };
  const right = hit.max > c1 ? [copy("min", c1 + 1)] : [];
  const left = hit.min < c1 ? [copy("max", c1 - 1)] : [];
  edit(hit.piece, (e) => {
    setAttr(e.attrs, "min", String(c1));
    setAttr(e.attrs, "max", String(c1));
  });
  cols.content.splice(at, 1, ...left, hit.piece, ...right);
  return hit.piece;
}

export function setColumnWidth(ws: WorksheetText, col: number, width: number): void {
  const c1 = col + 1;
  const w = String(Math.round(width * 100) / 100);
  edit(ws.ensure("cols"), (cols) => {
    const list = colsOf(cols);
    const hit = list.find((e) => e.min <= c1 && c1 <= e.max);
    if (hit) {
      edit(isolateCol(cols, hit, c1), (e) => {
        setAttr(e.attrs, "width", w);
        setAttr(e.attrs, "customWidth", "1");
      });
      return;
    }
    const el = emptyChild(cols, "col", { min: String(c1), max: String(c1), width: w, customWidth: "1" });
    const after = list.find((e) => e.min > c1);
    cols.content.splice(after ? cols.content.indexOf(after.piece) : cols.content.length, 0, el);
  });
}

/** The first <sheetView>'s pane and selection for frozen rows and columns (none when both are 0). */
function freezeView(view: Element, rows: number, cols: number): void {
  view.content = view.content.filter((c) => !["pane", "selection"].includes(localOf(c.name ?? "")));
  if (rows <= 0 && cols <= 0) return;
  const active = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const pane = {
    ...(cols > 0 ? { xSplit: String(cols) } : {}),
    ...(rows > 0 ? { ySplit: String(rows) } : {}),
    ...{ topLeftCell: cellAddress(rows, cols), activePane: active, state: "frozen" },
  };
  view.content.unshift(emptyChild(view, "pane", pane), emptyChild(view, "selection", { pane: active }));
}

export function setFreeze(ws: WorksheetText, rows: number, cols: number): void {
  edit(ws.ensure("sheetViews"), (views) => {
    const piece =
      named(views.content, "sheetView")[0] ?? emptyChild(views, "sheetView", { workbookViewId: "0" });
    if (!views.content.includes(piece)) views.content.push(piece);
    edit(piece, (view) => freezeView(view, rows, cols));
  });
}

/** Puts one child into <sheetPr> in its schema place, replacing any of that name. */
export function setSheetPrChild(ws: WorksheetText, local: string, attrs: Record<string, string>): void {
  edit(ws.ensure("sheetPr"), (pr) => {
    pr.content = pr.content.filter((c) => c.name === null || localOf(c.name) !== local);
    insertInOrder(pr.content, emptyChild(pr, local, attrs), SHEET_PR_ORDER);
  });
}

export function setTabColor(ws: WorksheetText, argbColor: string): void {
  setSheetPrChild(ws, "tabColor", { rgb: attrText(argbColor) });
}

/**
 * Removes every <conditionalFormatting> on exactly this sqref; with `within`, also every one lying
 * wholly inside it (a write with no rules clears the block, as Office.js clearAll does).
 */
export function removeRulesOn(ws: WorksheetText, sqref: string, within = false): number {
  const key = normalSqref(sqref);
  let removed = 0;
  for (const cf of ws.findAll("conditionalFormatting")) {
    const ref = normalSqref(tagAttr(cf.text, "sqref") ?? "");
    if (ref === key || (within && sqrefInside(ref, key))) {
      ws.remove(cf);
      removed++;
    }
  }
  return removed;
}

export function maxPriority(ws: WorksheetText): number {
  let max = 0;
  for (const cf of ws.findAll("conditionalFormatting")) {
    for (const r of named(readElement(cf.text).content, "cfRule"))
      max = Math.max(max, Number(tagAttr(r.text, "priority")) || 0);
  }
  return max;
}

/** A new <conditionalFormatting> holding these rules (their text), after the existing ones. */
export function addRuleBlock(ws: WorksheetText, sqref: string, rules: string[]): void {
  const name = `${ws.p}conditionalFormatting`;
  const open = `<${name} sqref="${attrText(normalSqref(sqref))}"`;
  ws.insert("conditionalFormatting", rules.length ? `${open}>${rules.join("")}</${name}>` : `${open}/>`);
}

/** Sets <dimension> to the old used range (unless the sheet was emptied) joined with the block written. */
export function updateDimension(
  ws: WorksheetText,
  written: { row: number; col: number; rowCount: number; colCount: number },
  cleared: boolean,
): void {
  const blocks = [written];
  const dim = ws.find("dimension");
  const old = dim ? tagAttr(dim.text, "ref") : undefined;
  if (old && !cleared) {
    try {
      blocks.push(parseAddress(old));
    } catch {
      // an unreadable old ref is replaced by what was written
    }
  }
  let r1 = Infinity;
  let c1 = Infinity;
  let r2 = -Infinity;
  let c2 = -Infinity;
  for (const b of blocks) {
    r1 = Math.min(r1, b.row);
    c1 = Math.min(c1, b.col);
    r2 = Math.max(r2, b.row + b.rowCount - 1);
    c2 = Math.max(c2, b.col + b.colCount - 1);
  }
  const ref = rangeAddress(r1, c1, r2 - r1 + 1, c2 - c1 + 1);
  edit(dim ?? ws.insert("dimension", ws.empty("dimension")), (e) => setAttr(e.attrs, "ref", ref));
}

/** Attributes a <col> keeps meaning without a width: anything but its span and the width itself. */
function meaningful(attrs: Attr[]): boolean {
  return attrs.some((a) => !["min", "max", "width", "customWidth"].includes(a.name));
}

/** Column `col` (zero-based) back to the sheet's standard width. */
export function standardWidth(ws: WorksheetText, col: number): void {
  const kid = ws.find("cols");
  if (!kid) return;
  const c1 = col + 1;
  const cols = readElement(kid.text);
  const hit = colsOf(cols).find((e) => e.min <= c1 && c1 <= e.max);
  if (!hit || getAttr(hit.attrs, "width") === undefined) return;
  const piece = isolateCol(cols, hit, c1);
  edit(piece, (e) => {
    removeAttr(e.attrs, "width");
    removeAttr(e.attrs, "customWidth");
    if (!meaningful(e.attrs)) cols.content.splice(cols.content.indexOf(piece), 1);
  });
  // <cols> must hold at least one <col>
  if (named(cols.content, "col").length === 0) ws.remove(kid);
  else kid.text = writeElement(cols);
}
