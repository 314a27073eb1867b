/**
 * A report made before the year ends says so in its title ("LAPORAN CAPAIAN KINERJA S.D. TRIWULAN III
 * TAHUN 2025", "Capaian Kinerja Semester I 2025", "Realisasi TW II") or in its sheet's name ("TW III",
 * "Smt I 2025"), and heads its columns "Target 2025 | Realisasi | Capaian (%)". The realisasi under it is
 * the year so far up to that period, as a header "Realisasi s.d. Triwulan III" says (periode.ts): filed
 * under the year it would be the whole year's, and the engine would grade September's value as December's.
 * The period named applies to the measured columns (realisasi, capaian, predikat) that name none of their
 * own; the target stays the year's, which a mid-year report measures against. A table whose columns
 * already name periods, a Renstra, a budget, and a title naming the fourth quarter or the second half
 * ("Periode Pelaksanaan: Triwulan IV", "s.d. Semester II": the whole year) or a span ("Triwulan I-IV")
 * are left as they are.
 */
import type { ColumnMapping, ColumnRole, TableKind } from "../engine/mapping";
import { periodeOf } from "./periode";
import { normHeader } from "./text";

const MEASURED = new Set<ColumnRole>(["realisasi", "capaian", "predikat"]);
/** a period read from the title, not from the column's own header: asked about below a header's own words */
const FROM_TITLE = 0.85;
const FROM_SHEET = 0.8;

/** The one period a text names within the year, as its quarter (Semester I → 2), or undefined. */
function periodOfText(text: string): number | undefined {
  return text === "" ? undefined : periodeOf([normHeader(text)]);
}

/** Files the measured columns of a table under the period its title, else its sheet's name, names. */
export function titlePeriod(
  columns: ColumnMapping[],
  kind: TableKind,
  title: string,
  sheetName: string,
): void {
  if (kind === "renstra" || kind === "anggaran" || kind === "akip") return;
  if (columns.some((c) => c.triwulan !== undefined)) return;
  const fromTitle = periodOfText(title);
  const q = fromTitle ?? periodOfText(sheetName);
  // a report's period runs from January: "Triwulan IV", "Semester II" is the whole year, its own value
  if (q === undefined || q === 4) return;
  const cap = fromTitle !== undefined ? FROM_TITLE : FROM_SHEET;
  for (const c of columns) {
    if (!MEASURED.has(c.role)) continue;
    c.triwulan = q;
    c.confidence = Math.min(c.confidence, cap);
  }
}
