/** One worksheet part: cells in <sheetData>, merges, columns, panes, tab colour, rule blocks. */
import { cellAddress, parseAddress, rangeAddress } from "../../engine/address";
import type { PlanValue } from "../../engine/plan";
import { OoxmlPackage } from "./package";
import { refColumn, SheetRows, splitSheet } from "./sheet-rows";
import { sqrefInside } from "./sqref";
import {
  XDocument,
  XElement,
  child,
  parseXml,
  children,
  createLike,
  ensureChild,
  insertInOrder,
  isolateCol,
  isElement,
  removeChildren,
  root,
  textElementXml,
  setText,
  xmlSafeText,
} from "./xml";

export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;
const SHEET_PR_ORDER = ["tabColor", "outlinePr", "pageSetUpPr"] as const;
const CELL_ORDER = ["f", "v", "is", "extLst"] as const;

/** Thrown when a write would overwrite a formula that other cells share: the plan must not do that. */
export class SharedFormulaError extends Error {
  constructor(readonly cell: string) {
    super(`cell ${cell} holds a shared formula other cells depend on`);
  }
}

/**
 * A cell of a sheet whose cells are kept as records (see SheetEditor.records): what the tree would
 * hold for it, down to the order of its attributes, so the written text is the same.
 */
interface CellRecord {
  col: number;
  /** cellXfs index; undefined when the cell has no s attribute */
  s: number | undefined;
  /** s was added after t (a style written over a value), so it follows t in the tag */
  sAfterT: boolean;
  t: "inlineStr" | "b" | undefined;
  /** the <v> text, or the inline string's text */
  v: string | undefined;
}

interface Block {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

interface MergeEntry {
  el: XElement;
  /** the ref as compared: without "$", upper case */
  ref: string;
  /** null when the ref cannot be read */
  block: Block | null;
}

function mergeRef(m: XElement): { ref: string; block: Block | null } {
  const attr = m.getAttribute("ref") ?? "";
  let block: Block | null;
  try {
    block = parseAddress(attr);
  } catch {
    block = null;
  }
  return { ref: attr.replace(/\$/g, "").toUpperCase(), block };
}

/** A sheet's merges by the rows they cover; tall merges (rare) are checked against every block. */
class MergeIndex {
  private static readonly TALL = 256;
  private readonly order = new Map<MergeEntry, number>();
  private readonly byRow = new Map<number, Set<MergeEntry>>();
  private readonly tall = new Set<MergeEntry>();
  private seq = 0;

  constructor(
    readonly mc: XElement,
    els: XElement[],
  ) {
    for (const el of els) this.add({ el, ...mergeRef(el) });
  }

  get size(): number {
    return this.order.size;
  }

  add(m: MergeEntry): void {
    this.order.set(m, this.seq++);
    // an unreadable ref (no block) is left as the user's file had it: it overlaps nothing
    if (!m.block) return;
    if (m.block.rowCount > MergeIndex.TALL) {
      this.tall.add(m);
      return;
    }
    for (let r = m.block.row; r < m.block.row + m.block.rowCount; r++) {
      let set = this.byRow.get(r);
      if (!set) this.byRow.set(r, (set = new Set()));
      set.add(m);
    }
  }

  remove(m: MergeEntry): void {
    this.order.delete(m);
    this.tall.delete(m);
    if (!m.block || m.block.rowCount > MergeIndex.TALL) return;
    for (let r = m.block.row; r < m.block.row + m.block.rowCount; r++) this.byRow.get(r)?.delete(m);
  }

  /** The merges overlapping a block, in the order they were listed. */
  overlapping(block: Block): MergeEntry[] {
    const found = new Set<MergeEntry>();
    for (const m of this.tall) if (overlaps(m.block!, block)) found.add(m);
    if (block.rowCount > MergeIndex.TALL) {
      for (const m of this.order.keys()) if (m.block && overlaps(m.block, block)) found.add(m);
    } else {
      for (let r = block.row; r < block.row + block.rowCount; r++) {
        for (const m of this.byRow.get(r) ?? []) if (overlaps(m.block!, block)) found.add(m);
      }
    }
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

function overlaps(a: Block, b: Block): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.col < b.col + b.colCount &&
    b.col < a.col + a.colCount
  );
}

/**
 * The zero-based column of a full cell reference (/^\$?([A-Za-z]{1,3})\$?(\d+)$/), else -1. Scanned by
 * hand: indexing a sheet runs it on every cell.
 */
function cellCol(ref: string): number {
  const n = ref.length;
  let i = ref.charCodeAt(0) === 36 ? 1 : 0;
  let col = 0;
  const start = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  const letters = i - start;
  if (letters < 1 || letters > 3) return -1;
  if (ref.charCodeAt(i) === 36) i++;
  if (i >= n) return -1;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
  }
  return col - 1;
}

