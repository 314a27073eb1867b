/**
 * Year rows: a table turned on its side, "Indikator | Tahun | Target | Realisasi | Capaian", the indicator
 * written once (merged down, repeated, or on its first row only) over one row per year. The column that
 * gives the years is found from its header word and its cells; each block of rows under one indicator
 * must give each year once, in one direction, or the table is listed as not read (with the row and why).
 */
import type { ColumnMapping, ColumnRole } from "../engine/mapping";
import type { Pesan } from "../engine/model";
import type { Grid } from "./grid";
import { isYearText } from "./header-cells";
import { classifyKind, type KindGuess } from "./kind";
import { quarterRows } from "./quarters";
import type { FoundTable } from "./tables";
import { yearQuarterBlocks } from "./year-quarters";

export interface YearRows {
  /** absolute column holding the years */
  col: number;
  /** the years the column gives, ascending */
  years: number[];
  /** by data row index (row − firstDataRow): the row's year, 0 when it gives none */
  yearOf: Uint16Array;
  /**
   * quarter rows under each year (year-quarters.ts): by data row index, 1 when the row continues the
   * indicator above it; the quarter rows are read by this, not by the year rule
   */
  continues?: Uint8Array;
}

/** Why a year column was found but its rows cannot be read per year: the row (absolute) and the reason. */
export interface YearRowsUnread {
  col: ColumnMapping;
  years: number[];
  row: number;
  why: Pesan;
}

export type YearRowsFound = { read: YearRows } | { unread: YearRowsUnread } | undefined;

/** "Tahun", "Thn", "TA", "Tahun Anggaran", "Year", "Periode", "Period", "Fiscal year" (the header's lowest words) */
export const YEAR_HEADER =
  /^(tahun|thn\.?|th\.?|t\.?a\.?|tahun anggaran|tahun kinerja|tahun capaian|year|years|fiscal year|periode|period)$/;
/** the per-year values: any of these stating its own year makes the years columns, not rows */
const YEARLY = new Set<ColumnRole>(["target", "realisasi", "capaian", "predikat"]);
/** years further apart than this in one column are no run of reporting years */
const MAX_SPAN = 10;

/** The header's lowest words, as the year column is named by them. */
export const headerWord = (c: ColumnMapping): string => c.header.split(" / ").at(-1)!.trim().toLowerCase();

function yearColumn(columns: ColumnMapping[]): ColumnMapping | undefined {
  const yearly = columns.filter((c) => YEARLY.has(c.role));
  if (yearly.length === 0 || yearly.some((c) => c.tahun !== undefined || c.triwulan !== undefined)) return;
  if (!columns.some((c) => c.role === "indikator")) return;
  return columns.find(
    (c) => !YEARLY.has(c.role) && c.role !== "indikator" && YEAR_HEADER.test(headerWord(c)),
  );
}

/** The column's year per data row; undefined when a filled cell is no year or the years are too far apart. */
function yearsOf(g: Grid, t: FoundTable, rc: number): Uint16Array | undefined {
  const out = new Uint16Array(t.lastDataRow - t.firstDataRow + 1);
  let lo = Infinity;
  let hi = 0;
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
    const tx = g.text(r, rc);
    if (tx === "") continue;
    if (!isYearText(tx)) return undefined;
    const y = Number(tx.trim());
    out[r - t.firstDataRow] = y;
    lo = Math.min(lo, y);
    hi = Math.max(hi, y);
  }
  return hi > lo && hi - lo <= MAX_SPAN ? out : undefined;
}

interface Block {
  key: number;
  text: string;
  seen: Set<number>;
  last: number;
  dir: number;
}

const pesan = (id: string, en: string): Pesan => ({ id, en });

/**
 * Each block of rows under one indicator: a row continues the block when its indicator cell is blank,
 * part of the block's merge, or the same text again with a year the block has not given yet.
 */
