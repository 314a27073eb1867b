/**
 * The cells of a sheet whose <sheetData> was empty when writing began (one the run creates or
 * clears), as records by one-based row, each row's cells by column; written out as text when the
 * package is saved. A large table as xmldom nodes took gigabytes.
 */
import { columnLetter } from "../../engine/address";
import type { PlanValue } from "../../engine/plan";
import type { PartPieces } from "./part-pieces";
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
   * The saved sheet text with the recorded cells in its (empty) <sheetData>, in pieces of a few
   * dozen rows already UTF-8: a piece per cell made millions of strings, one string for the whole
   * sheet hundreds of megabytes. `rowHeights`: zero-based row → height in points.
   */
  inSheetText(text: string, rowHeights: Map<number, number>, sheet: string): string | PartPieces {
    const rows = this.rows;
    if (rows.size === 0) return text;
    const at = text.indexOf("<sheetData/>");
    if (at < 0) throw new Error(`sheet "${sheet}": its cells have no place in the saved part`);
    const out: PartPieces = [text.slice(0, at), "<sheetData>"];
    const nums = [...rows.keys()].sort((a, b) => a - b);
    const styles = new Map<number, string>();
    const chunks = new Utf8Chunks(out);
    for (let i = 0; i < nums.length; i++) {
      const r = nums[i]!;
      const ht = rowHeights.get(r - 1);
      const num = String(r);
      chunks.add('<row r="');
      chunks.add(num);
      chunks.add(ht === undefined ? '">' : `" ht="${ht}" customHeight="1">`);
      const cells = rows.get(r)!;
      for (let k = 0; k < cells.length; k += 3) addCellText(chunks, num, cells, k, styles);
      chunks.add("</row>");
    }
    chunks.flush();
    out.push("</sheetData>", text.slice(at + "<sheetData/>".length));
    return out;
  }
}

/**
 * Text added piece by piece, joined every few thousand pieces and encoded to UTF-8 into blocks of a
 * few megabytes, which go to `out`. The pieces are strings that exist already where they can, in
 * one array that is never shrunk. Adding to one string, a string per attribute, an array grown anew
 * for every few rows, text kept until the whole sheet was made, and a buffer per few rows were most
 * of the garbage and time of a write that grew faster than its rows (`npm run bench file`, 10,000
 * and 100,000 rows).
 */
class Utf8Chunks {
  private readonly parts = new Array<string>(8192).fill("");
  private n = 0;
  private block = Buffer.alloc(0);
  private used = 0;

  constructor(private readonly out: PartPieces) {}

  add(piece: string): void {
    this.parts[this.n++] = piece;
    if (this.n === this.parts.length) this.encode();
  }

  private encode(): void {
    if (this.n < this.parts.length) this.parts.fill("", this.n);
    const text = this.parts.join("");
    this.n = 0;
    // a UTF-16 unit is at most three UTF-8 bytes
    if (this.used + text.length * 3 > this.block.length) {
      if (this.used) this.out.push(this.block.subarray(0, this.used));
      this.block = Buffer.allocUnsafe(Math.max(BLOCK_BYTES, text.length * 3));
      this.used = 0;
    }
    this.used += this.block.write(text, this.used, "utf8");
  }

  /** Encodes what is left and hands over the last block. */
  flush(): void {
    if (this.n) this.encode();
    if (this.used) this.out.push(this.block.subarray(0, this.used));
    this.block = Buffer.alloc(0);
    this.used = 0;
  }
}

const BLOCK_BYTES = 4 << 20;

/** The cell at `k` of a row as the tree would write it (attribute order included); `num` its row's number. */
function addCellText(
  chunks: Utf8Chunks,
  num: string,
  cells: RowCells,
  k: number,
  styles: Map<number, string>,
): void {
  chunks.add('<c r="');
  chunks.add(columnLetter(cells[k] as number));
  chunks.add(num);
  chunks.add('"');
  const flags = cells[k + 1] as number;
  const v = cells[k + 2] as string | undefined;
  const style = styleIn(flags);
  let s = "";
  if (style !== undefined) {
    s = styles.get(style) ?? "";
    if (!s) styles.set(style, (s = ` s="${style}"`));
  }
  const t = TYPE_ATTR[flags & 3]!;
  chunks.add(flags & S_AFTER_T ? t : s);
  chunks.add(flags & S_AFTER_T ? s : t);
  if (v === undefined) chunks.add("/>");
  else if ((flags & 3) === T_INLINE) {
    chunks.add("><is><t");
    chunks.add(spaceAttr(v));
    chunks.add(">");
    chunks.add(elementText(v));
    chunks.add("</t></is></c>");
  } else {
    chunks.add("><v>");
    chunks.add(v);
    chunks.add("</v></c>");
  }
}