export function normalSqref(sqref: string): string {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => p.replace(/\$/g, "").toUpperCase())
    .join(" ");
}

/** Whether user sheets keep their rows as text; tests turn it off to compare with the whole-tree path. */
export const sheetRowsAsText = { enabled: true };

export class SheetEditor {
  private rows?: Map<number, XElement>;
  private rowNums?: number[];
  private written?: Block;
  private merges?: MergeIndex;
  private cleared = false;
  /**
   * The cells of a sheet whose <sheetData> was empty when writing began (one the run creates or
   * clears), by one-based row, each row's cells by column; written out as text when the package is
   * saved. A large table as xmldom nodes took gigabytes; user sheets with cells stay in the tree.
   */
  private records?: Map<number, CellRecord[]>;
  private recordsDecided = false;
  /** A user sheet's rows kept as text, parsed row by row when reached (see sheet-rows.ts). */
  private rowText?: SheetRows;
  formulasOverwritten = 0;

  constructor(
    readonly pkg: OoxmlPackage,
    readonly name: string,
    readonly path: string,
    readonly doc: XDocument,
  ) {}

  /**
   * The editor of a worksheet part. A sheet with rows keeps them as text beside a tree of the rest
   * of the part; one already parsed by another step (or one this cannot split) stays a whole tree.
   */
  static async open(pkg: OoxmlPackage, name: string, path: string): Promise<SheetEditor> {
    if (sheetRowsAsText.enabled && !pkg.isParsed(path)) {
      const text = (await pkg.text(path))?.replace(/^\uFEFF/, "");
      const split = text === undefined ? undefined : splitSheet(text);
      const rows = split && SheetRows.of(split.rowsText, path);
      if (split && rows) {
        const doc = parseXml(split.skeleton, path);
        const ws = root(doc);
        const data = child(ws, "sheetData");
        if (!ws.prefix && data && !data.prefix && !data.firstChild && data.attributes.length === 0) {
          const ed = new SheetEditor(pkg, name, path, doc);
          pkg.adoptXml(path, doc);
          ed.rowText = rows;
          ed.recordsDecided = true;
          pkg.finishText(path, (saved) => ed.withRows(saved));
          return ed;
        }
      }
    }
    return new SheetEditor(pkg, name, path, await pkg.requireXml(path));
  }

  get ws(): XElement {
    return root(this.doc);
  }

  touch(): void {
    this.pkg.touch(this.path);
  }

  private get sheetData(): XElement {
    return ensureChild(this.ws, "sheetData", WORKSHEET_ORDER);
  }

  /** The record store, when this sheet's cells live there (decided at the first cell access). */
  private store(): Map<number, CellRecord[]> | undefined {
    if (this.recordsDecided) return this.records;
    this.recordsDecided = true;
    const data = this.sheetData;
    // Only a sheet without a prefix: its empty <sheetData> is then written as exactly "<sheetData/>".
    if (this.ws.prefix || data.prefix || children(data).length || data.firstChild) return undefined;
    this.records = new Map();
    this.pkg.finishText(this.path, (text) => this.withCells(text));
    return this.records;
  }

  private record(row: number, col: number, create: boolean): CellRecord | undefined {
    const rows = this.records!;
    let list = rows.get(row + 1);
    if (!list) {
      if (!create) return undefined;
      list = [];
      rows.set(row + 1, list);
    }
    let i = list.length;
    while (i > 0 && list[i - 1]!.col > col) i--;
    if (i > 0 && list[i - 1]!.col === col) return list[i - 1];
    if (!create) return undefined;
    const rec: CellRecord = { col, s: undefined, sAfterT: false, t: undefined, v: undefined };
    list.splice(i, 0, rec);
    return rec;
  }

