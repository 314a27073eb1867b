/**
 * What one row of a sheet looks like between two columns: how many filled cells, how many of them
 * header words, numbers, years, column numbers. Tables are found from these shapes (tables.ts).
 */
import type { Grid } from "./grid";
import { classifyHeader, namesRole } from "./headers";
import { isColumnNumber, isHeaderish, isYearText } from "./header-cells";

export interface RowInfo {
  /** columns of the row's filled cells (merge anchors, and vertical merges from above once) */
  anchors: readonly number[];
  headerish: number;
  roleWords: number;
  numbers: number;
  years: number;
  colNums: number;
  longText: number;
}

export const TITLE =
  /^\s*(tabel|table|lampiran|perjanjian kinerja|pengukuran kinerja|indikator kinerja utama|rencana strategis|realisasi anggaran|capaian kinerja|matriks|formulir|evaluasi terhadap hasil)\b/i;
export const NOTE =
  /^\s*(sumber\s*:|sumber data\s*:|keterangan\s*:|catatan\s*:|\*\)|ket\s*:|source\s*:|note\s*:)/i;

/** "76,5 %", "Rp 1.000", "36 unit", "12,36": a value, not a word */
const NUMERIC = /^\s*(?:rp\.?\s*)?[+-]?[\d.,]*\d[\d.,]*\s*(?:%\s*\d{0,2}|[a-z]{1,12}(?: [a-z]{1,8})?)?\s*$/i;

/** "2024 Target", "2023 Actual": a year before the word, which NUMERIC alone would read as 2024 in a unit */
const YEAR_FIRST = /^(?:19|20)\d\d\s+([a-z].*)$/i;
const YEAR_FIRST_ROLES = new Set(["target", "realisasi", "capaian", "predikat", "targetNasional"]);

/**
 * A year followed by a value column's header word is a header ("2024 Target"), not a count in a unit:
 * the words must name a target, realisasi, capaian or predikat on their own ("2024 orang" stays a value).
 */
function isYearFirstHeader(t: string): boolean {
  const m = YEAR_FIRST.exec(t);
  if (!m || !namesRole(m[1]!)) return false;
  // "2024 unit" in every row of a long sheet: each distinct text is classified once
  let known = YEAR_FIRST_SEEN.get(m[1]!);
  if (known === undefined) {
    known = YEAR_FIRST_ROLES.has(classifyHeader([m[1]!]).role);
    if (YEAR_FIRST_SEEN.size > 1000) YEAR_FIRST_SEEN.clear();
    YEAR_FIRST_SEEN.set(m[1]!, known);
  }
  return known;
}
const YEAR_FIRST_SEEN = new Map<string, boolean>();

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

const WORD_TEXTS: string[] = [];
const ANCHORS: number[] = [];
const NO_ANCHORS: readonly number[] = [];

/** The row's shape between columns `from` and `to` (inclusive). */
export function rowInfo(g: Grid, r: number, from = 0, to = g.cols - 1): RowInfo {
  const info: RowInfo = {
    anchors: NO_ANCHORS,
    headerish: 0,
    roleWords: 0,
    numbers: 0,
    years: 0,
    colNums: 0,
    longText: 0,
  };
  // one buffer for every call: the word texts are only looked at before this returns
  const texts = WORD_TEXTS;
  let words = 0;
  // the filled columns gathered in a shared buffer and copied at their size: an array grown by push
  // from empty takes room for 16, and every row of every sheet keeps one until its tables are found
  // (both buffers written by index with a count: setting length 0 gives a buffer's room back, and each
  // push takes it again)
  const anchors = ANCHORS;
  let n = 0;
  for (let c = from; c <= to; c++) {
    if (!g.isAnchor(r, c)) {
      // a vertical merge from above still shows here; count it once per row for header shape
      const a = g.anchor(r, c);
      if (a.c !== c || a.r === r) continue;
    }
    const t = g.text(r, c);
    if (t === "") continue;
    anchors[n++] = c;
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
    if (
      typeof g.value(r, c) === "number" ||
      (mayStartNumeric(c0) && NUMERIC.test(t) && !(digit0 && isYearFirstHeader(t)))
    ) {
      info.numbers++;
      continue;
    }
    if (t.length > 25) info.longText++;
    texts[words++] = t;
  }
  if (n > 0) info.anchors = anchors.slice(0, n);
  // a row holding data values is no header: skip the word checks (most rows of a big sheet)
  if (info.numbers > 0) return info;
  for (let k = 0; k < words; k++) {
    const t = texts[k]!;
    if (isHeaderish(t)) {
      info.headerish++;
      if (t.length > 25) info.longText--;
      if (namesRole(t)) info.roleWords++;
    }
  }
  return info;
}

