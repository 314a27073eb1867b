/**
 * Finding tables on a sheet: a header block (one to four rows of header words, years, "T % | R %",
 * triwulan, column numbers), the title rows above it, and the data rows below it until the next
 * title or header, or until rows stop following the column pattern.
 */
import type { Grid } from "./grid";
import { isColumnNumber, isHeaderish, isYearText, namesRole } from "./headers";

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
}

interface RowInfo {
  anchors: number[];
  headerish: number;
  roleWords: number;
  numbers: number;
  years: number;
  colNums: number;
  longText: number;
}

const TITLE =
  /^\s*(tabel|table|lampiran|perjanjian kinerja|pengukuran kinerja|indikator kinerja utama|rencana strategis|realisasi anggaran|capaian kinerja|matriks|formulir)\b/i;
const NOTE = /^\s*(sumber\s*:|sumber data\s*:|keterangan\s*:|catatan\s*:|\*\)|ket\s*:)/i;

/** "76,5 %", "Rp 1.000", "36 unit", "12,36": a value, not a word */
const NUMERIC = /^\s*(?:rp\.?\s*)?[+-]?[\d.,]*\d[\d.,]*\s*(?:%\s*\d{0,2}|[a-z]{1,12}(?: [a-z]{1,8})?)?\s*$/i;

const OPEN_PAREN = 40;
const MINUS = 45;

/** A first character NUMERIC can start with (the text is trimmed): a digit, a sign, a separator, "Rp". */
function mayStartNumeric(c0: number): boolean {
  return (
    (c0 >= 48 && c0 <= 57) ||
    c0 === 43 /* + */ ||
    c0 === 45 /* - */ ||
    c0 === 46 /* . */ ||
    c0 === 44 /* , */ ||
    c0 === 82 /* R */ ||
    c0 === 114 /* r */
  );
}

function rowInfo(g: Grid, r: number): RowInfo {
  const info: RowInfo = {
    anchors: [],
    headerish: 0,
    roleWords: 0,
    numbers: 0,
    years: 0,
    colNums: 0,
    longText: 0,
  };
  const texts: string[] = [];
  for (let c = 0; c < g.cols; c++) {
    if (!g.isAnchor(r, c)) {
      // a vertical merge from above still shows here; count it once per row for header shape
      const a = g.anchor(r, c);
      if (a.c !== c || a.r === r) continue;
    }
    const t = g.text(r, c);
    if (t === "") continue;
    info.anchors.push(c);
    // Grid texts are trimmed, so each pattern below can only match when the first character
    // (and for a year the length) fits; most word cells are turned away without a pattern run.
    const c0 = t.charCodeAt(0);
    const digit0 = c0 >= 48 && c0 <= 57;
    if (digit0 && t.length === 4 && isYearText(t)) {
      info.years++;
      continue;
    }
    if ((digit0 || c0 === OPEN_PAREN || c0 === MINUS) && isColumnNumber(t)) {
      info.colNums++;
      continue;
    }
    if (typeof g.value(r, c) === "number" || (mayStartNumeric(c0) && NUMERIC.test(t))) {
      info.numbers++;
      continue;
    }
    if (t.length > 25) info.longText++;
    texts.push(t);
  }
  // a row holding data values is no header: skip the word checks (most rows of a big sheet)
  if (info.numbers > 0) return info;
  for (const t of texts) {
    if (isHeaderish(t)) {
      info.headerish++;
      if (t.length > 25) info.longText--;
      if (namesRole(t)) info.roleWords++;
    }
  }
  return info;
}

function isBlank(info: RowInfo): boolean {
  return info.anchors.length === 0;
}

function isCoreHeader(info: RowInfo): boolean {
  const n = info.anchors.length;
  if (n < 2 || info.roleWords < 2) return false;
  if (info.numbers > 0) return false;
  return info.headerish + info.years + info.colNums >= Math.ceil(n * 0.75);
}

/** A row that can sit in a header block: header words, years, T/R tokens, no data. */
function isHeaderLine(info: RowInfo): boolean {
  const n = info.anchors.length;
  if (n === 0 || info.numbers > 0) return false;
  return info.headerish + info.years === n;
}

