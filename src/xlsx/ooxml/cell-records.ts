/**
 * The cells of a sheet whose <sheetData> was empty when writing began (one the run creates or
 * clears), as records by one-based row, each row's cells by column; written out as text when the
 * package is saved. A large table as xmldom nodes took gigabytes.
 */
import { cellAddress } from "../../engine/address";
import type { PlanValue } from "../../engine/plan";
import { textElementXml, xmlSafeText } from "./xml";

/** One cell: what the tree would hold for it, down to the order of its attributes, so the written text is the same. */
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

export class CellRecords {
  private readonly rows = new Map<number, CellRecord[]>();

  private record(row: number, col: number, create: boolean): CellRecord | undefined {
    let list = this.rows.get(row + 1);
    if (!list) {
      if (!create) return undefined;
      list = [];
      this.rows.set(row + 1, list);
    }
    let i = list.length;
    while (i > 0 && list[i - 1]!.col > col) i--;
    if (i > 0 && list[i - 1]!.col === col) return list[i - 1];
    if (!create) return undefined;
    const rec: CellRecord = { col, s: undefined, sAfterT: false, t: undefined, v: undefined };
    list.splice(i, 0, rec);
    return rec;
  }

  /** The cell's cellXfs index, if it has one. */
  styleOf(row: number, col: number): number | undefined {
    return this.record(row, col, false)?.s;
  }

  setCell(row: number, col: number, value: PlanValue, style: number | undefined): void {
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
  }

  setStyle(row: number, col: number, xf: number): void {
    const rec = this.record(row, col, true)!;
    if (xf === 0) {
      rec.s = undefined;
      rec.sAfterT = false;
    } else {
      // A new s attribute goes after the ones the cell has; an existing one keeps its place.
      if (rec.s === undefined) rec.sAfterT = rec.t !== undefined;
      rec.s = xf;
    }
  }

  valueAt(row: number, col: number): string | number | undefined {
    const rec = this.record(row, col, false);
    if (!rec) return undefined;
    if (rec.t === "inlineStr") return rec.v ?? "";
    if (rec.v === undefined) return undefined;
    if (rec.t === "b") return rec.v === "1" ? "TRUE" : "FALSE";
    const n = Number(rec.v);
    return Number.isFinite(n) ? n : rec.v;
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
    let piece = "";
    for (let i = 0; i < nums.length; i++) {
      const r = nums[i]!;
      const ht = rowHeights.get(r - 1);
      piece += ht === undefined ? `<row r="${r}">` : `<row r="${r}" ht="${ht}" customHeight="1">`;
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
