/**
 * The rows of a user's worksheet kept as the text they came in. The add-in writes a few columns of
 * sheets that may hold a hundred thousand cells: as xmldom nodes those cost hundreds of megabytes
 * and most of the write time. Here a row is cut into its cells only when a write or a look-up
 * reaches it, a written cell is rewritten as text the way the tree would write it, and every row
 * the run did not change leaves byte for byte.
 */
import type { PlanValue } from "../../engine/plan";
import {
  type Cell,
  type Names,
  type OpenRow,
  TEXT,
  insertCell,
  newRow,
  openCell,
  openRow,
  type ClosedRow,
  writeRow,
} from "./sheet-row-open";
import { textElementXml } from "./xml";
import { insertInOrder, startAttrs } from "./worksheet-text";
import {
  type Piece,
  TextScan,
  decodeXmlText,
  endOfTag,
  getAttr,
  isNameEnd,
  removeAttr,
  runsText,
  setAttr,
} from "./xml-scan";

const CELL_ORDER = ["f", "v", "is", "extLst"];

/** Where each row of the text starts and ends, with its number. */
interface RowSpans {
  nums: number[];
  starts: number[];
  ends: number[];
  ordered: boolean;
}

/**
 * Each row's number and place, in text order. A row without r follows the previous one, as a
 * reader takes it; `ordered` is false when the numbers do not ascend (the rows are then written
 * out sorted, as Excel saves them).
 */
