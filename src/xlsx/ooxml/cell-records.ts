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
 * A row's cells in column order, three entries each: the column, the flags (below) and the <v>
 * text or inline string's text (undefined for none). What the tree would hold for a cell, down to
 * the order of its attributes, so the written text is the same. One list per row instead of an
 * object per cell: a 100,000-row table is millions of cells (`npm run bench file`: peak memory).
 */
type RowCells = (number | string | undefined)[];

/** Flags: bits 0–1 the type (none, inlineStr, b), bit 2 "s follows t" (a style written over a value), the rest the cellXfs index + 1 (0: no s). */
const T_NONE = 0;
const T_INLINE = 1;
const T_BOOL = 2;
const S_AFTER_T = 4;
const TYPE_ATTR = ["", ' t="inlineStr"', ' t="b"'];

function styleIn(flags: number): number | undefined {
  const s = flags >>> 3;
  return s === 0 ? undefined : s - 1;
}

function withStyle(flags: number, s: number | undefined): number {
  return (flags & 7) | (s === undefined ? 0 : (s + 1) << 3);
}

export class CellRecords {
  private readonly rows = new Map<number, RowCells>();

  /** The row the last look-up was in (record's result indexes it). */
  private found: RowCells = [];

  /**
   * The index of the cell's entries in its row (kept in `found`), made empty when asked; -1 when
   * there is none. No object per look-up: it runs for every cell written (`npm run bench file`).
   */
  private record(row: number, col: number, create: boolean): number {
    let cells = this.rows.get(row + 1);
    if (!cells) {
      if (!create) return -1;
      cells = [];
      this.rows.set(row + 1, cells);
    }
    this.found = cells;
    let i = cells.length;
    while (i > 0 && (cells[i - 3] as number) > col) i -= 3;
    if (i > 0 && cells[i - 3] === col) return i - 3;
    if (!create) return -1;
    // Cells mostly come in column order: appended, without the array splice would make.
    if (i === cells.length) cells.push(col, 0, undefined);
    else cells.splice(i, 0, col, 0, undefined);
    return i;
  }

  /** The cell's cellXfs index, if it has one. */
  styleOf(row: number, col: number): number | undefined {
    const at = this.record(row, col, false);
    return at < 0 ? undefined : styleIn(this.found[at + 1] as number);
  }

  setCell(row: number, col: number, value: PlanValue, style: number | undefined): void {
    const at = this.record(row, col, true);
    const cells = this.found;
    // As the tree path does it: s set (or kept) before t is set anew, so s comes first.
    let s = styleIn(cells[at + 1] as number);
    if (style !== undefined) s = style === 0 ? undefined : style;
    const text = typeof value === "string" ? xmlSafeText(value) : "";
    let t = T_NONE;
    let v: string | undefined;
    if (text !== "") {
      t = T_INLINE;
      v = text;
    } else if (typeof value === "number" && Number.isFinite(value)) v = String(value);
    else if (typeof value === "boolean") {
      t = T_BOOL;
      v = value ? "1" : "0";
    }
    cells[at + 1] = withStyle(t, s);
    cells[at + 2] = v;
  }

  setStyle(row: number, col: number, xf: number): void {
    const at = this.record(row, col, true);
    const cells = this.found;
    const flags = cells[at + 1] as number;
    const t = flags & 3;
    if (xf === 0) cells[at + 1] = withStyle(t, undefined);
    // A new s attribute goes after the ones the cell has; an existing one keeps its place.
    else if (styleIn(flags) === undefined) cells[at + 1] = withStyle(t | (t !== T_NONE ? S_AFTER_T : 0), xf);
    else cells[at + 1] = withStyle(flags, xf);
  }

  valueAt(row: number, col: number): string | number | undefined {
    const at = this.record(row, col, false);
    if (at < 0) return undefined;
    const t = (this.found[at + 1] as number) & 3;
    const v = this.found[at + 2] as string | undefined;
    if (t === T_INLINE) return v ?? "";
    if (v === undefined) return undefined;
    if (t === T_BOOL) return v === "1" ? "TRUE" : "FALSE";
    const n = Number(v);
    return Number.isFinite(n) ? n : v;
  }

  /**
   * The saved sheet text with the recorded cells in its (empty) <sheetData>, made as it is read in
   * pieces of a few hundred cells: a piece per cell made millions of strings, one string for the
   * whole sheet hundreds of megabytes. `rowHeights`: zero-based row → height in points.
   */
  inSheetText(text: string, rowHeights: Map<number, number>, sheet: string): PartText {
    if (this.rows.size === 0) return text;
    const at = text.indexOf("<sheetData/>");
    if (at < 0) throw new Error(`sheet "${sheet}": its cells have no place in the saved part`);
    return this.pieces(text, at, rowHeights);
  }

  private *pieces(text: string, at: number, rowHeights: Map<number, number>): Generator<string> {
    const rows = this.rows;
    yield text.slice(0, at);
    yield "<sheetData>";
    const nums = [...rows.keys()].sort((a, b) => a - b);
    const tags = new CellTags();
    const joiner = new Joiner();
    for (let i = 0; i < nums.length; i++) {
      const r = nums[i]!;
      const ht = rowHeights.get(r - 1);
      const num = String(r);
      joiner.add('<row r="');
      joiner.add(num);
      joiner.add(ht === undefined ? '">' : `" ht="${ht}" customHeight="1">`);
      const cells = rows.get(r)!;
      for (let k = 0; k < cells.length; k += 3) {
        addCellText(joiner, num, cells, k, tags);
        if (joiner.full) yield joiner.take();
      }
      joiner.add("</row>");
    }
    yield joiner.take();
    yield "</sheetData>";
    yield text.slice(at + "<sheetData/>".length);
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
  rest(flags: number, empty: boolean): string {
    const key = flags * 2 + (empty ? 1 : 0);
    let out = this.attrs.get(key);
    if (out === undefined) {
      const style = styleIn(flags);
      const s = style === undefined ? "" : ` s="${style}"`;
      const t = TYPE_ATTR[flags & 3]!;
      out = `"${flags & S_AFTER_T ? t + s : s + t}${empty ? "/>" : ">"}`;
      this.attrs.set(key, out);
    }
    return out;
  }
}

/** The cell at `k` of a row as the tree would write it (attribute order included); `num` its row's number. */
function addCellText(j: Joiner, num: string, cells: RowCells, k: number, tags: CellTags): void {
  const flags = cells[k + 1] as number;
  const v = cells[k + 2] as string | undefined;
  j.add(tags.start(cells[k] as number));
  j.add(num);
  j.add(tags.rest(flags, v === undefined));
  if (v === undefined) return;
  if ((flags & 3) === T_INLINE) {
    j.add(spaceAttr(v) ? '<is><t xml:space="preserve">' : "<is><t>");
    j.add(elementText(v));
    j.add("</t></is></c>");
  } else {
    j.add("<v>");
    j.add(v);
    j.add("</v></c>");
  }
}
