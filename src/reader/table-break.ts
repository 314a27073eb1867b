/**
 * Where a table ends when the next block follows it with no empty row between: "PENGUKURAN KINERJA"'s
 * last row, then at once "DATA KEJADIAN BENCANA TAHUN 2024" and "No | Jenis Bencana | … | Korban Jiwa"
 * over a tally. Neither line need be words the reader knows as a title or a header, so the evidence is the
 * shape any workbook shows:
 *  - a header-shape row (required): three or more short cells, all text, words under the columns that
 *    held the table's values, and not the table's own header again;
 *  - a title-shape row before it: one cell, no number, merged across the table or long;
 *  - numbering that restarts under it (1 after the table's 2), where carrying on (3) says the table goes on;
 *  - the data's shape changing under the columns: numbers where the table's rows had words, or words
 *    where they had numbers.
 * The header-shape row with one more piece of evidence ends the table; a sasaran banner inside the table
 * (one cell over data rows) and a note line ("Sumber: …", one cell) never have a header-shape row after them.
 */
import type { Grid } from "./grid";
import { isBlank, NOTE, type RowInfo } from "./row-info";
import { isValue } from "./row-holds-values";
import { isRangeCell } from "./skala-legend";

export interface NextBlock {
  /** the first row of the next block: its title line, else its header */
  start: number;
  /** the next block's header-shape row */
  header: number;
  /** 0..1: how strongly its shape says a new block starts there */
  confidence: number;
  /** the evidence beside the header-shape row, said when the block is listed (blok-terpisah.ts) */
  bukti: BuktiPisah;
}

/** A block that started under a table because of its shape: where the table above ended, and why. */
export interface Terpisah {
  /** the table above: its header's first row, its last data row, its columns (rows and columns relative) */
  atas: { top: number; bottom: number; left: number; right: number };
  /** the block's first row (its title line, else its header) and its header-shape row */
  start: number;
  header: number;
  bukti: BuktiPisah;
}

/** What besides its header-shape row said a block starts under a table. */
export interface BuktiPisah {
  /** a title-shape line stood before the header */
  judul: boolean;
  /** the table's last running number and the block's first, when numbering started over */
  nomor?: [before: number, after: number];
  /** the columns' contents changed kind under the header (numbers where the table had words, or the reverse) */
  bentuk: boolean;
}

/** the header-shape row alone, and what each further piece of evidence adds */
const HEADER_WEIGHT = 0.4;
const EVIDENCE_WEIGHT = 0.2;
const BREAK_AT = 0.6;
/** a header cell is short; a data row's names and sentences are longer */
const MAX_HEADER_CELL = 40;
/** how many data rows above and rows below are compared */
const SAMPLE = 4;
/** title lines of the next block before its header */
const MAX_TITLE_ROWS = 2;
const RUNNING = /^\d{1,4}\.?$/;
const WORD = /\p{L}{2,}/u;

type Kind = "n" | "w" | undefined;

/** One cell, no number, merged across half the table or long enough to run across it. */
function isTitleShape(g: Grid, info: RowInfo, r: number, width: number): boolean {
  if (info.anchors.length !== 1 || info.numbers > 0) return false;
  const c = info.anchors[0]!;
  const t = g.text(r, c);
  if (NOTE.test(t) || !WORD.test(t)) return false;
  return g.spanCols(r, c) * 2 >= width || t.length >= 15;
}

/** Per column, whether the rows mostly hold values ("n") or words ("w"). */
function shapeOf(g: Grid, rows: readonly number[], from: number, to: number): Kind[] {
  const out: Kind[] = [];
  for (let c = from; c <= to; c++) {
    let n = 0;
    let w = 0;
    for (const r of rows) {
      if (!g.isAnchor(r, c)) continue;
      const t = g.text(r, c);
      if (t === "") continue;
      if (isValue(g, r, c, t)) n++;
      else if (WORD.test(t)) w++;
    }
    out.push(n > w ? "n" : w > n ? "w" : undefined);
  }
  return out;
}