  /**
   * The saved sheet text with the recorded cells in its (empty) <sheetData>, in pieces of a few
   * hundred rows: a piece per cell made millions of strings, one string for the whole sheet
   * hundreds of megabytes.
   */
  private withCells(text: string): string | string[] {
    const rows = this.records;
    if (!rows || rows.size === 0) return text;
    const at = text.indexOf("<sheetData/>");
    if (at < 0) throw new Error(`sheet "${this.name}": its cells have no place in the saved part`);
    const out: string[] = [text.slice(0, at), "<sheetData>"];
    const nums = [...rows.keys()].sort((a, b) => a - b);
    let piece = "";
    for (let i = 0; i < nums.length; i++) {
      const r = nums[i]!;
      piece += `<row r="${r}">`;
      for (const c of rows.get(r)!) piece += cellRecordText(r, c);
      piece += "</row>";
      if (i % 256 === 255) {
        out.push(piece);
        piece = "";
      }
    }
    out.push(piece, "</sheetData>", text.slice(at + "<sheetData/>".length));
    return out;
  }

  /** The saved sheet text with its rows (kept as text, edited ones written anew) back in <sheetData>. */
  private withRows(text: string): string | string[] {
    if (!this.rowText) return this.withCells(text);
    const at = text.indexOf("<sheetData/>");
    if (at < 0) throw new Error(`sheet "${this.name}": its rows have no place in the saved part`);
    return [
      text.slice(0, at),
      "<sheetData>",
      ...this.rowText.serialize(),
      "</sheetData>",
      text.slice(at + "<sheetData/>".length),
    ];
  }

  private index(): { rows: Map<number, XElement>; nums: number[] } {
    if (this.rows && this.rowNums) return { rows: this.rows, nums: this.rowNums };
    const rows = new Map<number, XElement>();
    let last = 0;
    for (const row of children(this.sheetData, "row")) {
      // Rows and cells may omit r (then they follow the previous one); writing needs explicit positions.
      let r = Number(row.getAttribute("r"));
      if (!r) {
        r = last + 1;
        row.setAttribute("r", String(r));
      }
      last = r;
      fillCellRefs(row, r);
      rows.set(r, row);
    }
    this.rows = rows;
    this.rowNums = [...rows.keys()].sort((a, b) => a - b);
    return { rows, nums: this.rowNums };
  }

