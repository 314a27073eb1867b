/** What kind of quantity an indicator measures: a rate (%, index, grade) or a count (orang, dokumen, Rp). */
import type { Indicator, ParsedValue, SourcedValue } from "./model";
import { numericOf } from "./parse";

const RATE_WORDS =
  /^\s*(\d+[.)]\s*)?(persentase|presentase|pesentase|prosentase|prosentasi|rasio|indeks|index|nilai|tingkat|angka|rata-rata|skor|predikat|cakupan)\b/i;
const PERCENT_NAME = /^\s*(\d+[.)]\s*)?(persentase|presentase|pesentase|prosentase|prosentasi)\b/i;
const PERCENT_UNIT = /^\s*(%|persen|prosen|persentase)\s*$/i;

export function isPercentSatuan(satuan: string | undefined | null): boolean {
  return typeof satuan === "string" && PERCENT_UNIT.test(satuan);
}

export function isPercentName(indikator: string): boolean {
  return PERCENT_NAME.test(indikator);
}

/**
 * A percentage of attainment, whose denominator is a target, not a whole: "Persentase realisasi PAD terhadap
 * target", "Persentase capaian realisasi anggaran", "Tingkat pencapaian …", a revenue's realisasi (revenue
 * has a target, never a ceiling). It may pass 100 %; a share of a whole ("Persentase penduduk …", "cakupan",
 * "… terhadap jumlah PPKS") cannot.
 */
// "capaian" only as what the percentage is of: "Persentase OPD dengan capaian kinerja baik" is a share of OPDs
const ATTAINMENT =
  /^\s*(\d+[.)]\s*)?((persentase|presentase|pesentase|prosentase|prosentasi|tingkat) )?(capaian|pencapaian|ketercapaian)\b|\b(terhadap|dari|atas) (target|rencana)\b|\brealisasi (pendapatan|penerimaan|pad|pajak|retribusi)\b/i;

export function isAttainmentName(indikator: string): boolean {
  return ATTAINMENT.test(indikator);
}

/** "Persentase …", "%", an index or a grade: a level, not a sum. */
export function isRateIndicator(ind: Pick<Indicator, "indikator" | "satuan" | "polaritas">): boolean {
  if (ind.polaritas === "huruf" || ind.polaritas === "indeks" || ind.polaritas === "rentang") return true;
  if (isPercentSatuan(ind.satuan)) return true;
  if (ind.satuan && /predikat|indeks|nilai/i.test(ind.satuan)) return true;
  return RATE_WORDS.test(ind.indikator);
}

/** The number a parsed value holds (a grade's score counts), else null. */
export const num: (p: ParsedValue | undefined | null) => number | null = numericOf;

export function numOf(v: SourcedValue | undefined | null): number | null {
  return v ? num(v.parsed) : null;
}

/**
 * The same number, held as a small integer where it is one. A number read from a parsed value comes out
 * as a fresh 16-byte box each time, and the result keeps several per indicator row; an integer in a
 * result field costs nothing beyond the field (≈ 10 MB less at 100k rows).
 * -0 stays -0 (x | 0 would make it 0).
 */
export function ringkas(n: number): number {
  const i = n | 0;
  return i === n && (i !== 0 || 1 / n > 0) ? i : n;
}

/** ringkas for a value that may be missing. */
export function ringkasAtauNull(n: number | null): number | null {
  return n === null ? null : ringkas(n);
}

/** For result rows: a number where the value is one, else the cell as printed, null when blank. */
export function tampil(v: SourcedValue | undefined | null): number | string | null {
  if (!v) return null;
  const p = v.parsed;
  if (p.kind === "number") return ringkas(p.value);
  if (p.kind === "blank") return null;
  return typeof v.raw === "string" ? v.raw.trim() : String(v.raw);
}
