/**
 * Finding tables on a sheet. The sheet is first cut into column bands at empty columns (tables side
 * by side); in each band a table is a header block (one to five rows of header words, years,
 * "T % | R %", triwulan, K/Rp halves, column numbers), the title rows above it, and the data rows
 * below it until the next title or header, or until rows stop following the column pattern.
 * A header that starts over with "No" part-way across is two tables side by side with no gap.
 */
import type { Grid } from "./grid";
import { headerBlock, type HeaderBlock } from "./header-block";
import {
  isBlank,
  isColumnNumberRow,
  isCoreHeader,
  isTitleRow,
  NOTE,
  rowInfos,
  startsTable,
  TITLE,
  type RowInfo,
} from "./row-info";
import { columnBands, type Band } from "./bands";
import { isScaleLegend } from "./skala-legend";
import { headerRoles, rowHoldsValues } from "./row-holds-values";
import { allYears } from "./text";
import { splitAtGap } from "./split-at-gap";
import { pageBreakAt, type PageBreak } from "./page-break";
import { nextBlockAt, type NextBlock, type Terpisah } from "./table-break";
import { withoutRegulations } from "./tahun-peraturan";

export interface FoundTable {
  /** relative rows of the header block (column-number rows included) */
  headerRows: number[];
  /** relative rows that are column-number rows ("(1) (2) (3)") */
  numberRows: number[];
  colStart: number;
  colEnd: number;
  firstDataRow: number;
  lastDataRow: number;
  title?: string;
  titleRows: number[];
  /** a year stated further up the sheet ("PERJANJIAN KINERJA TAHUN 2024" above a page of text) */
  yearAbove?: number;
  /** the block started under another table because of its shape (table-break.ts): said when it is listed */
  terpisah?: Terpisah;
}

/** Columns the header block covers, merges included. */
function headerSpan(g: Grid, infos: RowInfo[], block: HeaderBlock): Band | undefined {
  let from = Infinity;
  let to = -1;
  for (let h = block.top; h <= block.bottom; h++) {
    if (block.numberRows.includes(h)) continue;
    for (const c of infos[h]!.anchors) {
      from = Math.min(from, c);
      to = Math.max(to, c + g.spanCols(g.anchor(h, c).r, c) - 1);
    }
  }
  return Number.isFinite(from) ? { from, to } : undefined;
}

/**
 * "No | Indikator | Target | No | Program | Pagu": a second "No" column after other role columns
 * starts a table of its own.
 */
function splitAtRestart(g: Grid, block: HeaderBlock, span: Band): Band[] {
  const out: Band[] = [];
  let start = span.from;
  let rolesSince = 0;
  const roles = headerRoles(g, block, span.from, span.to);
  for (let c = span.from; c <= span.to; c++) {
    const role = roles[c - span.from];
    if (role === undefined) continue;
    if (role === "no" && c > start && rolesSince >= 2) {
      out.push({ from: start, to: c - 1 });
      start = c;
      rolesSince = 0;
    } else if (role !== "abaikan" && role !== "no") rolesSince++;
  }
  out.push({ from: start, to: span.to });
  return out;
}

function rowSignature(g: Grid, r: number, from: number, to: number): string {
  const out: string[] = [];
  for (let c = from; c <= to; c++) out.push(g.text(r, c).toLowerCase());
  return out.join("|");
}

/**
 * A row whose first cell carries on the running number of the data row before it (1, then 2) is
 * that table's next row, however header-like its other cells read ("%", a lone "R" in the target
 * column): a new table's header starts with "No", not with the next number.
 */
function continuesNumbering(g: Grid, r: number, last: number, bottom: number, col: number): boolean {
  if (last <= bottom) return false;
  const here = g.text(r, col);
  const before = g.text(last, col);
  return /^\d{1,6}$/.test(here) && /^\d{1,6}$/.test(before) && Number(here) === Number(before) + 1;
}