export function isBlank(info: RowInfo): boolean {
  return info.anchors.length === 0;
}

export function isCoreHeader(info: RowInfo): boolean {
  const n = info.anchors.length;
  if (n < 2 || info.roleWords < 2) return false;
  if (info.numbers > 0) return false;
  return info.headerish + info.years + info.colNums >= Math.ceil(n * 0.75);
}

/** A row that can sit in a header block: header words, years, T/R tokens, no data. */
export function isHeaderLine(info: RowInfo): boolean {
  const n = info.anchors.length;
  if (n === 0 || info.numbers > 0) return false;
  return info.headerish + info.years === n;
}

/**
 * A sub-header row under a header whose own cells are header words or years ("2022 | 2023 | 2024" under
 * merged "Target | Realisasi | Capaian"): a cell merged down into it from the row above ("Tren Realisasi",
 * "Perkembangan" over two rows) belongs to that row and is judged there, whatever its words. Read only
 * for rows where isHeaderLine failed, so only header-like rows pay for it.
 */
export function isHeaderLineBelowMerges(g: Grid, info: RowInfo, r: number): boolean {
  if (info.numbers > 0 || info.anchors.length === 0) return false;
  let own = 0;
  for (const c of info.anchors) {
    if (g.anchor(r, c).r < r) continue;
    const t = g.text(r, c);
    if (!isHeaderish(t) && !isYearText(t)) return false;
    own++;
  }
  return own > 0;
}

/**
 * A row the header's own merges reach down into ("No", "Indikator", "Target" merged over two rows, the
 * second naming the periods under a group): it is the header's lower line whatever its words, since no
 * data row lies inside a merge the header draws; read as data, its merged cells would give the header's
 * words as an indicator and its target. Where isHeaderLineBelowMerges asks the row's own cells for header words,
 * this asks for two cells of the header merged into it, and takes the row whatever its own words are.
 */
export function headerMergedInto(g: Grid, down: RowInfo, top: number, r: number): boolean {
  if (down.numbers > 0) return false;
  let shared = 0;
  for (const c of down.anchors) {
    const a = g.isAnchor(r, c) ? undefined : g.anchor(r, c);
    if (a && a.r >= top && a.r < r) shared++;
  }
  return shared >= 2 && shared < down.anchors.length;
}

export function isColumnNumberRow(info: RowInfo): boolean {
  return info.anchors.length >= 3 && info.colNums === info.anchors.length;
}

export function isTitleRow(g: Grid, info: RowInfo, r: number): boolean {
  if (info.anchors.length === 0 || info.anchors.length > 2) return false;
  const t = g.text(r, info.anchors[0]!);
  return TITLE.test(t);
}

/** "Komponen | Tahun Evaluasi" over a row of years is a header too. */
export function isHeaderOverYears(g: Grid, infos: RowInfo[], r: number): boolean {
  const info = infos[r]!;
  const next = infos[r + 1];
  return (
    info.roleWords >= 1 &&
    info.anchors.length >= 2 &&
    isHeaderLine(info) &&
    !isTitleRow(g, info, r) &&
    next !== undefined &&
    next.years >= 2 &&
    isHeaderLine(next)
  );
}

export function startsTable(g: Grid, infos: RowInfo[], r: number): boolean {
  return isCoreHeader(infos[r]!) || isHeaderOverYears(g, infos, r);
}

/** Every row's shape between two columns. */
export function rowInfos(g: Grid, from = 0, to = g.cols - 1): RowInfo[] {
  const infos: RowInfo[] = [];
  for (let r = 0; r < g.rows; r++) infos.push(rowInfo(g, r, from, to));
  return infos;
}
