/** What kind of quantity an indicator measures: a rate (%, index, grade) or a count (orang, dokumen, Rp). */
import type { Indicator, ParsedValue, SourcedValue } from "./model";
import { numericOf } from "./parse";

/** "Persentase" as reports spell it: presentase, pesentase, prosentase, prosentasi */
export const PERCENT_SPELLINGS = "persentase|presentase|pesentase|prosentase|prosentasi";

// "Produktivitas padi", "Prevalensi stunting", "Laju pertumbuhan …", "Usia Harapan Hidup": a level, never summed
const RATE_WORDS = new RegExp(
  String.raw`^\s*(\d+[.)]\s*)?(${PERCENT_SPELLINGS}|rasio|indeks|index|nilai|tingkat|angka|rata-rata|rata rata|rerata|skor|predikat|cakupan|produktivitas|prevalensi|proporsi|laju|kepadatan|(usia|umur) harapan hidup|harapan lama sekolah)\b`,
  "i",
);
/** "… per 1.000 penduduk", "per 100.000 KH", "per kapita": counted against a base, a rate */
const PER_BASE = /\bper\s*(\d[\d.,]*|seribu|seratus|sepuluh|kapita|penduduk|hektar\w*|ha|km2?)\b/i;
/** a unit naming a rate: "Rasio", "Indeks", "Rata-rata", "poin", "skor" */
const RATE_UNIT = /^\s*(rasio|indeks|index|rata-rata|rata rata|rerata|poin|skor|produktivitas)\b/i;
/**
 * "ton/ha", "kg/kapita/tahun", "jiwa/km2", "kkal/kap/hari", "kasus/1.000 KH": an amount per a measure, a
 * population base or a day. Two counts joined by a slash are alternatives, no rate ("Kab/Kota",
 * "KPM/keluarga", "KK/Jiwa"), and "Dokumen/tahun" is a yearly count that reports may add up.
 */
const PER_MEASURE =
  /\/\s*(\d[\d.,]*|ha|hektar\w*|kapita|kap|km2?|km²|m2|m²|m3|penduduk|kh|kelahiran|hari|minggu|bulan|jam)(?![a-z0-9])/i;

function isRateSatuan(satuan: string): boolean {
  return (
    /predikat|indeks|nilai/i.test(satuan) ||
    RATE_UNIT.test(satuan) ||
    PER_BASE.test(satuan) ||
    PER_MEASURE.test(satuan)
  );
}

const PERCENT_NAME = new RegExp(String.raw`^\s*(\d+[.)]\s*)?(${PERCENT_SPELLINGS})\b`, "i");
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
const ATTAINMENT = new RegExp(
  String.raw`^\s*(\d+[.)]\s*)?((${PERCENT_SPELLINGS}|tingkat) )?(capaian|pencapaian|ketercapaian)\b|\b(terhadap|dari|atas) (target|rencana)\b|\brealisasi (pendapatan|penerimaan|pad|pajak|retribusi)\b`,
  "i",
);

export function isAttainmentName(indikator: string): boolean {
  return ATTAINMENT.test(indikator);
}

/**
 * A ratio of two different quantities written as a percentage, not a share of a whole: "Rasio kas (cash ratio)",
 * "Current ratio", "Cost Recovery Rate", "Rasio kecukupan modal (CAR)", "BOPO", "Loan to Deposit Ratio": its
 * numerator is no part of its denominator, so it may pass 100 %. A rasio that counts a share ("Rasio
 * elektrifikasi", "Rasio kelulusan") stays a share.
 */
const RASIO =
  /\b(rasio|ratio)\b(?! (elektrifikasi|kelulusan|ketuntasan))|\bcost recovery\b|\bkecukupan modal\b|\b(likuiditas|solvabilitas|rentabilitas)\b|\((car|crr|ldr|bopo|cr|qr)\)|^\s*(bopo|ldr|car)\b/i;

export function isRasioName(indikator: string): boolean {
  return RASIO.test(indikator);
}

/** "Persentase …", "%", an index, a grade or an amount per a base ("ton/ha"): a level, not a sum. */
export function isRateIndicator(ind: Pick<Indicator, "indikator" | "satuan" | "polaritas">): boolean {
  if (ind.polaritas === "huruf" || ind.polaritas === "indeks" || ind.polaritas === "rentang") return true;
  if (isPercentSatuan(ind.satuan)) return true;
  if (ind.satuan && isRateSatuan(ind.satuan)) return true;
  return RATE_WORDS.test(ind.indikator) || PER_BASE.test(ind.indikator);
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