/** The first row under a repeated header block that holds a running number (a group line or two before it). */
function firstNumberedUnder(g: Grid, infos: RowInfo[], d: number, col: number): number | undefined {
  let next = d + 1;
  while (next < g.rows && (isColumnNumberRow(infos[next]!) || g.text(next, col) === g.text(d, col))) next++;
  for (let k = 0; k < 3 && next < g.rows && !isBlank(infos[next]!); k++, next++)
    if (/^\d{1,6}$/.test(g.text(next, col))) return next;
  return undefined;
}

/**
 * The table's own header again after a gap (a printed page break): the table goes on when the first
 * numbered row under the repeated header block (a group line or two may stand before it) carries on
 * the running number of the last data row above (5, header, 6). Another table under the same header
 * starts its numbering over at 1.
 */
function numberingResumes(g: Grid, infos: RowInfo[], d: number, last: number, col: number): boolean {
  const next = firstNumberedUnder(g, infos, d, col);
  return next !== undefined && continuesNumbering(g, next, last, -1, col);
}

/**
 * Across a page break the table goes on when a line between says so, when its numbering resumes, or
 * when the page printed the table's own title again over its own header and no numbering starts over
 * at 1 under it (rows unnumbered, or numbered on).
 */
function pageContinues(g: Grid, infos: RowInfo[], page: PageBreak, last: number, col: number): boolean {
  if (page.saysContinued || numberingResumes(g, infos, page.header, last, col)) return true;
  if (!page.sameTitle) return false;
  const next = firstNumberedUnder(g, infos, page.header, col);
  return next === undefined || Number(g.text(next, col)) > 1;
}

/** how far below a note row the table's rows may carry on (a group line or two, one empty row) */
const NOTE_LOOKAHEAD = 4;

/**
 * "Catatan: …" between two groups of a table: a note ends the table only when its rows stop there. They
 * go on when, before any title, header (a row of three words or more) or second empty row, a row below
 * holds values in at least two of the columns the last data row above filled: the same column shape.
 */
function shapeContinues(g: Grid, infos: RowInfo[], note: number, last: number, cols: Band): boolean {
  const above = infos[last];
  if (!above || above.numbers === 0) return false;
  let blanks = 0;
  for (let d = note + 1; d < g.rows && d <= note + NOTE_LOOKAHEAD + blanks; d++) {
    const di = infos[d]!;
    if (isBlank(di)) {
      if (++blanks > 1) return false;
      continue;
    }
    if (isTitleRow(g, di, d) || isCoreHeader(di)) return false;
    // a group line ("II | Meningkatnya …") may stand between; a row of three words or more is a header
    if (di.numbers === 0) {
      if (di.anchors.length >= 3) return false;
      continue;
    }
    if (di.anchors.some((c) => c < cols.from || c > cols.to)) return false;
    return di.anchors.filter((c) => above.anchors.includes(c)).length >= 2;
  }
  return false;
}

interface DataEnd {
  last: number;
  /** the block that follows with no empty row between, when its shape says one starts (table-break.ts) */
  next?: NextBlock;
}

/**
 * Whether a row repeats the header: its cells' signature is a header row's (repeatsHeader), and for a
 * header repeated after a page break also its first cell is a header row's first cell (isRepeat).
 */
function headerRepeats(g: Grid, block: HeaderBlock, cols: Band) {
  const headerSigs = new Set<string>();
  const headerFirst = new Set<string>();
  for (let h = block.top; h <= block.bottom; h++) {
    headerSigs.add(rowSignature(g, h, cols.from, cols.to));
    headerFirst.add(g.text(h, cols.from).toLowerCase());
  }
  const repeatsHeader = (r: number): boolean => headerSigs.has(rowSignature(g, r, cols.from, cols.to));
  const isRepeat = (d: number): boolean =>
    headerFirst.has(g.text(d, cols.from).toLowerCase()) && repeatsHeader(d);
  return { isRepeat, repeatsHeader };
}