/**
 * All text, short cells, three or more, words under the table's value columns. A band's number and range
 * ("1 | C ≥ 91 | Sangat Tinggi", a scale legend closing the table) are a row's values, never header text.
 */
function isHeaderShape(g: Grid, info: RowInfo, r: number, from: number, table: readonly Kind[]): boolean {
  if (info.anchors.length < 3 || info.numbers > 0 || info.longText > 0) return false;
  let wordsOverValues = 0;
  for (const c of info.anchors) {
    const t = g.text(r, c);
    if (t.length > MAX_HEADER_CELL || RUNNING.test(t) || isRangeCell(t)) return false;
    if (table[c - from] === "n" && WORD.test(t)) wordsOverValues++;
  }
  return wordsOverValues >= 1;
}

/**
 * The table's last data rows (rows with a value), newest first. A row of small whole numbers ("2 | … | 40 |
 * 38 | 95") counts them as column numbers in its shape, yet holds values: its running number is the last.
 */
function rowsAbove(infos: readonly RowInfo[], last: number, bottom: number): number[] {
  const out: number[] = [];
  for (let r = last; r > bottom && out.length < SAMPLE; r--) {
    const info = infos[r]!;
    if (info.numbers > 0 || info.colNums > 0) out.push(r);
  }
  return out;
}

/** The rows under the header-shape row, up to the next empty row. */
function rowsBelow(g: Grid, infos: readonly RowInfo[], header: number): number[] {
  const out: number[] = [];
  for (let r = header + 1; r < g.rows && out.length < SAMPLE && !isBlank(infos[r]!); r++) out.push(r);
  return out;
}

/** The running number in the first column: the last one above, the first one below. */
function runningNumber(g: Grid, rows: readonly number[], col: number): number | undefined {
  for (const r of rows) {
    const t = g.text(r, col);
    if (RUNNING.test(t)) return parseInt(t, 10);
  }
  return undefined;
}

export interface TableSoFar {
  from: number;
  to: number;
  /** the header block's last row */
  bottom: number;
  /** the last data row so far */
  last: number;
  /** true when row r repeats the table's own header */
  repeatsHeader: (r: number) => boolean;
}

/**
 * Whether a new block starts at row `d`, right under the table's rows so far: its title line(s) and a
 * header-shape row, with the evidence that makes it another block. Undefined when the table goes on.
 */
export function nextBlockAt(
  g: Grid,
  infos: readonly RowInfo[],
  d: number,
  t: TableSoFar,
): NextBlock | undefined {
  const width = t.to - t.from + 1;
  let header = d;
  while (header - d < MAX_TITLE_ROWS && header < g.rows && isTitleShape(g, infos[header]!, header, width))
    header++;
  const hi = infos[header];
  if (!hi || hi.numbers > 0 || hi.anchors.length < 3 || t.repeatsHeader(header)) return undefined;
  const above = rowsAbove(infos, t.last, t.bottom);
  if (above.length === 0) return undefined;
  const table = shapeOf(g, above, t.from, t.to);
  if (!isHeaderShape(g, hi, header, t.from, table)) return undefined;
  const below = rowsBelow(g, infos, header);
  const before = runningNumber(g, above, t.from);
  const after = runningNumber(g, below, t.from);
  // the table's numbering carried on under it: a group line inside the table, not a new block
  if (before !== undefined && after === before + 1) return undefined;
  const restarts = before !== undefined && after !== undefined && after <= 1;
  const next = shapeOf(g, below, t.from, t.to);
  const changes = table.some((k, i) => k !== undefined && next[i] !== undefined && next[i] !== k);
  const confidence =
    HEADER_WEIGHT + EVIDENCE_WEIGHT * (Number(header > d) + Number(restarts) + Number(changes));
  if (confidence < BREAK_AT) return undefined;
  const bukti: BuktiPisah = { judul: header > d, bentuk: changes };
  if (restarts) bukti.nomor = [before, after];
  return { start: d, header, confidence, bukti };
}
