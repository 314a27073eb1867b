/**
 * The cells of a sheet whose <sheetData> was empty when writing began (one the run creates or
 * clears), as records by one-based row, each row's cells by column; written out as text when the
 * package is saved. A large table as xmldom nodes took gigabytes.
 */
import { columnLetter } from "../../engine/address";
import type { PlanValue } from "../../engine/plan";
import type { PartText } from "./part-pieces";
import { elementText, spaceAttr, xmlSafeText } from "./xml";

/**
 * Flags: bits 0–1 the type (none, inlineStr, b), bit 2 "has a value" (a number when the type is
 * none), bit 3 "s follows t" (a style written over a value), the rest the cellXfs index + 1 (0: no s).
 */
const T_NONE = 0;
const T_INLINE = 1;
const T_BOOL = 2;
const HAS_V = 4;
const S_AFTER_T = 8;
const STYLE_SHIFT = 4;
const TYPE_ATTR = ["", ' t="inlineStr"', ' t="b"'];

function styleIn(flags: number): number | undefined {
  const s = flags >>> STYLE_SHIFT;
  return s === 0 ? undefined : s - 1;
}

function withStyle(flags: number, s: number | undefined): number {
  return (flags & 15) | (s === undefined ? 0 : (s + 1) << STYLE_SHIFT);
}

function grown<T extends Int32Array | Float64Array>(a: T, size: number, fill: number): T {
  if (size <= a.length) return a;
  // half as much again: doubling left a quarter of the largest table's records unused on average
  const next = new (a.constructor as new (n: number) => T)(Math.max(size, Math.ceil(a.length * 1.5), 64));
  next.set(a);
  if (fill !== 0) next.fill(fill, a.length);
  return next;
}

/**
 * The cells, each an index into typed arrays (column, flags, number, next cell of its row), each
 * row's first and last cell by row number, and the inline strings in one list. 20 bytes a cell
 * where a list of mixed entries per row, a <v> string per number and the map of rows took 56: the
 * records of the 100,000-row tables (3.6 million cells) were 200 MB of the write step's heap.
 */
export class CellRecords {
  private col = new Int32Array(0);
  private flags = new Int32Array(0);
  /** a number's value, a boolean's 0 or 1, an inline string's index in `texts` */
  private num = new Float64Array(0);
  /** the next cell of the row in column order, -1 after the last */
  private next = new Int32Array(0);
  private cells = 0;
  /** by one-based row number: the row's first and last cell, -1 for none */
  private first = new Int32Array(0);
  private last = new Int32Array(0);
  private readonly texts: string[] = [];

  /** The cell's index, made empty when asked; -1 when there is none. */
  private record(row: number, col: number, create: boolean): number {
    const r = row + 1;
    const head = r < this.first.length ? this.first[r]! : -1;
    if (head < 0) {
      if (!create) return -1;
      this.first = grown(this.first, r + 1, -1);
      this.last = grown(this.last, r + 1, -1);
      const c = this.newCell(col, -1);
      this.first[r] = this.last[r] = c;
      return c;
    }
    const tail = this.last[r]!;
    // Cells mostly come in column order: appended without a walk along the row.
    if (col > this.col[tail]!) {
      if (!create) return -1;
      const c = this.newCell(col, -1);
      this.next[tail] = c;
      return (this.last[r] = c);
    }
    let prev = -1;
    let c = head;
    while (this.col[c]! < col) {
      prev = c;
      c = this.next[c]!;
    }
    if (this.col[c] === col) return c;
    if (!create) return -1;
    const made = this.newCell(col, c);
    if (prev < 0) this.first[r] = made;
    else this.next[prev] = made;
    return made;
  }

  private newCell(col: number, next: number): number {
    const c = this.cells++;
    if (c >= this.col.length) {
      this.col = grown(this.col, c + 1, 0);
      this.flags = grown(this.flags, c + 1, 0);
      this.num = grown(this.num, c + 1, 0);
      this.next = grown(this.next, c + 1, 0);
    }
    this.col[c] = col;
    this.flags[c] = 0;
    this.next[c] = next;
    return c;
  }

  /** The cell's cellXfs index, if it has one. */
  styleOf(row: number, col: number): number | undefined {
    const c = this.record(row, col, false);
    return c < 0 ? undefined : styleIn(this.flags[c]!);
  }

  setCell(row: number, col: number, value: PlanValue, style: number | undefined): void {
    const c = this.record(row, col, true);
    const old = this.flags[c]!;
    // As the tree path does it: s set (or kept) before t is set anew, so s comes first.
    let s = styleIn(old);
    if (style !== undefined) s = style === 0 ? undefined : style;
    const text = typeof value === "string" ? xmlSafeText(value) : "";
    let f = T_NONE;
    if (text !== "") {
      f = T_INLINE | HAS_V;
      // a cell written twice keeps its place in the list
      const at = (old & 3) === T_INLINE ? this.num[c]! : this.texts.length;
      this.texts[at] = text;
      this.num[c] = at;
    } else if (typeof value === "number" && Number.isFinite(value)) {
      f = HAS_V;
      this.num[c] = value;
    } else if (typeof value === "boolean") {
      f = T_BOOL | HAS_V;
      this.num[c] = value ? 1 : 0;
    }
    this.flags[c] = withStyle(f, s);
  }