  private row(r1: number, create: boolean): XElement | undefined {
    const { rows, nums } = this.index();
    const found = rows.get(r1);
    if (found || !create) return found;
    const el = createLike(this.sheetData, "row");
    el.setAttribute("r", String(r1));
    // Binary search for the first row after r1.
    let lo = 0;
    let hi = nums.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nums[mid]! < r1) lo = mid + 1;
      else hi = mid;
    }
    const next = nums[lo];
    if (next !== undefined) this.sheetData.insertBefore(el, rows.get(next)!);
    else this.sheetData.appendChild(el);
    nums.splice(lo, 0, r1);
    rows.set(r1, el);
    return el;
  }

  cell(row: number, col: number, create: boolean): XElement | undefined {
    if (this.store() || this.rowText)
      throw new Error(`sheet "${this.name}" keeps its cells outside the tree`);
    const rowEl = this.row(row + 1, create);
    if (!rowEl) return undefined;
    // Backwards: the add-in mostly writes to the right of the user's cells, so this stops at once.
    let after: XElement | undefined;
    for (let n = rowEl.lastChild; n; n = n.previousSibling) {
      if (!isElement(n) || n.localName !== "c") continue;
      const c = refColumn(n.getAttribute("r") ?? "");
      if (c === col) return n;
      if (c < col) {
        after = n;
        break;
      }
    }
    if (!create) return undefined;
    const c = createLike(rowEl, "c");
    c.setAttribute("r", cellAddress(row, col));
    const before = after ? after.nextSibling : firstCell(rowEl);
    if (before) rowEl.insertBefore(c, before);
    else rowEl.appendChild(c);
    // spans is only a loading hint; a stale one is worse than none.
    rowEl.removeAttribute("spans");
    return c;
  }

  styleOf(row: number, col: number): number {
    let r: XElement | undefined;
    if (this.rowText) {
      const s = this.rowText.styleOf(row + 1, col);
      if (s !== undefined) return s;
    } else if (this.store()) {
      const rec = this.record(row, col, false);
      if (rec?.s !== undefined) return rec.s;
    } else {
      const c = this.cell(row, col, false);
      if (c?.hasAttribute("s")) return Number(c.getAttribute("s")) || 0;
      r = this.row(row + 1, false);
    }
    // A new cell takes the row's or column's format the way Excel would show it.
    if (r?.getAttribute("customFormat") === "1" || r?.getAttribute("customFormat") === "true") {
      return Number(r.getAttribute("s")) || 0;
    }
    const cols = child(this.ws, "cols");
    for (const e of cols ? children(cols, "col") : []) {
      const min = Number(e.getAttribute("min")) - 1;
      const max = Number(e.getAttribute("max")) - 1;
      if (col >= min && col <= max && e.hasAttribute("style")) return Number(e.getAttribute("style")) || 0;
    }
    return 0;
  }

  /** Writes one value as literal data (strings never become formulas); `style` is a cellXfs index. */
  setCell(row: number, col: number, value: PlanValue, style: number | undefined): void {
    if (this.store()) {
      const rec = this.record(row, col, true)!;
      // As the tree path does it: s set (or kept) before t is set anew, so s comes first.
      if (style !== undefined) rec.s = style === 0 ? undefined : style;
      rec.sAfterT = false;
      const text = typeof value === "string" ? xmlSafeText(value) : "";
      if (text !== "") {
        rec.t = "inlineStr";
        rec.v = text;
      } else if (typeof value === "number" && Number.isFinite(value)) {
        rec.t = undefined;
        rec.v = String(value);
      } else if (typeof value === "boolean") {
        rec.t = "b";
        rec.v = value ? "1" : "0";
      } else {
        rec.t = undefined;
        rec.v = undefined;
      }
      return;
    }
    if (this.rowText) {
      const formula = this.rowText.formulaAt(row + 1, col);
      if (formula === "shared") throw new SharedFormulaError(cellAddress(row, col));
      if (formula === "formula") this.formulasOverwritten++;
      const text = typeof value === "string" ? xmlSafeText(value) : "";
      this.rowText.setCell(row + 1, col, value, style, text);
      return;
    }
    const c = this.cell(row, col, true)!;
    const f = child(c, "f");
    if (f) {
      if (f.getAttribute("t") === "shared" && f.hasAttribute("ref"))
        throw new SharedFormulaError(cellAddress(row, col));
      this.formulasOverwritten++;
    }
    for (const name of ["f", "v", "is"]) removeChildren(c, name);
    // Style before type keeps the attribute order of a rewritten cell equal to a new one's.
    if (style !== undefined) {
      if (style === 0) c.removeAttribute("s");
      else c.setAttribute("s", String(style));
    }
    c.removeAttribute("t");
    c.removeAttribute("vm");
    c.removeAttribute("cm");
    const text = typeof value === "string" ? xmlSafeText(value) : "";
    if (text !== "") {
      // "" leaves the cell blank, as Office.js does when a range gets "".
      c.setAttribute("t", "inlineStr");
      const is = insertInOrder(c, createLike(c, "is"), CELL_ORDER);
      const t = createLike(c, "t");
      setText(t, text);
      is.appendChild(t);
    } else if (typeof value === "number" && Number.isFinite(value)) {
      setText(insertInOrder(c, createLike(c, "v"), CELL_ORDER), String(value));
    } else if (typeof value === "boolean") {
      c.setAttribute("t", "b");
      setText(insertInOrder(c, createLike(c, "v"), CELL_ORDER), value ? "1" : "0");
    }
  }

  /** Sets only the cellXfs index of a cell (0 takes the s attribute away). */
  setStyle(row: number, col: number, xf: number): void {
    if (this.store()) {
      const rec = this.record(row, col, true)!;
      if (xf === 0) {
        rec.s = undefined;
        rec.sAfterT = false;
      } else {
        // A new s attribute goes after the ones the cell has; an existing one keeps its place.
        if (rec.s === undefined) rec.sAfterT = rec.t !== undefined;
        rec.s = xf;
      }
      return;
    }
    if (this.rowText) {
      this.rowText.setStyle(row + 1, col, xf);
      return;
    }
    const c = this.cell(row, col, true)!;
    if (xf === 0) c.removeAttribute("s");
    else c.setAttribute("s", String(xf));
  }

  /** The value a cell shows (inline, shared or plain), for chart caches. */
  valueAt(row: number, col: number, sharedStrings: string[]): string | number | undefined {
    if (this.rowText) return this.rowText.valueAt(row + 1, col, sharedStrings);
    if (this.store()) {
      const rec = this.record(row, col, false);
      if (!rec) return undefined;
      if (rec.t === "inlineStr") return rec.v ?? "";
      if (rec.v === undefined) return undefined;
      if (rec.t === "b") return rec.v === "1" ? "TRUE" : "FALSE";
      const n = Number(rec.v);
      return Number.isFinite(n) ? n : rec.v;
    }
    const c = this.cell(row, col, false);
    if (!c) return undefined;
    const t = c.getAttribute("t");
    if (t === "inlineStr") {
      const is = child(c, "is");
      return is ? (children(is).length ? childrenText(is) : "") : "";
    }
    const v = child(c, "v")?.textContent;
    if (v === undefined || v === null) return undefined;
    if (t === "s") return sharedStrings[Number(v)] ?? "";
    if (t === "str" || t === "e") return v;
    if (t === "b") return v === "1" ? "TRUE" : "FALSE";
    const n = Number(v);
    return Number.isFinite(n) ? n : v;
  }

  /** Widens the block this run wrote (the sheet's <dimension> grows to hold it). */
  noteWritten(block: Block): void {
    const w = this.written;
    if (!w) {
      this.written = { ...block };
      return;
    }
    const r2 = Math.max(w.row + w.rowCount, block.row + block.rowCount);
    const c2 = Math.max(w.col + w.colCount, block.col + block.colCount);
    w.row = Math.min(w.row, block.row);
    w.col = Math.min(w.col, block.col);
    w.rowCount = r2 - w.row;
    w.colCount = c2 - w.col;
  }

  /** Empties a sheet the add-in owns: cells, merges and rules (drawings are the caller's job). */
  clear(): void {
    const data = this.sheetData;
    while (data.firstChild) data.removeChild(data.firstChild);
    this.rows = undefined;
    this.rowNums = undefined;
    this.rowText = undefined;
    this.records = undefined;
    this.recordsDecided = false;
    for (const name of ["mergeCells", "conditionalFormatting", "dataValidations", "hyperlinks"]) {
      removeChildren(this.ws, name);
    }
    this.cleared = true;
    this.touch();
  }

  /** Adds a merge; merges it would overlap are removed, since overlapping merges corrupt a file. */
  addMerge(address: string): void {
    const block = parseAddress(address);
    const ref = rangeAddress(block.row, block.col, block.rowCount, block.colCount);
    const mc = ensureChild(this.ws, "mergeCells", WORKSHEET_ORDER);
    // The merges as read once per mergeCells element and kept in step here (only this method edits
    // them), found by row: a table writes thousands of merges, and a scan of all per merge was quadratic.
    if (this.merges?.mc !== mc) this.merges = new MergeIndex(mc, children(mc, "mergeCell"));
    const merges = this.merges;
    // In the order the file lists them: the first identical merge ends the search, as it always has.
    let removed = false;
    for (const m of merges.overlapping(block)) {
      if (m.ref === ref) {
        if (removed) {
          mc.setAttribute("count", String(merges.size));
          this.touch();
        }
        return;
      }
      mc.removeChild(m.el);
      merges.remove(m);
      removed = true;
    }
    const el = createLike(mc, "mergeCell");
    el.setAttribute("ref", ref);
    mc.appendChild(el);
    merges.add({ el, ref, block });
    mc.setAttribute("count", String(merges.size));
    this.touch();
  }

  /** Takes away the merge on exactly this block, if there is one. */
  removeMerge(address: string): void {
    const b = parseAddress(address);
    const ref = rangeAddress(b.row, b.col, b.rowCount, b.colCount);
    const mc = child(this.ws, "mergeCells");
    const hit = mc ? children(mc, "mergeCell").find((m) => mergeRef(m).ref === ref) : undefined;
    if (!mc || !hit) return;
    mc.removeChild(hit);
    const left = children(mc, "mergeCell").length;
    if (left === 0) this.ws.removeChild(mc);
    else mc.setAttribute("count", String(left));
    this.merges = undefined;
    this.touch();
  }

  setColumnWidth(col: number, width: number): void {
    const c1 = col + 1;
    const cols = ensureChild(this.ws, "cols", WORKSHEET_ORDER);
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
    this.touch();
  }

  setFreeze(rows: number, cols: number): void {
    const views = ensureChild(this.ws, "sheetViews", WORKSHEET_ORDER);
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
    this.touch();
  }

  setTabColor(argbColor: string): void {
    const pr = ensureChild(this.ws, "sheetPr", WORKSHEET_ORDER);
    removeChildren(pr, "tabColor");
    insertInOrder(pr, createLike(pr, "tabColor"), SHEET_PR_ORDER).setAttribute("rgb", argbColor);
    this.touch();
  }

  // ---- conditional formatting ----

  /**
   * Removes every <conditionalFormatting> on exactly this sqref; with `within`, also every one lying
   * wholly inside it (a write with no rules clears the block, as Office.js clearAll does).
   */
  removeRulesOn(sqref: string, within = false): number {
    const key = normalSqref(sqref);
    let removed = 0;
    for (const cf of children(this.ws, "conditionalFormatting")) {
      const ref = normalSqref(cf.getAttribute("sqref") ?? "");
      if (ref === key || (within && sqrefInside(ref, key))) {
        this.ws.removeChild(cf);
        removed++;
      }
    }
    if (removed) this.touch();
    return removed;
  }

  maxPriority(): number {
    let max = 0;
    for (const cf of children(this.ws, "conditionalFormatting")) {
      for (const r of children(cf, "cfRule")) max = Math.max(max, Number(r.getAttribute("priority")) || 0);
    }
    return max;
  }

  /** A new <conditionalFormatting> after the existing ones. */
  addRuleBlock(sqref: string): XElement {
    const cf = createLike(this.ws, "conditionalFormatting");
    cf.setAttribute("sqref", normalSqref(sqref));
    insertInOrder(this.ws, cf, WORKSHEET_ORDER);
    this.touch();
    return cf;
  }

  /** Sets <dimension> to the old used range joined with what this run wrote. */
  updateDimension(): void {
    if (!this.written) return;
    const blocks = [this.written];
    const dim = child(this.ws, "dimension");
    const old = dim?.getAttribute("ref");
    if (old && !this.cleared) {
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
    const el = dim ?? insertInOrder(this.ws, createLike(this.ws, "dimension"), WORKSHEET_ORDER);
    el.setAttribute("ref", ref);
  }
}

