/**
 * The cells of a sheet whose <sheetData> was empty when writing began (one the run creates or
 * clears), as records by one-based row, each row's cells by column; written out as text when the
 * package is saved. A large table as xmldom nodes took gigabytes.
 */
import { columnLetter } from "../../engine/address";
import type { PlanValue } from "../../engine/plan";
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

function grown(a: Int32Array, size: number): Int32Array {
  if (size <= a.length) return a;
  const next = new Int32Array(Math.max(size, a.length * 2, 64));
  next.set(a);
  next.fill(-1, a.length);
  return next;
}

/** Cells per chunk of records (320 KB). */
const SHIFT = 14;
const MASK = (1 << SHIFT) - 1;

/**
 * The records of 2^14 cells, as views of one buffer, and their inline strings (a text cell's number
 * is its index there): one list per sheet, copied as it grew, took 34 MB more at 100,000 rows.
 */
class Chunk {
  readonly num: Float64Array;
  readonly col: Int32Array;
  readonly flags: Int32Array;
  readonly next: Int32Array;
  readonly texts: string[] = [];

  constructor() {
    const n = 1 << SHIFT;
    const buf = new ArrayBuffer(n * 20);
    this.num = new Float64Array(buf, 0, n);
    this.col = new Int32Array(buf, n * 8, n);
    this.flags = new Int32Array(buf, n * 12, n);
    this.next = new Int32Array(buf, n * 16, n);
  }
}

/**
 * The cells, each an index into chunks of typed arrays (number, column, flags, next cell of its
 * row) with their inline strings, and each row's first and last cell by row number. 20
 * bytes a cell where a list of mixed entries per row, a <v> string per number and the map of rows
 * took 56: the records of the 100,000-row tables (3.6 million cells) were 200 MB of the write
 * step's heap and are about 90 MB. Chunks, not arrays grown by copying: a grown array's spare room
 * was 22 MB more at 100,000 rows, and the arrays it outgrew were left for the collector.
 */
export class CellRecords {
  private chunks: Chunk[] = [];
  private cells = 0;
  /** by one-based row number: the row's first and last cell, -1 for none */
  private first: Int32Array = new Int32Array(0);
  private last: Int32Array = new Int32Array(0);
  /** set once the cells are written out: a sheet's records go then, not with the package */
  private released = false;

  private at(c: number): Chunk {
    return this.chunks[c >>> SHIFT]!;
  }

  /** The cell's index, made empty when asked; -1 when there is none. */
  private record(row: number, col: number, create: boolean): number {
    if (this.released) throw new Error("the records of a sheet were read after it was written out");
    const r = row + 1;
    const head = r < this.first.length ? this.first[r]! : -1;
    if (head < 0) {
      if (!create) return -1;
      this.first = grown(this.first, r + 1);
      this.last = grown(this.last, r + 1);
      const c = this.newCell(col, -1);
      this.first[r] = this.last[r] = c;
      return c;
    }
    const tail = this.last[r]!;
    // Cells mostly come in column order: appended without a walk along the row.
    if (col > this.at(tail).col[tail & MASK]!) {
      if (!create) return -1;
      const c = this.newCell(col, -1);
      this.at(tail).next[tail & MASK] = c;
      return (this.last[r] = c);
    }
    let prev = -1;
    let c = head;
    while (this.at(c).col[c & MASK]! < col) {
      prev = c;
      c = this.at(c).next[c & MASK]!;
    }
    if (this.at(c).col[c & MASK] === col) return c;
    if (!create) return -1;
    const made = this.newCell(col, c);
    if (prev < 0) this.first[r] = made;
    else this.at(prev).next[prev & MASK] = made;
    return made;
  }

  private newCell(col: number, next: number): number {
    const c = this.cells++;
    if ((c & MASK) === 0) this.chunks.push(new Chunk());
    const k = this.at(c);
    const i = c & MASK;
    k.col[i] = col;
    k.flags[i] = 0;
    k.next[i] = next;
    return c;
  }

  /** The cell's cellXfs index, if it has one. */
  styleOf(row: number, col: number): number | undefined {
    const c = this.record(row, col, false);
    return c < 0 ? undefined : styleIn(this.at(c).flags[c & MASK]!);
  }