function checkBlocks(
  g: Grid,
  t: FoundTable,
  ic: number,
  yearOf: Uint16Array,
): { row: number; why: Pesan } | undefined {
  let open: Block | undefined;
  let blocks = 0;
  let several = 0;
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
    const y = yearOf[r - t.firstDataRow]!;
    const text = g.text(r, ic);
    if (y === 0) {
      // a section line, a total or a blank row closes the block above it
      if (text !== "") open = undefined;
      continue;
    }
    const key = g.anchorKey(r, ic);
    const continues =
      open !== undefined &&
      (text === "" || (!g.isAnchor(r, ic) && key === open.key) || (text === open.text && !open.seen.has(y)));
    if (!continues) {
      if (text === "")
        return {
          row: g.absRow(r),
          why: pesan(`tahun ${y} tanpa indikator di atasnya`, `the year ${y} has no indicator above it`),
        };
      open = { key, text, seen: new Set([y]), last: y, dir: 0 };
      blocks++;
      continue;
    }
    const b = open!;
    if (b.seen.has(y))
      return {
        row: g.absRow(r),
        why: pesan(
          `tahun ${y} muncul dua kali untuk satu indikator`,
          `the year ${y} is given twice for one indicator`,
        ),
      };
    const dir = Math.sign(y - b.last);
    if (b.dir !== 0 && dir !== b.dir)
      return {
        row: g.absRow(r),
        why: pesan(
          `urutan tahun berbalik (${b.last} lalu ${y}) dalam satu indikator`,
          `the years turn back (${b.last} then ${y}) within one indicator`,
        ),
      };
    if (b.seen.size === 1) several++;
    b.dir = dir;
    b.last = y;
    b.seen.add(y);
  }
  // one year per indicator, each its own ("Tahun Ditetapkan"): no run of years repeating per indicator
  if (several * 2 < blocks)
    return {
      row: g.absRow(t.firstDataRow),
      why: pesan(
        `${blocks - several} dari ${blocks} indikator hanya memberi satu tahun`,
        `${blocks - several} of ${blocks} indicators give one year only`,
      ),
    };
  return undefined;
}

/**
 * The table's year column, when it has one: a column headed as a year ("Tahun", "Year", "Periode") beside
 * target/realisasi/capaian columns that state no year, whose filled cells are years, two or more within a
 * few years of each other. Read when every indicator's block gives each year once in one order, or, with
 * quarter rows under each year, when the year blocks give the same quarters (year-quarters.ts).
 */
export function yearRows(g: Grid, t: FoundTable, columns: ColumnMapping[]): YearRowsFound {
  const col = yearColumn(columns);
  if (!col) return undefined;
  const rc = col.col - g.absCol(0);
  const yearOf = yearsOf(g, t, rc);
  if (!yearOf) return undefined;
  const years = [...new Set(yearOf)].filter((y) => y !== 0).sort((a, b) => a - b);
  const ic = columns.find((c) => c.role === "indikator")!.col - g.absCol(0);
  // "Tahun | Triwulan": quarter rows under each year, their year carried down to the quarters under it
  const quarters = quarterRows(g, t, columns);
  const checked: { continues?: Uint8Array } | { row: number; why: Pesan } =
    quarters.col !== undefined
      ? yearQuarterBlocks(g, t, ic, yearOf, quarters.of)
      : (checkBlocks(g, t, ic, yearOf) ?? {});
  if ("why" in checked) return { unread: { col, years, row: checked.row, why: checked.why } };
  // the column gives each row its year: a label, not a value
  col.role = "keterangan";
  col.confidence = 0.9;
  return { read: { col: col.col, years, yearOf, continues: checked.continues } };
}

/**
 * What a table with year rows is: what it would be with its years in the headers (each value column once
 * per year). A table of several years' measurements is a history, never one year's pengukuran or PK: the
 * reporting year's Capaian could not be written beside the row of that year. Targets alone over three or
 * more years are a Renstra's, as their columns would be.
 */
export function yearRowsKind(
  title: string,
  sheet: string,
  columns: ColumnMapping[],
  years: number[],
): KindGuess {
  const spread = columns.flatMap((c) => (YEARLY.has(c.role) ? years.map((tahun) => ({ ...c, tahun })) : [c]));
  const guess = classifyKind(title, sheet, spread);
  if (guess?.kind === "renstra") {
    for (const c of columns)
      if (c.role === "target") c.role = "renstraTarget";
      else if (c.role === "realisasi") c.role = "renstraRealisasi";
    return guess;
  }
  if (guess && guess.kind !== "realisasi" && guess.kind !== "pk") return guess;
  return { kind: "history", confidence: 0.85 };
}