/** The first child of a row before which a cell may go (cells come before a row's extLst). */
function firstCell(rowEl: XElement): XElement["firstChild"] {
  for (let n = rowEl.firstChild; n; n = n.nextSibling) if (isElement(n)) return n;
  return null;
}

function childrenText(is: XElement): string {
  // <is><t>..</t></is> or rich runs <is><r><t>..</t></r>…</is>; phonetic runs (rPh) are not shown.
  let out = "";
  for (const e of children(is)) {
    if (e.localName === "t") out += e.textContent ?? "";
    else if (e.localName === "r") out += child(e, "t")?.textContent ?? "";
  }
  return out;
}

/** Gives every cell of a row its r, as a reader infers it: writing needs explicit positions. */
function fillCellRefs(row: XElement, r: number): void {
  let lastCol = -1;
  for (const c of children(row, "c")) {
    const ref = c.getAttribute("r");
    if (ref) lastCol = cellCol(ref);
    else {
      lastCol += 1;
      c.setAttribute("r", cellAddress(r - 1, lastCol));
    }
  }
}

/** One recorded cell as the tree would write it (attribute order included). */
function cellRecordText(r: number, c: CellRecord): string {
  let tag = `<c r="${cellAddress(r - 1, c.col)}"`;
  const s = c.s === undefined ? "" : ` s="${c.s}"`;
  const t = c.t === undefined ? "" : ` t="${c.t}"`;
  tag += c.sAfterT ? t + s : s + t;
  if (c.v === undefined) return `${tag}/>`;
  if (c.t === "inlineStr") return `${tag}><is>${textElementXml("t", c.v)}</is></c>`;
  return `${tag}><v>${c.v}</v></c>`;
}