  setCell(row: number, col: number, value: PlanValue, style: number | undefined): void {
    const c = this.record(row, col, true);
    const k = this.at(c);
    const i = c & MASK;
    const old = k.flags[i]!;
    // As the tree path does it: s set (or kept) before t is set anew, so s comes first.
    let s = styleIn(old);
    if (style !== undefined) s = style === 0 ? undefined : style;
    const text = typeof value === "string" ? xmlSafeText(value) : "";
    let f = T_NONE;
    if (text !== "") {
      f = T_INLINE | HAS_V;
      // a cell written twice keeps its place in the list
      const at = (old & 3) === T_INLINE ? k.num[i]! : k.texts.length;
      k.texts[at] = text;
      k.num[i] = at;
    } else if (typeof value === "number" && Number.isFinite(value)) {
      f = HAS_V;
      k.num[i] = value;
    } else if (typeof value === "boolean") {
      f = T_BOOL | HAS_V;
      k.num[i] = value ? 1 : 0;
    }
    k.flags[i] = withStyle(f, s);
  }

  setStyle(row: number, col: number, xf: number): void {
    const c = this.record(row, col, true);
    const k = this.at(c);
    const i = c & MASK;
    const flags = k.flags[i]!;
    const kept = flags & 7;
    if (xf === 0) k.flags[i] = withStyle(kept, undefined);
    // A new s attribute goes after the ones the cell has; an existing one keeps its place.
    else if (styleIn(flags) === undefined)
      k.flags[i] = withStyle(kept | ((flags & 3) !== T_NONE ? S_AFTER_T : 0), xf);
    else k.flags[i] = withStyle(flags, xf);
  }

  valueAt(row: number, col: number): string | number | undefined {
    const c = this.record(row, col, false);
    if (c < 0) return undefined;
    const k = this.at(c);
    const flags = k.flags[c & MASK]!;
    const n = k.num[c & MASK]!;
    const t = flags & 3;
    if (t === T_INLINE) return k.texts[n] ?? "";
    if (!(flags & HAS_V)) return undefined;
    if (t === T_BOOL) return n === 1 ? "TRUE" : "FALSE";
    // + 0: a -0 came back from its "0" text as 0
    return n + 0;
  }

  /**
   * The <sheetData> element with the recorded cells, made as it is read in pieces of a few hundred
   * cells: a piece per cell made millions of strings, one string for the whole sheet hundreds of
   * megabytes. `rowHeights`: zero-based row → height in points.
   */
  *sheetData(rowHeights: Map<number, number>, sheet: string): Generator<string> {
    if (this.released) throw new Error(`sheet "${sheet}": its cells were written out already`);
    if (this.cells === 0) {
      yield "<sheetData/>";
      return;
    }
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
      for (let c = this.first[r]!; c >= 0; c = this.at(c).next[c & MASK]!) {
        this.addCellText(joiner, num, c, tags);
        if (joiner.full) yield joiner.take();
      }
      joiner.add("</row>");
    }
    yield joiner.take();
    this.release();
    yield "</sheetData>";
  }

  /** Cell `c` as the tree would write it (attribute order included); `num` its row's number. */
  private addCellText(j: Joiner, num: string, c: number, tags: CellTags): void {
    const k = this.at(c);
    const i = c & MASK;
    const flags = k.flags[i]!;
    j.add(tags.start(k.col[i]!));
    j.add(num);
    j.add(tags.rest(flags));
    if (!(flags & HAS_V)) return;
    const t = flags & 3;
    if (t === T_INLINE) {
      const v = k.texts[k.num[i]!]!;
      j.add(spaceAttr(v) ? '<is><t xml:space="preserve">' : "<is><t>");
      j.add(elementText(v));
      j.add("</t></is></c>");
    } else {
      j.add("<v>");
      j.add(t === T_BOOL ? (k.num[i] === 1 ? "1" : "0") : String(k.num[i]));
      j.add("</v></c>");
    }
  }

  /**
   * Lets the records go once the sheet's cells are written out, so the parts saved after it do
   * not carry them (at 100,000 rows, the tables' 90 MB are gone before the user's sheets and the
   * notes are saved).
   */
  private release(): void {
    this.released = true;
    this.chunks = [];
    this.first = this.last = new Int32Array(0);
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