/** The last data row of a table whose header block ends at `bottom`. */
function dataEnd(g: Grid, infos: RowInfo[], block: HeaderBlock, cols: Band): DataEnd {
  const { isRepeat, repeatsHeader } = headerRepeats(g, block, cols);
  let last = block.bottom;
  let lastData = block.bottom; // the last row read as data, for the numbering a repeated header resumes
  // the header's column roles, read only when a row under it looks like a header itself
  let roles: ReturnType<typeof headerRoles> | undefined;
  const holdsValues = (d: number): boolean =>
    rowHoldsValues(
      g,
      d,
      infos[d]!.anchors,
      (roles ??= headerRoles(g, block, cols.from, cols.to)),
      cols.from,
      last,
      block.bottom,
    );
  const pageBreak = (d: number) => pageBreakAt(g, infos, d, block.top, isRepeat);
  let next: NextBlock | undefined;
  let blanks = 0;
  // after an empty row (and the one-cell section line under it), a new header or word-only row starts a new block
  let afterGap = false;
  // the last row before that gap: one-cell lines between the gap and a new block are that block's title
  let beforeGap = last;
  for (let d = block.bottom + 1; d < g.rows; d++) {
    const di = infos[d]!;
    if (isBlank(di)) {
      if (!afterGap) beforeGap = last;
      blanks++;
      afterGap = last > block.bottom;
      continue;
    }
    const repeated = isRepeat(d);
    // a page number or "Tabel 3.1 (lanjutan)" before the header again: the page broke inside this table
    const page = di.anchors.length === 1 && lastData > block.bottom ? pageBreak(d) : undefined;
    if (page && pageContinues(g, infos, page, lastData, cols.from)) {
      d = last = page.header;
      blanks = 0;
      afterGap = false;
      continue;
    }
    const newBlock =
      afterGap &&
      (repeated
        ? !numberingResumes(g, infos, d, lastData, cols.from)
        : di.numbers === 0 && di.anchors.length >= 3);
    if (newBlock) {
      last = beforeGap;
      break;
    }
    if (repeated) {
      // the header repeated on a new page: still this table
      last = d;
      blanks = 0;
      continue;
    }
    if (di.anchors.length > 1) afterGap = false;
    // a title and a header of another block right under the rows, no empty row between (after one, the
    // gap rules below decide)
    if (di.numbers === 0 && blanks === 0 && last > block.bottom) {
      next = nextBlockAt(g, infos, d, {
        from: cols.from,
        to: cols.to,
        bottom: block.bottom,
        last,
        repeatsHeader,
      });
      if (next) break;
    }
    if (isTitleRow(g, di, d)) break;
    if (
      isCoreHeader(di) &&
      !isColumnNumberRow(di) &&
      !continuesNumbering(g, d, last, block.bottom, cols.from) &&
      !holdsValues(d)
    )
      break;
    if (NOTE.test(g.text(d, di.anchors[0]!)) && !shapeContinues(g, infos, d, last, cols)) break;
    let inside = 0;
    for (const c of di.anchors) if (c >= cols.from && c <= cols.to) inside++;
    if (inside === 0 || inside < di.anchors.length / 2) break;
    if (blanks >= 2 && di.anchors.length < 2) break;
    last = d;
    lastData = d;
    blanks = 0;
  }
  const end = trimTrailing(g, infos, block.bottom, last, cols.from);
  return next ? { last: end, next } : { last: end };
}

/** Trailing one-cell rows (the next table's title lines, a signature's name) are not data. */
function trimTrailing(g: Grid, infos: RowInfo[], bottom: number, last: number, colStart: number): number {
  while (
    last > bottom &&
    infos[last]!.anchors.length <= 1 &&
    infos[last]!.longText + infos[last]!.headerish <= 1
  ) {
    const t = g.text(last, infos[last]!.anchors[0] ?? colStart);
    if (t === "" || TITLE.test(t) || /^[A-Z0-9 ()/.,:-]+$/.test(t) || /\beselon\b/i.test(t)) last--;
    else break;
  }
  while (last > bottom && isBlank(infos[last]!)) last--;
  return last;
}

