/**
 * The cells of a sheet whose <sheetData> was empty when writing began (one the run creates or
 * clears), as records by one-based row, each row's cells by column; written out as text when the
 * package is saved. A large table as xmldom nodes took gigabytes.
 */
import { columnLetter } from "../../engine/address";
import type { PlanValue } from "../../engine/plan";
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

  /** The index of the cell's entries in its row, made (empty) when asked; -1 when there is none. */
  private record(row: number, col: number, create: boolean): { cells: RowCells; at: number } | undefined {
    let cells = this.rows.get(row + 1);
    if (!cells) {
      if (!create) return undefined;
      cells = [];
      this.rows.set(row + 1, cells);
    }
    let i = cells.length;
    while (i > 0 && (cells[i - 3] as number) > col) i -= 3;
    if (i > 0 && cells[i - 3] === col) return { cells, at: i - 3 };
    if (!create) return undefined;
    cells.splice(i, 0, col, 0, undefined);
    return { cells, at: i };
  }

  /** The cell's cellXfs index, if it has one. */
  styleOf(row: number, col: number): number | undefined {
    const rec = this.record(row, col, false);
    return rec && styleIn(rec.cells[rec.at + 1] as number);
  }

  setCell(row: number, col: number, value: PlanValue, style: number | undefined): void {
    const { cells, at } = this.record(row, col, true)!;
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
    const { cells, at } = this.record(row, col, true)!;
    const flags = cells[at + 1] as number;
    if (xf === 0) cells[at + 1] = withStyle(flags & 3, undefined);
    // A new s attribute goes after the ones the cell has; an existing one keeps its place.
    else if (styleIn(flags) === undefined)
      cells[at + 1] = withStyle((flags & 3) | ((flags & 3) !== T_NONE ? S_AFTER_T : 0), xf);
    else cells[at + 1] = withStyle(flags, xf);
  }

  valueAt(row: number, col: number): string | number | undefined {
    const rec = this.record(row, col, false);
    if (!rec) return undefined;
    const t = (rec.cells[rec.at + 1] as number) & 3;
    const v = rec.cells[rec.at + 2] as string | undefined;
    if (t === T_INLINE) return v ?? "";
    if (v === undefined) return undefined;
    if (t === T_BOOL) return v === "1" ? "TRUE" : "FALSE";
    const n = Number(v);
    return Number.isFinite(n) ? n : v;
  }

  /**
   * The saved sheet text with the recorded cells in its (empty) <sheetData>, in pieces of a few
   * hundred rows: a piece per cell made millions of strings, one string for the whole sheet
   * hundreds of megabytes. `rowHeights`: zero-based row → height in points.
   */
  inSheetText(text: string, rowHeights: Map<number, number>, sheet: string): string | string[] {
    const rows = this.rows;
    if (rows.size === 0) return text;
    const at = text.indexOf("<sheetData/>");
    if (at < 0) throw new Error(`sheet "${sheet}": its cells have no place in the saved part`);
    const out: string[] = [text.slice(0, at), "<sheetData>"];
    const nums = [...rows.keys()].sort((a, b) => a - b);
    // The pieces of a few hundred rows joined once, each piece a string that exists already where it
    // can: adding to one string, and a string per attribute, made most of the garbage of a write at
    // 10,000 rows (`npm run bench file`).
    const styles = new Map<number, string>();
    const parts: string[] = [];
    for (let i = 0; i < nums.length; i++) {
      const r = nums[i]!;
      const ht = rowHeights.get(r - 1);
      const num = String(r);
      parts.push('<row r="', num, ht === undefined ? '">' : `" ht="${ht}" customHeight="1">`);
      const cells = rows.get(r)!;
      for (let k = 0; k < cells.length; k += 3) pushCellText(parts, num, cells, k, styles);
      parts.push("</row>");
      if (i % 256 === 255) {
        out.push(parts.join(""));
        parts.length = 0;
      }
    }
    out.push(parts.join(""), "</sheetData>", text.slice(at + "<sheetData/>".length));
    return out;
  }
}

/** The cell at `k` of a row as the tree would write it (attribute order included), as pieces; `num` its row's number. */
function pushCellText(
  parts: string[],
  num: string,
  cells: RowCells,
  k: number,
  styles: Map<number, string>,
): void {
  parts.push('<c r="', columnLetter(cells[k] as number), num, '"');
  const flags = cells[k + 1] as number;
  const v = cells[k + 2] as string | undefined;
  const style = styleIn(flags);
  let s = "";
  if (style !== undefined) {
    s = styles.get(style) ?? "";
    if (!s) styles.set(style, (s = ` s="${style}"`));
  }
  const t = TYPE_ATTR[flags & 3]!;
  if (flags & S_AFTER_T) parts.push(t, s);
  else parts.push(s, t);
  if (v === undefined) parts.push("/>");
  else if ((flags & 3) === T_INLINE)
    parts.push("><is><t", spaceAttr(v), ">", elementText(v), "</t></is></c>");
  else parts.push("><v>", v, "</v></c>");
}
