/**
 * The footnotes of a table: the lines closing its rows ("*) …", "Keterangan: …") and the lines under it
 * before the next table, a title or another block of values. A footnote often says what its table's
 * numbers cannot: "*) semakin kecil semakin baik", "IRBD dan waktu tanggap: capaian = (2T − R)/T".
 * Each line is split into its notes at their marks ("*)", "**)", "1)", "a)"), one cell holding several.
 * Only the table's last rows and the few rows under it are looked at: per table, never per sheet cell.
 */
import type { SourceRef } from "../engine/model";
import type { Grid } from "./grid";
import { TITLE } from "./row-info";
import type { FoundTable } from "./tables";

export interface CatatanKaki {
  /** the mark the note explains ("*", "**", "1", "a"), when it opens with one */
  tanda?: string;
  /** its words, the mark and a lead-in ("Keterangan:", "Sumber:") gone */
  teks: string;
  /** the whole note when `teks` is one of its clauses ("…; …"): what the mark stands for */
  utuh?: string;
  sel: SourceRef;
}

/** how many rows under a table's last row its footnotes may reach (a source line, two or three notes, gaps) */
const BAWAH = 8;
/** how many of a table's own last rows may be its footnotes (cut off no table: rows with no value) */
const ATAS = 6;

/** "Keterangan:", "Catatan:", "Sumber data:", "Note:": the lead-in of a footnote line. */
const LEAD = /^\s*(?:sumber(?:\s+data)?|keterangan|ket|catatan|note|notes|source)\s*:\s*/i;
const SUPER: Record<string, string> = { "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5" };
/** A note's mark at its start: "*)", "**", "1)", "(2)", "a)", "¹". Letters only in lower case. */
const TANDA = /^\s*(?:(\*{1,3})\)?|\(?(\d{1,2})\)|\(?([a-z])\)|([¹²³⁴⁵]))\s*/;
/** Where a cell's text holds a second note: a mark after ";" or a line break, a star mark after a space. */
const PISAH = /\s*[;\n]\s*(?=\*{1,3}\)?\s|\(?\d{1,2}\)\s|\(?[a-z]\)\s|[¹²³⁴⁵])|\s+(?=\*{1,3}\)\s)/;

/** a cell that is a number or a numbered list mark ("3", "3.", "12,5 %"): an indicator row's, no note's */
const ANGKA = /^[\d.,\s%]+$/;

function tandaDi(s: string): { tanda?: string; rest: string } {
  const m = TANDA.exec(s);
  if (!m) return { rest: s };
  const tanda = m[1] ?? m[2] ?? m[3] ?? SUPER[m[4]!]!;
  return { tanda, rest: s.slice(m[0].length) };
}

/**
 * One cell's text as its notes, each with its mark, the lead-in gone; a note of clauses ("Capaian = R/T;
 * TPT: (2T − R)/T") as one entry per clause, each keeping the whole note.
 */
export function bagiCatatan(raw: string, sel: SourceRef): CatatanKaki[] {
  const out: CatatanKaki[] = [];
  for (const line of raw.split(PISAH)) {
    const { tanda, rest } = tandaDi(line.replace(LEAD, ""));
    const utuh = rest.replace(/\s+/g, " ").trim();
    const clauses = utuh.split(/\s*;\s*/);
    for (const teks of clauses) {
      if (teks === "") continue;
      const c: CatatanKaki = tanda === undefined ? { teks, sel } : { tanda, teks, sel };
      if (clauses.length > 1) c.utuh = utuh;
      out.push(c);
    }
  }
  return out;
}

/** The cells of a row with text, within the table's columns and the one before them. */
function isiBaris(g: Grid, r: number, from: number, to: number): number[] {
  const cols: number[] = [];
  for (let c = from; c <= to; c++) if (g.isAnchor(r, c) && g.text(r, c) !== "") cols.push(c);
  return cols;
}

/**
 * A row of the table's own that may be a footnote: one or two cells of words, no number among them (an
 * indicator row has its running number or a value). A note the table's rows did not end at ("*) …",
 * "Keterangan: …", or a sentence read as a section line with no row under it).
 */
function barisCatatan(g: Grid, r: number, from: number, to: number): number[] | undefined {
  const cols = isiBaris(g, r, from, to);
  if (cols.length === 0 || cols.length > 2) return undefined;
  for (const c of cols) if (typeof g.value(r, c) === "number" || ANGKA.test(g.text(r, c))) return undefined;
  return cols;
}

/** The first row of a later table over the same columns: the footnotes stop above it. */
function batasBawah(t: FoundTable, tables: ReadonlyArray<FoundTable>, rows: number): number {
  let bottom = Math.min(rows - 1, t.lastDataRow + BAWAH);
  for (const o of tables) {
    const top = Math.min(o.titleRows[0] ?? Infinity, o.headerRows[0] ?? o.firstDataRow);
    if (top > t.lastDataRow && o.colStart <= t.colEnd && t.colStart <= o.colEnd)
      bottom = Math.min(bottom, top - 1);
  }
  return bottom;
}

/** The footnotes of table `t` (see the file's comment), top to bottom. */
export function catatanKaki(g: Grid, t: FoundTable, tables: ReadonlyArray<FoundTable>): CatatanKaki[] {
  const from = Math.max(0, t.colStart - 1);
  const rows: [number, number[]][] = [];
  // the table's own closing rows that are notes (a "*) …" row the table's rows did not end at)
  for (let r = t.lastDataRow; r >= t.firstDataRow && r > t.lastDataRow - ATAS; r--) {
    const cols = barisCatatan(g, r, from, t.colEnd);
    if (!cols) break;
    rows.unshift([r, cols]);
  }
  const bottom = batasBawah(t, tables, g.rows);
  for (let r = t.lastDataRow + 1; r <= bottom; r++) {
    const cols = isiBaris(g, r, from, t.colEnd);
    if (cols.length === 0) continue;
    // another block: a title, or a row of three cells or more (a header, values)
    if (cols.length > 2 || TITLE.test(g.text(r, cols[0]!))) break;
    rows.push([r, cols]);
  }
  const out: CatatanKaki[] = [];
  for (const [r, cols] of rows)
    for (const c of cols) {
      const v = g.value(r, c);
      out.push(...bagiCatatan(typeof v === "string" ? v : g.text(r, c), g.ref(r, c)));
    }
  return out;
}