function isColumnNumberRow(info: RowInfo): boolean {
  return info.anchors.length >= 3 && info.colNums === info.anchors.length;
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

function isTitleRow(g: Grid, info: RowInfo, r: number): boolean {
  if (info.anchors.length === 0 || info.anchors.length > 2) return false;
  const t = g.text(r, info.anchors[0]!);
  return TITLE.test(t);
}

function rowSignature(g: Grid, r: number, from: number, to: number): string {
  const out: string[] = [];
  for (let c = from; c <= to; c++) out.push(g.text(r, c).toLowerCase());
  return out.join("|");
}

export function findTables(g: Grid): FoundTable[] {
  const infos: RowInfo[] = [];
  for (let r = 0; r < g.rows; r++) infos.push(rowInfo(g, r));
  const tables: FoundTable[] = [];
  let r = 0;
  let floor = 0; // rows above belong to an earlier table
  while (r < g.rows) {
    const info = infos[r]!;
    // "Komponen | Tahun Evaluasi" over a row of years is a header too
    const next = infos[r + 1];
    const overYears =
      info.roleWords >= 1 &&
      info.anchors.length >= 2 &&
      isHeaderLine(info) &&
      !isTitleRow(g, info, r) &&
      next !== undefined &&
      next.years >= 2 &&
      isHeaderLine(next);
    if (!isCoreHeader(info) && !overYears) {
      r++;
      continue;
    }
    // header block: group rows above, sub-header rows below
    let top = r;
    while (top - 1 >= floor && top > r - 2) {
      const up = infos[top - 1]!;
      // a lone cell above the header is a title line, not a group header
      if (isBlank(up) || up.anchors.length < 2 || !isHeaderLine(up) || isTitleRow(g, up, top - 1)) break;
      top--;
    }
    let bottom = r;
    const numberRows: number[] = [];
    while (bottom + 1 < g.rows && bottom - top < 4) {
      const down = infos[bottom + 1]!;
      if (isColumnNumberRow(down)) {
        numberRows.push(bottom + 1);
        bottom++;
        continue;
      }
      if (isBlank(down) || !isHeaderLine(down) || isTitleRow(g, down, bottom + 1)) break;
      // one wide merged cell under the header is a section line ("SEKRETARIAT :"), not a sub-header
      if (down.anchors.length === 1 && g.spanCols(bottom + 1, down.anchors[0]!) > 2) break;
      if (isCoreHeader(down) && down.roleWords >= 3 && numberRows.length > 0) break;
      bottom++;
    }
    const headerRows: number[] = [];
    for (let h = top; h <= bottom; h++) headerRows.push(h);
    let colStart = Infinity;
    let colEnd = -1;
    for (const h of headerRows)
      for (const c of infos[h]!.anchors) {
        if (numberRows.includes(h)) continue;
        colStart = Math.min(colStart, c);
        colEnd = Math.max(colEnd, c + g.spanCols(g.anchor(h, c).r, c) - 1);
      }
    if (!Number.isFinite(colStart)) {
      r++;
      continue;
    }
    const headerSigs = new Set(headerRows.map((h) => rowSignature(g, h, colStart, colEnd)));
    const headerFirst = new Set(headerRows.map((h) => g.text(h, colStart).toLowerCase()));
    // data rows
    let last = bottom;
    let blanks = 0;
    let d = bottom + 1;
    for (; d < g.rows; d++) {
      const di = infos[d]!;
      if (isBlank(di)) {
        blanks++;
        continue;
      }
      if (
        headerFirst.has(g.text(d, colStart).toLowerCase()) &&
        headerSigs.has(rowSignature(g, d, colStart, colEnd))
      ) {
        // the header repeated on a new page: still this table
        last = d;
        blanks = 0;
        continue;
      }
      if (isTitleRow(g, di, d)) break;
      if (isCoreHeader(di) && !isColumnNumberRow(di) && !continuesNumbering(g, d, last, bottom, colStart))
        break;
      const first = di.anchors[0]!;
      const text = g.text(d, first);
      if (NOTE.test(text)) break;
      let inside = 0;
      for (const c of di.anchors) if (c >= colStart && c <= colEnd) inside++;
      if (inside === 0 || inside < di.anchors.length / 2) break;
      if (blanks > 0 && di.anchors.length < 2 && blanks >= 2) break;
      last = d;
      blanks = 0;
    }
    // trailing one-cell rows (the next table's title lines) are not data
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
    // title: up to four text rows above the header, not inside an earlier table
    const titleRows: number[] = [];
    const titleParts: string[] = [];
    for (let t = top - 1, seen = 0; t >= floor && seen < 5; t--, seen++) {
      const ti = infos[t]!;
      if (isBlank(ti)) {
        if (titleRows.length > 0) break;
        continue;
      }
      if (ti.anchors.length > 2 || ti.numbers > 0) break;
      titleRows.unshift(t);
      titleParts.unshift(ti.anchors.map((c) => g.text(t, c)).join(" "));
    }
    const found: FoundTable = {
      headerRows,
      numberRows,
      colStart,
      colEnd,
      firstDataRow: bottom + 1,
      lastDataRow: last,
      titleRows,
    };
    if (titleParts.length > 0) found.title = titleParts.join(" ");
    tables.push(found);
    floor = last + 1;
    r = Math.max(last + 1, bottom + 1);
  }
  return tables;
}
