/**
 * "Target Nasional (RPJMN 2020-2024)", "Target RPJMD 2021 s.d. 2026", "Standar Nasional (Renstra Kemenkes
 * 2020–2024)": two years joined by a dash or "s.d." in a header are the plan's period, not the year its value
 * is of. The column is of the year its table reports (the title's, else the workbook's report year, DOMAIN:
 * the standard or plan target set against this year's realisasi) — at a confidence under the header's own
 * year; when that year lies outside the period the reading is a guess and it is said.
 */
import type { ColumnMapping } from "../engine/mapping";
import type { SourceRef, Temuan } from "../engine/model";
import { TINGKAT_BAKU } from "../engine/temuan";
import { firstYear } from "./text";

/** "2020-2024", "2020 – 2024", "2021 s.d. 2026", "2021 s/d 2026", "2020 sampai 2024", "2020 hingga 2024" */
const PERIOD =
  /(?<!\d)((?:19|20)\d\d)\s*(?:[-–—]|s\.?\s?d\.?|s\/d|sampai(?: dengan)?|hingga|to|until)\s*((?:19|20)\d\d)(?!\d)/i;

/** The plan period a header text names, [first, last] (two to ten years, in order), or undefined. */
export function planPeriod(text: string): [number, number] | undefined {
  const m = PERIOD.exec(text);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return b > a && b - a <= 10 ? [a, b] : undefined;
}

/** The text with its plan periods taken out: what is left may still state a year of its own. */
export function withoutPlanPeriod(text: string): string {
  return planPeriod(text) ? text.replace(PERIOD, " ") : text;
}

/** inside the period: the report year is the evidence, below a year the header states */
const INSIDE = 0.75;
/** outside it: the pane asks */
const OUTSIDE = 0.5;

const YEAR_OF_PLAN = new Set(["target", "realisasi", "targetNasional"]);

/** A value column whose header names a plan period and no year of its own, with its header cell. */
export interface KolomPeriode {
  kolom: ColumnMapping;
  sel: SourceRef;
}

/** The columns of one table whose header names a plan period and no year of its own (one test a column). */
export function planColumns(
  columns: ColumnMapping[],
  header: (c: ColumnMapping) => SourceRef,
): KolomPeriode[] {
  const out: KolomPeriode[] = [];
  for (const c of columns) {
    if (!YEAR_OF_PLAN.has(c.role) || c.triwulan !== undefined || !planPeriod(c.header)) continue;
    if (firstYear(withoutPlanPeriod(c.header)) !== undefined) continue;
    out.push({ kolom: c, sel: header(c) });
  }
  return out;
}

/**
 * Those columns against the year their table reports: inside the period the confidence is at most INSIDE
 * (and a target or realisasi left without a year takes that year); outside it at most OUTSIDE, and said.
 */
export function periodeRencana(cols: KolomPeriode[], year: number): Temuan[] {
  const out: Temuan[] = [];
  for (const { kolom: c, sel } of cols) {
    const p = planPeriod(c.header)!;
    const inside = year >= p[0] && year <= p[1];
    c.confidence = Math.min(c.confidence, inside ? INSIDE : OUTSIDE);
    if (c.role !== "targetNasional" && c.tahun === undefined) c.tahun = year;
    if (!inside) out.push(diLuarPeriode(sel, p, year));
  }
  return out;
}

function diLuarPeriode(ref: SourceRef, [a, b]: [number, number], year: number): Temuan {
  const at = `${ref.sheet}!${ref.cell}`;
  return {
    kode: "PERIODE_DI_LUAR_TAHUN",
    tingkat: TINGKAT_BAKU.PERIODE_DI_LUAR_TAHUN,
    sel: [ref],
    pesan: {
      id: `Judul kolom ${at} menyebut periode rencana ${a}–${b}, yang tidak memuat tahun laporan ${year}. Nilainya tetap dibaca sebagai tahun ${year}; periksa apakah angka itu memang berlaku untuk tahun ${year}, atau tulis tahunnya di judul kolom.`,
      en: `The column header ${at} names the plan period ${a}–${b}, which does not include the report year ${year}. Its values are still read as ${year}'s; check that they apply to ${year}, or write the year in the header.`,
    },
  };
}
