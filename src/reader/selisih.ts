/**
 * Difference headers ("Selisih", "Naik/Turun", "+/-"): derived from the values beside them. In a budget the
 * difference of pagu and realisasi is the sisa; elsewhere it is kept as keterangan.
 */

/** The words of a header the rules read (see HeaderText in headers.ts). */
export interface HeaderWords {
  all: string;
  last: string;
  raw: string;
}

/**
 * "Selisih Realisasi", "Naik/Turun", "Kenaikan (Penurunan)", "Perubahan (%)", "Deviasi", "Gap": the
 * difference of two values beside it, derived from them, never a value of its own year. The word heads
 * the header; "Perubahan Target" and "Target Perubahan" name a revised target (target-revisi.ts).
 */
const DIFFERENCE = /^(selisih|deviasi|gap|kenaikan|penurunan|peningkatan|pertumbuhan|naik turun|perubahan)\b/;
/** "Target Perubahan", "Perubahan Target", "Target / Perubahan": the revised agreement, no difference */
const REVISED_AGREEMENT =
  /\b(target|pagu|anggaran|apbd|pk|renstra)\b.*\bperubahan\b|^perubahan (target|pagu|anggaran|pk|renstra)\b/;
/** "+/-", "(+/−)", "Δ": the sign of a difference, lost when a header is cut into words */
export const DIFFERENCE_SIGN = /\+\s*\/\s*[-−–]|^\W*[δΔ]/;

/** A difference header: its word heads it, or its sign stands in it; a revised agreement is none. */
export function isDifference(h: HeaderWords): boolean {
  if (DIFFERENCE_SIGN.test(h.raw)) return true;
  if (!DIFFERENCE.test(h.last) && !DIFFERENCE.test(h.all)) return false;
  return !REVISED_AGREEMENT.test(h.all);
}

/** what a difference of the budget's own amounts never names */
const NOT_AMOUNT = /%|\b(persen|capaian|kinerja|serapan|efisiensi|target)\b/;
/** the pagu named beside the realisasi: "Selisih Pagu dan Realisasi (Tahun 2024)" */
const BUDGET_NAMED = /\b(pagu|alokasi|dpa)\b|\banggaran (dan|dengan) realisasi\b/;
/** a difference between years, or of realisasi alone: "Selisih Realisasi 2023-2024 (Rp)" */
const BETWEEN_YEARS = /\b((19|20)\d\d|tahun|thn|lalu|sebelumnya|realisasi)\b/;

/**
 * "Selisih (Rp)", "Selisih Pagu dan Realisasi", "Selisih Anggaran": in a budget the difference is what was
 * not spent (sisa = pagu − realisasi). Not a difference of years or of realisasi alone ("Selisih Realisasi
 * 2023-2024"), of a percentage ("Selisih (%)"), or of what the performance reached.
 */
export function namesSisa(h: HeaderWords): boolean {
  if (!isDifference(h) || NOT_AMOUNT.test(h.all)) return false;
  return BUDGET_NAMED.test(h.all) || !BETWEEN_YEARS.test(h.all);
}