  setStyle(row: number, col: number, xf: number): void {
    const c = this.record(row, col, true);
    const flags = this.flags[c]!;
    const kept = flags & 7;
    if (xf === 0) this.flags[c] = withStyle(kept, undefined);
    // A new s attribute goes after the ones the cell has; an existing one keeps its place.
    else if (styleIn(flags) === undefined)
      this.flags[c] = withStyle(kept | ((flags & 3) !== T_NONE ? S_AFTER_T : 0), xf);
    else this.flags[c] = withStyle(flags, xf);
  }

  valueAt(row: number, col: number): string | number | undefined {
    const c = this.record(row, col, false);
    if (c < 0) return undefined;
    const flags = this.flags[c]!;
    const t = flags & 3;
    if (t === T_INLINE) return this.texts[this.num[c]!] ?? "";
    if (!(flags & HAS_V)) return undefined;
    if (t === T_BOOL) return this.num[c] === 1 ? "TRUE" : "FALSE";
    // + 0: a -0 came back from its "0" text as 0
    return this.num[c]! + 0;
  }

  /**
   * The saved sheet text with the recorded cells in its (empty) <sheetData>, made as it is read in
   * pieces of a few hundred cells: a piece per cell made millions of strings, one string for the
   * whole sheet hundreds of megabytes. `rowHeights`: zero-based row → height in points.
   */
  inSheetText(text: string, rowHeights: Map<number, number>, sheet: string): PartText {
    if (this.cells === 0) return text;
    const at = text.indexOf("<sheetData/>");
    if (at < 0) throw new Error(`sheet "${sheet}": its cells have no place in the saved part`);
    return this.pieces(text, at, rowHeights);
  }

  private *pieces(text: string, at: number, rowHeights: Map<number, number>): Generator<string> {
    yield text.slice(0, at);
    yield "<sheetData>";
    const tags = new CellTags();
    const joiner = new Joiner();
    for (let r = 1; r < this.first.length; r++) {
      if (this.first[r]! < 0) continue;
      const ht = rowHeights.get(r - 1);
      const num = String(r);
      joiner.add('<row r="');
      joiner.add(num);
      joiner.add(ht === undefined ? '">' : `" ht="${ht}" customHeight="1">`);
      for (let c = this.first[r]!; c >= 0; c = this.next[c]!) {
        this.addCellText(joiner, num, c, tags);
        if (joiner.full) yield joiner.take();
      }
      joiner.add("</row>");
    }
    yield joiner.take();
    yield "</sheetData>";
    yield text.slice(at + "<sheetData/>".length);
  }

  /** Cell `c` as the tree would write it (attribute order included); `num` its row's number. */
  private addCellText(j: Joiner, num: string, c: number, tags: CellTags): void {
    const flags = this.flags[c]!;
    const empty = !(flags & HAS_V);
    j.add(tags.start(this.col[c]!));
    j.add(num);
    j.add(tags.rest(flags));
    if (empty) return;
    const t = flags & 3;
    if (t === T_INLINE) {
      const v = this.texts[this.num[c]!]!;
      j.add(spaceAttr(v) ? '<is><t xml:space="preserve">' : "<is><t>");
      j.add(elementText(v));
      j.add("</t></is></c>");
    } else {
      j.add("<v>");
      j.add(t === T_BOOL ? (this.num[c] === 1 ? "1" : "0") : String(this.num[c]));
      j.add("</v></c>");
    }
  }
}

/**
 * Text added piece by piece into one array that is never shrunk, joined every few thousand pieces.
 * The pieces are strings that exist already where they can. Adding to one string, a string per
 * attribute, an array grown anew for every few rows and text kept until the whole sheet was made
 * were most of the garbage and time of a write that grew faster than its rows (`npm run bench
 * file`, 10,000 and 100,000 rows).
 */
class Joiner {
  private static readonly SIZE = 4096;
  /** room for one more cell and row after `full` (a cell is at most six pieces) */
  private readonly parts = new Array<string>(Joiner.SIZE + 32).fill("");
  private n = 0;

  get full(): boolean {
    return this.n >= Joiner.SIZE;
  }

  add(piece: string): void {
    this.parts[this.n++] = piece;
  }

  /** The text added since the last take. */
  take(): string {
    if (this.n < this.parts.length) this.parts.fill("", this.n);
    this.n = 0;
    return this.parts.join("");
  }
}

/**
 * The text a cell's tag starts with, per column, and its attributes after r with the tag's end,
 * per flags: three pieces of fixed text per cell instead of seven (`npm run bench file`).
 */
class CellTags {
  private readonly starts: string[] = [];
  private readonly attrs = new Map<number, string>();

  /** `<c r="` and the column's letters */
  start(col: number): string {
    return (this.starts[col] ??= `<c r="${columnLetter(col)}`);
  }

  /** the quote closing r, then s and t in the cell's order, then ">" or, for no value, "/>" */
  rest(flags: number): string {
    let out = this.attrs.get(flags);
    if (out === undefined) {
      const style = styleIn(flags);
      const s = style === undefined ? "" : ` s="${style}"`;
      const t = TYPE_ATTR[flags & 3]!;
      out = `"${flags & S_AFTER_T ? t + s : s + t}${flags & HAS_V ? ">" : "/>"}`;
      this.attrs.set(flags, out);
    }
    return out;
  }
}