function scanRows(scan: TextScan, prefix: string, path: string): RowSpans {
  const text = scan.text;
  const open = `<${prefix}row`;
  const closeTag = `</${prefix}row>`;
  const nums: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  let last = 0;
  let ordered = true;
  for (;;) {
    const start = scan.find(open, at);
    if (start < 0) break;
    const tagEnd = endOfTag(text, start);
    if (tagEnd < 0) throw new Error(`Part ${path}: a row is not well-formed XML`);
    if (!isNameEnd(text.charCodeAt(start + open.length))) {
      at = tagEnd;
      continue;
    }
    let end: number;
    if (text.charCodeAt(tagEnd - 1) === 47) end = tagEnd + 1;
    else {
      const close = scan.find(closeTag, tagEnd);
      if (close < 0) throw new Error(`Part ${path}: a row is not closed`);
      end = close + closeTag.length;
    }
    const r = /\sr\s*=\s*["'](\d+)["']/.exec(text.slice(start, tagEnd + 1));
    const num = r ? Number(r[1]) : last + 1;
    if (num <= last) ordered = false;
    nums.push(num);
    starts.push(start);
    ends.push(end);
    last = num;
    at = end;
  }
  return { nums, starts, ends, ordered };
}

/** What a formula cell says about being overwritten: a master of a shared formula must not be. */
type FormulaKind = "none" | "formula" | "shared";

/**
 * Rows kept open (parsed) at once. A write goes row after row, so an older row is mostly done
 * with: it is written back to text when the next row is opened. An open row costs about 2 KB
 * (arrays of its items, attribute objects, a cell's pieces) against 0.3 KB for its text: the
 * 100,000 rows of a written Realisasi sheet held 225 MB open, 20 MB closed (ClosedRow).
 */
const OPEN_ROWS = 8;

/** An open row, by its number, with the text its places are in. */
type Opened = { num: number; row: OpenRow; scan: TextScan };

export class SheetRows {
  private readonly spans: RowSpans;
  private readonly scan: TextScan;
  private readonly indexOf = new Map<number, number>();
  /**
   * The rows open now, oldest first: in a Map (entries deleted and set anew), nearly every open row
   * was promoted to old space, 136 MB of the 100,000-row Realisasi write against 2 MB in a list.
   */
  private readonly opened: Opened[] = [];
  /** rows the run changed and closed again, as the text they leave with */
  private readonly closed = new Map<number, ClosedRow>();
  /** rows the sheet did not have, made by a write */
  private readonly added = new Set<number>();
  private readonly changed = new Set<number>();
  private readonly n: Names;

  /** The rows of a <sheetData>'s content; `prefix` is that of the sheet's elements ("x:" or ""). */
  constructor(
    private readonly text: string,
    prefix: string,
    private readonly path: string,
  ) {
    const value = new Set(["f", "v", "is"].map((l) => prefix + l));
    this.n = { p: prefix, row: `${prefix}row`, c: `${prefix}c`, cEnd: `</${prefix}c>`, value };
    this.scan = new TextScan(text);
    this.spans = scanRows(this.scan, prefix, path);
    // A number given twice means the later row, as a reader that indexes rows by number takes it.
    this.spans.nums.forEach((num, i) => this.indexOf.set(num, i));
  }

  /** The row open with its text: found open, opened again from its closed text or the sheet's, or made. */
  private openEntry(num: number, create: boolean): Opened | undefined {
    const found = this.openAt(num);
    if (found) return found;
    const again = this.closed.get(num);
    const i = this.indexOf.get(num);
    let entry: Opened;
    if (again !== undefined) {
      const full = this.closedPieces(again).join("");
      const scan = new TextScan(full);
      entry = { num, row: openRow(scan, 0, full.length, num, this.n, this.path), scan };
      this.closed.delete(num);
    } else if (i !== undefined) {
      const { starts, ends } = this.spans;
      const row = openRow(this.scan, starts[i]!, ends[i]!, num, this.n, this.path);
      entry = { num, row, scan: this.scan };
    } else {
      if (!create) return undefined;
      entry = { num, row: newRow(num), scan: this.scan };
      this.added.add(num);
      this.changed.add(num);
    }
    while (this.opened.length >= OPEN_ROWS) this.close(this.opened.shift()!);
    this.opened.push(entry);
    return entry;
  }

  private openAt(num: number): Opened | undefined {
    for (const o of this.opened) if (o.num === num) return o;
    return undefined;
  }

  /** Takes a row out of the open ones: as its text when the run changed it, else dropped. */
  private close({ num, row, scan }: Opened): void {
    if (!this.changed.has(num)) return;
    // a row opened again from its closed text has no run in the sheet's text to point to
    this.closed.set(num, writeRow(row, scan.text, this.n, scan === this.scan));
  }

  private closedPieces(c: ClosedRow): string[] {
    return [c.outer.slice(0, c.at), this.text.slice(c.from, c.to), c.outer.slice(c.at)];
  }

  /** A changed row's text as it leaves, in pieces, from its open form or its closed text. */
  private changedText(num: number): string[] {
    const open = this.openAt(num);
    return open
      ? [writeRow(open.row, open.scan.text, this.n, false).outer]
      : this.closedPieces(this.closed.get(num)!);
  }

  /** The cell at a one-based row and zero-based column, made (empty, in column order) when asked. */
  private cell(num: number, col: number, create: boolean): Cell | undefined {
    const entry = this.openEntry(num, create);
    if (!entry) return undefined;
    const { row, scan } = entry;
    const cols = row.cols;
    // Backwards: the add-in mostly writes to the right of the user's cells, so this stops at once.
    let after = -1;
    for (let k = cols.length - 1; k >= 0; k--) {
      const c = cols[k]!;
      if (c < 0) continue;
      if (c === col) return openCell(row, k, scan, num, this.n, this.path);
      if (c < col) {
        after = k;
        break;
      }
    }
    if (!create) return undefined;
    // A first cell goes before the row's first element (its extLst), after any text before it.
    const first = cols.findIndex((c) => c !== TEXT);
    const cell = insertCell(row, after >= 0 ? after + 1 : first >= 0 ? first : cols.length, col, num);
    // spans is only a loading hint; a stale one is worse than none.
    removeAttr(row.attrs, "spans");
    this.changed.add(num);
    return cell;
  }

  /** The cell's own cellXfs index, else the row's when the row has a custom format, else undefined. */
  styleOf(num: number, col: number): number | undefined {
    const c = this.cell(num, col, false);
    const s = c && getAttr(c.attrs, "s");
    if (s !== undefined) return Number(s) || 0;
    const row = this.openEntry(num, false)?.row;
    const custom = row && getAttr(row.attrs, "customFormat");
    if (custom === "1" || custom === "true") return Number(getAttr(row!.attrs, "s")) || 0;
    return undefined;
  }

  private child(c: Cell, local: string): Piece | undefined {
    const name = this.n.p + local;
    return c.children.find((p) => p.name === name);
  }

  /** Whether the cell holds a formula, and whether others share it (then it must not be written). */
  formulaAt(num: number, col: number): FormulaKind {
    const c = this.cell(num, col, false);
    const f = c && this.child(c, "f");
    if (!f) return "none";
    const attrs = startAttrs(f.text);
    return getAttr(attrs, "t") === "shared" && getAttr(attrs, "ref") !== undefined ? "shared" : "formula";
  }

  /** Writes a value as literal data: `text` is the string already made safe, "" for no text. */
  setCell(num: number, col: number, value: PlanValue, style: number | undefined, text: string): void {
    const c = this.cell(num, col, true)!;
    const gone = this.n.value;
    if (c.children.length) c.children = c.children.filter((p) => p.name === null || !gone.has(p.name));
    // Style before type, so a rewritten cell's attributes come in the order of a new one's.
    if (style !== undefined) {
      if (style === 0) removeAttr(c.attrs, "s");
      else setAttr(c.attrs, "s", String(style));
    }
    removeAttr(c.attrs, "t");
    removeAttr(c.attrs, "vm");
    removeAttr(c.attrs, "cm");
    const { p } = this.n;
    let piece: Piece | undefined;
    if (text !== "") {
      setAttr(c.attrs, "t", "inlineStr");
      piece = { name: `${p}is`, text: `<${p}is>${textElementXml(`${p}t`, text)}</${p}is>` };
    } else if (typeof value === "number" && Number.isFinite(value)) {
      piece = { name: `${p}v`, text: textElementXml(`${p}v`, String(value)) };
    } else if (typeof value === "boolean") {
      setAttr(c.attrs, "t", "b");
      piece = { name: `${p}v`, text: `<${p}v>${value ? "1" : "0"}</${p}v>` };
    }
    if (piece) insertInOrder(c.children, piece, CELL_ORDER);
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
      const is = this.child(c, "is");
      return is ? runsText(is.text) : "";
    }
    const v = this.child(c, "v");
    if (!v) return undefined;
    const body = v.text.endsWith("/>")
      ? ""
      : decodeXmlText(v.text.slice(v.text.indexOf(">") + 1, v.text.length - v.name!.length - 3));
    if (t === "s") return sharedStrings[Number(body)] ?? "";
    if (t === "str" || t === "e") return body;
    if (t === "b") return body === "1" ? "TRUE" : "FALSE";
    const value = Number(body);
    return Number.isFinite(value) ? value : body;
  }

  /** A row as it leaves: written anew when the run changed it, else its text as it came. */
  private rowOut(i: number): string[] {
    const num = this.spans.nums[i]!;
    return this.changed.has(num) && this.indexOf.get(num) === i
      ? this.changedText(num)
      : [this.text.slice(this.spans.starts[i], this.spans.ends[i])];
  }

  /** The inside of <sheetData> with the changed rows written anew and new rows in their places, in pieces as read. */
  *serialize(): Generator<string> {
    const { nums, starts, ends, ordered } = this.spans;
    const newNums = [...this.added].sort((a, b) => a - b);
    let k = 0;
    let from = 0;
    const order = nums.map((_, i) => i);
    // Rows out of order come out sorted (stable), without the text that stood between them.
    if (!ordered) {
      order.sort((a, b) => nums[a]! - nums[b]!);
      yield this.text.slice(0, starts[0]);
    }
    for (const i of order) {
      const num = nums[i]!;
      if (ordered) yield this.text.slice(from, starts[i]);
      while (k < newNums.length && newNums[k]! < num) yield* this.changedText(newNums[k++]!);
      yield* this.rowOut(i);
      from = ends[i]!;
    }
    // New rows after the last one are appended, after any whitespace that closed the list.
    yield this.text.slice(ordered ? from : ends[ends.length - 1]);
    while (k < newNums.length) yield* this.changedText(newNums[k++]!);
  }
}
