/**
 * The rows of a user's worksheet kept as the text they came in. The add-in writes a few columns of
 * sheets that may hold a hundred thousand cells: as xmldom nodes those cost hundreds of megabytes
 * and most of the write time. Here a row is cut into its cells only when a write or a look-up
 * reaches it, a written cell is rewritten as text the way the tree would write it, and every row
 * the run did not change leaves byte for byte.
 */
import { cellAddress } from "../../engine/address";
import type { PlanValue } from "../../engine/plan";
import { decodeXmlText, runsText, textElementXml } from "./xml";

/** A worksheet's text cut around the inside of its <sheetData>. */
export interface SplitSheet {
  /** the part with an empty <sheetData/> where the rows were */
  skeleton: string;
  /** what was between <sheetData> and </sheetData> */
  rowsText: string;
}

/**
 * Cuts a worksheet's text at its <sheetData> element, or returns undefined when the rows are better
 * left in the tree: no rows, a prefixed or attributed sheetData, CDATA or entity declarations.
 */
export function splitSheet(text: string): SplitSheet | undefined {
  const open = text.indexOf("<sheetData>");
  if (open < 0 || text.indexOf("<sheetData", open + 1) >= 0) return undefined;
  const close = text.indexOf("</sheetData>", open);
  if (close < 0) return undefined;
  const rowsText = text.slice(open + "<sheetData>".length, close);
  if (!/<row[\s/>]/.test(rowsText) || /<!\[CDATA\[|<!ENTITY|<\w+:(row|c)[\s/>]/.test(rowsText))
    return undefined;
  return {
    skeleton: `${text.slice(0, open)}<sheetData/>${text.slice(close + "</sheetData>".length)}`,
    rowsText,
  };
}

/** An attribute as written: the value stays in its escaped form, for writing back as it was. */
interface Attr {
  name: string;
  raw: string;
}

/** A piece of a row or cell: an element's whole text (name set) or the text between elements. */
interface Piece {
  name: string | null;
  text: string;
}

interface Cell {
  col: number;
  attrs: Attr[];
  children: Piece[];
}

/** A row item: a cell (col ≥ 0, text rewritten when the cell is), another element, or text. */
interface Item {
  col: number;
  text: string;
  element: boolean;
  cell?: Cell;
}

interface OpenRow {
  attrs: Attr[];
  items: Item[];
}

const CELL_ORDER = ["f", "v", "is", "extLst"];

/** Where each row of the text starts and ends, with its number. */
interface RowSpans {
  nums: number[];
  starts: number[];
  ends: number[];
}

/** Undefined when the rows are not what Excel writes (no r, out of order, nested, unclosed). */
function scanRows(text: string): RowSpans | undefined {
  const nums: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  let last = 0;
  for (;;) {
    const start = text.indexOf("<row", at);
    if (start < 0) break;
    if (!isNameEnd(text.charCodeAt(start + 4))) return undefined;
    const tagEnd = endOfTag(text, start);
    if (tagEnd < 0) return undefined;
    let end: number;
    if (text.charCodeAt(tagEnd - 1) === 47) end = tagEnd + 1;
    else {
      const close = text.indexOf("</row>", tagEnd);
      if (close < 0) return undefined;
      const inner = text.indexOf("<row", tagEnd);
      if (inner >= 0 && inner < close) return undefined;
      end = close + "</row>".length;
    }
    const r = /\sr\s*=\s*["'](\d+)["']/.exec(text.slice(start, tagEnd + 1));
    if (!r) return undefined;
    const num = Number(r[1]);
    if (num <= last) return undefined;
    nums.push(num);
    starts.push(start);
    ends.push(end);
    last = num;
    at = end;
  }
  return nums.length ? { nums, starts, ends } : undefined;
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 62 || c === 47;
}

/** The index of the ">" that ends the tag starting at `start`, skipping quoted attribute values. */
function endOfTag(text: string, start: number): number {
  let quote = 0;
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
}

function parseAttrs(tag: string): Attr[] {
  const out: Attr[] = [];
  for (const m of tag.matchAll(/\s([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    // A value in single quotes may hold a double quote, which the written form must escape.
    out.push({ name: m[1]!, raw: m[2] ?? m[3]!.replace(/"/g, "&quot;") });
  }
  return out;
}

function attrsText(attrs: Attr[]): string {
  let out = "";
  for (const a of attrs) out += ` ${a.name}="${a.raw}"`;
  return out;
}

function getAttr(attrs: Attr[], name: string): string | undefined {
  for (const a of attrs) if (a.name === name) return a.raw;
  return undefined;
}

/** Sets a value in place, or adds it after the others, as setAttribute does. */
function setAttr(attrs: Attr[], name: string, raw: string): void {
  for (const a of attrs) {
    if (a.name === name) {
      a.raw = raw;
      return;
    }
  }
  attrs.push({ name, raw });
}

function removeAttr(attrs: Attr[], name: string): void {
  const i = attrs.findIndex((a) => a.name === name);
  if (i >= 0) attrs.splice(i, 1);
}

/**
 * The pieces between an open tag's end and the element's close tag: child elements whole (they are
 * found by their own close tag, which holds for every child a row or cell has), text in between.
 */
function pieces(text: string, from: number, to: number): Piece[] | undefined {
  const out: Piece[] = [];
  let i = from;
  while (i < to) {
    const lt = text.indexOf("<", i);
    if (lt < 0 || lt >= to) {
      out.push({ name: null, text: text.slice(i, to) });
      break;
    }
    if (lt > i) out.push({ name: null, text: text.slice(i, lt) });
    if (text.startsWith("<!--", lt)) {
      const end = text.indexOf("-->", lt);
      if (end < 0 || end + 3 > to) return undefined;
      out.push({ name: null, text: text.slice(lt, end + 3) });
      i = end + 3;
      continue;
    }
    const name = /^<([^\s/>]+)/.exec(text.slice(lt, lt + 64))?.[1];
    const tagEnd = endOfTag(text, lt);
    if (!name || tagEnd < 0 || tagEnd >= to) return undefined;
    let end: number;
    if (text.charCodeAt(tagEnd - 1) === 47) end = tagEnd + 1;
    else {
      const close = text.indexOf(`</${name}>`, tagEnd);
      if (close < 0 || close >= to) return undefined;
      end = close + name.length + 3;
    }
    out.push({ name, text: text.slice(lt, end) });
    i = end;
  }
  return out;
}

/** Zero-based column of a reference such as "AB12" ("$" allowed), -1 when it has no letters. */
export function refColumn(ref: string): number {
  let n = 0;
  let i = ref.charCodeAt(0) === 36 ? 1 : 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

function openRow(text: string, num: number, path: string): OpenRow {
  const tagEnd = endOfTag(text, 0);
  const selfClosing = text.charCodeAt(tagEnd - 1) === 47;
  const attrs = parseAttrs(text.slice(4, selfClosing ? tagEnd - 1 : tagEnd));
  const inner = selfClosing ? [] : pieces(text, tagEnd + 1, text.length - "</row>".length);
  if (!inner) throw new Error(`Part ${path}: row ${num} is not well-formed XML`);
  const items: Item[] = [];
  let lastCol = -1;
  for (const p of inner) {
    if (p.name !== "c") {
      items.push({ col: -1, text: p.text, element: p.name !== null });
      continue;
    }
    const ref = /^<c\s(?:[^>]*?\s)?r\s*=\s*["']([^"']*)["']/.exec(p.text)?.[1];
    lastCol = ref ? refColumn(ref) : lastCol + 1;
    items.push({ col: lastCol, text: p.text, element: true });
  }
  return { attrs, items };
}

function openCell(item: Item, row: number, path: string): Cell {
  if (item.cell) return item.cell;
  const text = item.text;
  const tagEnd = endOfTag(text, 0);
  const selfClosing = text.charCodeAt(tagEnd - 1) === 47;
  const attrs = parseAttrs(text.slice(2, selfClosing ? tagEnd - 1 : tagEnd));
  // A cell without r gets the one a reader infers, as the tree path gives it.
  if (getAttr(attrs, "r") === undefined) attrs.push({ name: "r", raw: cellAddress(row - 1, item.col) });
  const children = selfClosing ? [] : pieces(text, tagEnd + 1, text.length - "</c>".length);
  if (!children)
    throw new Error(`Part ${path}: cell ${cellAddress(row - 1, item.col)} is not well-formed XML`);
  item.cell = { col: item.col, attrs, children };
  return item.cell;
}

function cellText(cell: Cell): string {
  const head = `<c${attrsText(cell.attrs)}`;
  if (!cell.children.length) return `${head}/>`;
  let body = "";
  for (const p of cell.children) body += p.text;
  return `${head}>${body}</c>`;
}

/** Puts a child where the cell's schema order wants it (before the first later child), as the tree does. */
function insertChild(cell: Cell, piece: Piece): void {
  const rank = CELL_ORDER.indexOf(piece.name!);
  const at = cell.children.findIndex((p) => p.name !== null && CELL_ORDER.indexOf(p.name) > rank);
  if (at < 0) cell.children.push(piece);
  else cell.children.splice(at, 0, piece);
}

/** What a formula cell says about being overwritten: a master of a shared formula must not be. */
export type FormulaKind = "none" | "formula" | "shared";

export class SheetRows {
  private readonly spans: RowSpans;
  private readonly indexOf = new Map<number, number>();
  private readonly opened = new Map<number, OpenRow>();
  /** rows the sheet did not have, made by a write */
  private readonly added = new Map<number, OpenRow>();
  private readonly changed = new Set<number>();

  private constructor(
    private readonly text: string,
    spans: RowSpans,
    private readonly path: string,
  ) {
    this.spans = spans;
    spans.nums.forEach((n, i) => this.indexOf.set(n, i));
  }

  /** Undefined when the rows text is not a plain run of numbered, ascending rows. */
  static of(text: string, path: string): SheetRows | undefined {
    const spans = scanRows(text);
    return spans ? new SheetRows(text, spans, path) : undefined;
  }

  private row(num: number, create: boolean): OpenRow | undefined {
    const found = this.added.get(num) ?? this.opened.get(num);
    if (found) return found;
    const i = this.indexOf.get(num);
    if (i !== undefined) {
      const row = openRow(this.text.slice(this.spans.starts[i], this.spans.ends[i]), num, this.path);
      this.opened.set(num, row);
      return row;
    }
    if (!create) return undefined;
    const row: OpenRow = { attrs: [{ name: "r", raw: String(num) }], items: [] };
    this.added.set(num, row);
    this.changed.add(num);
    return row;
  }

  /** The cell at a one-based row and zero-based column, made (empty, in column order) when asked. */
  private cell(num: number, col: number, create: boolean): Cell | undefined {
    const row = this.row(num, create);
    if (!row) return undefined;
    const items = row.items;
    // Backwards: the add-in mostly writes to the right of the user's cells, so this stops at once.
    let after = -1;
    for (let i = items.length - 1; i >= 0; i--) {
      const it = items[i]!;
      if (it.col < 0) continue;
      if (it.col === col) return openCell(it, num, this.path);
      if (it.col < col) {
        after = i;
        break;
      }
    }
    if (!create) return undefined;
    const item: Item = { col, text: "", element: true };
    item.cell = { col, attrs: [{ name: "r", raw: cellAddress(num - 1, col) }], children: [] };
    const at =
      after >= 0
        ? after + 1
        : Math.max(
            0,
            items.findIndex((it) => it.element),
          );
    if (after < 0 && !items.some((it) => it.element)) items.push(item);
    else items.splice(at, 0, item);
    // spans is only a loading hint; a stale one is worse than none.
    removeAttr(row.attrs, "spans");
    this.changed.add(num);
    return item.cell;
  }

  /** The cell's own cellXfs index, else the row's when the row has a custom format, else undefined. */
  styleOf(num: number, col: number): number | undefined {
    const c = this.cell(num, col, false);
    const s = c && getAttr(c.attrs, "s");
    if (s !== undefined) return Number(s) || 0;
    const row = this.row(num, false);
    const custom = row && getAttr(row.attrs, "customFormat");
    if (custom === "1" || custom === "true") return Number(getAttr(row!.attrs, "s")) || 0;
    return undefined;
  }

  /** Whether the cell holds a formula, and whether others share it (then it must not be written). */
  formulaAt(num: number, col: number): FormulaKind {
    const c = this.cell(num, col, false);
    const f = c?.children.find((p) => p.name === "f");
    if (!f) return "none";
    const attrs = parseAttrs(f.text.slice(2, endOfTag(f.text, 0)));
    return getAttr(attrs, "t") === "shared" && getAttr(attrs, "ref") !== undefined ? "shared" : "formula";
  }

  /** Writes a value the way SheetEditor's tree path writes it, attribute order and all. */
  setCell(num: number, col: number, value: PlanValue, style: number | undefined, text: string): void {
    const c = this.cell(num, col, true)!;
    c.children = c.children.filter((p) => p.name !== "f" && p.name !== "v" && p.name !== "is");
    if (style !== undefined) {
      if (style === 0) removeAttr(c.attrs, "s");
      else setAttr(c.attrs, "s", String(style));
    }
    removeAttr(c.attrs, "t");
    removeAttr(c.attrs, "vm");
    removeAttr(c.attrs, "cm");
    if (text !== "") {
      setAttr(c.attrs, "t", "inlineStr");
      insertChild(c, { name: "is", text: `<is>${textElementXml("t", text)}</is>` });
    } else if (typeof value === "number" && Number.isFinite(value)) {
      insertChild(c, { name: "v", text: textElementXml("v", String(value)) });
    } else if (typeof value === "boolean") {
      setAttr(c.attrs, "t", "b");
      insertChild(c, { name: "v", text: `<v>${value ? "1" : "0"}</v>` });
    }
    this.changed.add(num);
  }

  setStyle(num: number, col: number, xf: number): void {
    const c = this.cell(num, col, true)!;
    if (xf === 0) removeAttr(c.attrs, "s");
    else setAttr(c.attrs, "s", String(xf));
    this.changed.add(num);
  }

  /** The value a cell shows (inline, shared or plain), for chart caches. */
  valueAt(num: number, col: number, sharedStrings: string[]): string | number | undefined {
    const c = this.cell(num, col, false);
    if (!c) return undefined;
    const t = getAttr(c.attrs, "t");
    if (t === "inlineStr") {
      const is = c.children.find((p) => p.name === "is");
      return is ? runsText(is.text) : "";
    }
    const v = c.children.find((p) => p.name === "v");
    if (!v) return undefined;
    const body = v.text.endsWith("/>") ? "" : decodeXmlText(v.text.slice(v.text.indexOf(">") + 1, -4));
    if (t === "s") return sharedStrings[Number(body)] ?? "";
    if (t === "str" || t === "e") return body;
    if (t === "b") return body === "1" ? "TRUE" : "FALSE";
    const n = Number(body);
    return Number.isFinite(n) ? n : body;
  }

  /** The inside of <sheetData> with the changed rows written anew and new rows in their places, in pieces. */
  serialize(): string[] {
    const { nums, starts, ends } = this.spans;
    const newNums = [...this.added.keys()].sort((a, b) => a - b);
    const out: string[] = [];
    let k = 0;
    let from = 0;
    for (let i = 0; i < nums.length; i++) {
      const num = nums[i]!;
      out.push(this.text.slice(from, starts[i]));
      while (k < newNums.length && newNums[k]! < num) out.push(rowText(this.added.get(newNums[k++]!)!));
      out.push(this.changed.has(num) ? rowText(this.opened.get(num)!) : this.text.slice(starts[i], ends[i]));
      from = ends[i]!;
    }
    // New rows after the last one are appended, after any whitespace that closed the list, as the tree does.
    out.push(this.text.slice(from));
    while (k < newNums.length) out.push(rowText(this.added.get(newNums[k++]!)!));
    return out;
  }
}

function rowText(row: OpenRow): string {
  const head = `<row${attrsText(row.attrs)}`;
  if (!row.items.length) return `${head}/>`;
  let body = "";
  for (const it of row.items) body += it.cell ? cellText(it.cell) : it.text;
  return `${head}>${body}</row>`;
}
