/**
 * Quarter rows: an indicator written once (often merged down) over rows "TW I … TW IV", each with
 * that quarter's target and realisasi. The column that names the quarters is found from its cells;
 * the reader then makes one indicator of the block, its values filed per quarter.
 */
import type { ColumnMapping, ColumnRole } from "../engine/mapping";
import type { Grid } from "./grid";
import { quarterNumber } from "./periode";
import type { FoundTable } from "./tables";

export interface QuarterRows {
  /** absolute column holding the quarter labels, when the table has one */
  col?: number;
  /** the quarter a (relative) row is about: 1–4, "tahun" for a year line, undefined for none */
  of(r: number): number | "tahun" | undefined;
}

/** "TW I", "Trw. 2", "Triwulan ke-3", "Triwulan Keempat": a row's quarter, numbered or spelled out */
const QUARTER =
  /^(?:tw|trw|triwulan|tri wulan|q|kuartal|quarter)\s*[-.]?\s*(?:ke\s*[-.]?\s*)?(iv|iii|ii|i|[1-4]|pertama|kesatu|kedua|ketiga|keempat)\.?$/i;
const ROMAN_ONLY = /^(iv|iii|ii|i)\.?$/i;
/** "Semester I", "Smt. 2": a half year, filed as the quarter it ends with (June: 2, December: 4) */
const SEMESTER = /^(?:semester|smt)\.?\s*(ii|i|[12])\.?$/i;
const YEAR_LINE = /^(tahunan|setahun|1 tahun|akhir tahun|jumlah|total|kumulatif)$/i;
const QUARTER_HEADER = /\b(tw|trw|triwulan|kuartal|quarter|periode|bulan)\b/i;
const SEMESTER_HEADER = /\b(semester|smt)\b/i;
/** a header of the period word alone ("Triwulan", "TW", "Kuartal ke-", "Semester"): its numerals 1–4 are quarters */
const PERIOD_ONLY =
  /(?:^|\/\s*)(tw|trw|triwulan|tri wulan|kuartal|kwartal|quarter|semester|smt)\.?(\s*ke\s*-?)?$/i;
const ARABIC = /^[1-4]$/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Columns that may name quarters: none that carries the table's own meaning. */
const LABEL_ROLES = new Set<ColumnRole>(["abaikan", "keterangan", "target", "nama"]);

/**
 * What a lone numeral in the label column counts: quarters or half years, as its header says; an arabic one
 * ("1" … "4") only under a header of the period word alone, where it can be no count of anything.
 */
type Lone = { of: "triwulan" | "semester"; arabic: boolean } | undefined;

/** A half year as the quarter it ends with: I → 2, II → 4. */
const halfEnd = (n: string): number => (n.toLowerCase() === "ii" || n === "2" ? 4 : 2);

function quarterOfText(t: string, lone: Lone): number | "tahun" | undefined {
  const m = QUARTER.exec(t);
  if (m) return quarterNumber(m[1]!.toLowerCase());
  const half = SEMESTER.exec(t);
  if (half) return halfEnd(half[1]!);
  if (lone !== undefined && (ROMAN_ONLY.test(t) || (lone.arabic && ARABIC.test(t)))) {
    const n = t.replace(".", "").toLowerCase();
    if (lone.of === "triwulan") return ROMAN[n] ?? Number(n);
    if (n === "i" || n === "ii" || n === "1" || n === "2") return halfEnd(n);
  }
  if (YEAR_LINE.test(t)) return "tahun";
  return undefined;
}

const NONE: QuarterRows = { of: () => undefined };

export function quarterRows(g: Grid, t: FoundTable, columns: ColumnMapping[]): QuarterRows {
  if (!columns.some((c) => c.role === "indikator")) return NONE;
  for (const c of columns) {
    if (!LABEL_ROLES.has(c.role)) continue;
    const rc = c.col - g.sheet.origin.col;
    const of = SEMESTER_HEADER.test(c.header)
      ? "semester"
      : QUARTER_HEADER.test(c.header)
        ? "triwulan"
        : undefined;
    const lone: Lone = of && { of, arabic: PERIOD_ONLY.test(c.header.trim()) };
    let quarters = 0;
    let halves = 0;
    let filled = 0;
    for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
      const tx = g.text(r, rc);
      if (tx === "") continue;
      filled++;
      const q = quarterOfText(tx, lone);
      if (typeof q === "number") quarters++;
      if (SEMESTER.test(tx) || (lone?.of === "semester" && typeof q === "number")) halves++;
    }
    // four quarters, or the two halves of a year when the column names only semesters
    const least = halves === quarters ? 2 : 4;
    if (quarters < least || quarters < filled * 0.75) continue;
    // the column names quarters: it is a label, not a value (a "Triwulan" header may read as a target)
    c.role = "keterangan";
    c.confidence = 0.9;
    return { col: c.col, of: (r) => quarterOfText(g.text(r, rc), lone) };
  }
  return NONE;
}
