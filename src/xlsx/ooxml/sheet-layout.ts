/**
 * The parts of a worksheet outside its cells: column widths, frozen panes, tab colour, the
 * conditional-format blocks and the dimension, edited on the worksheet element (the caller marks
 * the part changed).
 */
import { cellAddress, parseAddress, rangeAddress } from "../../engine/address";
import { sqrefInside } from "./sqref";
import { WORKSHEET_ORDER } from "./worksheet-order";
import {
  XElement,
  child,
  children,
  createLike,
  ensureChild,
  insertInOrder,
  isolateCol,
  removeChildren,
} from "./xml";

const SHEET_PR_ORDER = ["tabColor", "outlinePr", "pageSetUpPr"] as const;

function normalSqref(sqref: string): string {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => p.replace(/\$/g, "").toUpperCase())
    .join(" ");
}

export function setColumnWidth(ws: XElement, col: number, width: number): void {
  const c1 = col + 1;
  const cols = ensureChild(ws, "cols", WORKSHEET_ORDER);
  const list = children(cols, "col");
  const hit = list.find((e) => Number(e.getAttribute("min")) <= c1 && c1 <= Number(e.getAttribute("max")));
  const w = String(Math.round(width * 100) / 100);
  if (hit) {
    isolateCol(cols, hit, c1);
    hit.setAttribute("width", w);
    hit.setAttribute("customWidth", "1");
  } else {
    const el = createLike(cols, "col");
    el.setAttribute("min", String(c1));
    el.setAttribute("max", String(c1));
    el.setAttribute("width", w);
    el.setAttribute("customWidth", "1");
    const after = list.find((e) => Number(e.getAttribute("min")) > c1);
    if (after) cols.insertBefore(el, after);
    else cols.appendChild(el);
  }
}

export function setFreeze(ws: XElement, rows: number, cols: number): void {
  const views = ensureChild(ws, "sheetViews", WORKSHEET_ORDER);
  let view = children(views, "sheetView")[0];
  if (!view) {
    view = createLike(views, "sheetView");
    view.setAttribute("workbookViewId", "0");
    views.appendChild(view);
  }
  removeChildren(view, "pane");
  removeChildren(view, "selection");
  if (rows > 0 || cols > 0) {
    const active = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
    const pane = createLike(view, "pane");
    if (cols > 0) pane.setAttribute("xSplit", String(cols));
    if (rows > 0) pane.setAttribute("ySplit", String(rows));
    pane.setAttribute("topLeftCell", cellAddress(rows, cols));
    pane.setAttribute("activePane", active);
    pane.setAttribute("state", "frozen");
    const sel = createLike(view, "selection");
    sel.setAttribute("pane", active);
    view.insertBefore(sel, view.firstChild);
    view.insertBefore(pane, sel);
  }
}

export function setTabColor(ws: XElement, argbColor: string): void {
  const pr = ensureChild(ws, "sheetPr", WORKSHEET_ORDER);
  removeChildren(pr, "tabColor");
  insertInOrder(pr, createLike(pr, "tabColor"), SHEET_PR_ORDER).setAttribute("rgb", argbColor);
}

/**
 * Removes every <conditionalFormatting> on exactly this sqref; with `within`, also every one lying
 * wholly inside it (a write with no rules clears the block, as Office.js clearAll does).
 */
export function removeRulesOn(ws: XElement, sqref: string, within = false): number {
  const key = normalSqref(sqref);
  let removed = 0;
  for (const cf of children(ws, "conditionalFormatting")) {
    const ref = normalSqref(cf.getAttribute("sqref") ?? "");
    if (ref === key || (within && sqrefInside(ref, key))) {
      ws.removeChild(cf);
      removed++;
    }
  }
  return removed;
}

export function maxPriority(ws: XElement): number {
  let max = 0;
  for (const cf of children(ws, "conditionalFormatting")) {
    for (const r of children(cf, "cfRule")) max = Math.max(max, Number(r.getAttribute("priority")) || 0);
  }
  return max;
}

/** A new <conditionalFormatting> after the existing ones. */
export function addRuleBlock(ws: XElement, sqref: string): XElement {
  const cf = createLike(ws, "conditionalFormatting");
  cf.setAttribute("sqref", normalSqref(sqref));
  insertInOrder(ws, cf, WORKSHEET_ORDER);
  return cf;
}

/** Sets <dimension> to the old used range (unless the sheet was emptied) joined with the block written. */
export function updateDimension(
  ws: XElement,
  written: { row: number; col: number; rowCount: number; colCount: number },
  cleared: boolean,
): void {
  const blocks = [written];
  const dim = child(ws, "dimension");
  const old = dim?.getAttribute("ref");
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
  const el = dim ?? insertInOrder(ws, createLike(ws, "dimension"), WORKSHEET_ORDER);
  el.setAttribute("ref", ref);
}