/** Up to four text rows above the header, not inside an earlier table. */
function titleAbove(
  g: Grid,
  infos: RowInfo[],
  top: number,
  floor: number,
): { rows: number[]; text?: string } {
  const rows: number[] = [];
  const parts: string[] = [];
  for (let t = top - 1, seen = 0; t >= floor && seen < 5; t--, seen++) {
    const ti = infos[t]!;
    if (isBlank(ti)) {
      if (rows.length > 0) break;
      continue;
    }
    if (ti.anchors.length > 2 || ti.numbers > 0) break;
    rows.unshift(t);
    parts.unshift(ti.anchors.map((c) => g.text(t, c)).join(" "));
  }
  return parts.length > 0 ? { rows, text: parts.join(" ") } : { rows };
}

const TAHUN_STATED = /\btahun\s*(?:anggaran\s*)?((?:19|20)\d\d)\b/i;

/** The year a title line further up states: the nearest one-cell line that says "Tahun 2024". */
function statedYearAbove(g: Grid, infos: RowInfo[], top: number, floor: number): number | undefined {
  for (let r = top - 1; r >= floor; r--) {
    const info = infos[r]!;
    if (info.anchors.length !== 1) continue;
    // "(PP 39 Tahun 2006)": the year of the regulation a form follows is no report's
    const t = withoutRegulations(g.text(r, info.anchors[0]!));
    const m = TAHUN_STATED.exec(t);
    // "Capaian Kinerja Tahun 2022, 2023 dan 2024": another table's title naming a span states no one year
    if (m && (TITLE.test(t) || t === t.toUpperCase()) && allYears(t).length === 1) return Number(m[1]);
  }
  return undefined;
}

/** The tables of one column band, top to bottom. */
function findTablesIn(g: Grid, band: Band, bandInfos: RowInfo[]): FoundTable[] {
  const tables: FoundTable[] = [];
  let r = 0;
  let floor = 0; // rows above belong to an earlier table
  // the header of a block that ended the table above it (table-break.ts): a table starts there whatever
  // its words, so that what it is gets read, or listed as not a performance table
  let forced = -1;
  let pisah: Terpisah | undefined;
  while (r < g.rows) {
    if (r !== forced && !startsTable(g, bandInfos, r)) {
      r++;
      continue;
    }
    const block = headerBlock(g, bandInfos, r, floor);
    const span = headerSpan(g, bandInfos, block);
    if (!span) {
      r++;
      continue;
    }
    const parts = splitAtGap(g, block, span).flatMap((part) => splitAtRestart(g, block, part));
    let end = block.bottom;
    const terpisah = r === forced ? pisah : undefined;
    forced = -1;
    for (const cols of parts) {
      const infos = parts.length === 1 ? bandInfos : rowInfos(g, cols.from, cols.to);
      const { last, next } = dataEnd(g, infos, block, cols);
      if (next && parts.length === 1) {
        forced = next.header;
        const atas = { top: block.top, bottom: last, left: cols.from, right: cols.to };
        pisah = { atas, start: next.start, header: next.header, bukti: next.bukti };
      }
      const title = titleAbove(g, infos, block.top, floor);
      const headerRows: number[] = [];
      for (let h = block.top; h <= block.bottom; h++) headerRows.push(h);
      const found: FoundTable = {
        headerRows,
        numberRows: block.numberRows,
        colStart: cols.from,
        colEnd: cols.to,
        firstDataRow: block.bottom + 1,
        lastDataRow: last,
        titleRows: title.rows,
      };
      if (title.text !== undefined) found.title = title.text;
      if (terpisah) found.terpisah = terpisah;
      // a sheet's title ("… Tahun 2023") covers every table stacked under it
      const yearAbove = statedYearAbove(g, infos, block.top, 0);
      if (yearAbove !== undefined) found.yearAbove = yearAbove;
      tables.push(found);
      end = Math.max(end, last);
    }
    floor = end + 1;
    r = end + 1;
  }
  return tables;
}

/** The tables of a sheet; `legends`, when given, receives the bands that are a scale legend beside them. */
export function findTables(g: Grid, legends?: Band[]): FoundTable[] {
  const out: FoundTable[] = [];
  for (const { band, infos } of columnBands(g)) {
    if (legends && isScaleLegend(g, band)) legends.push(band);
    out.push(...findTablesIn(g, band, infos));
  }
  return out;
}
