/**
 * Capaian (C, percent) from target T and realisasi R by polaritas, exactly as DOMAIN.md states.
 * Full precision: rounding is the display's business. A blank realisasi is "belum ada data", never 0.
 */
import type { ParsedValue, Polaritas } from "./model";
import type { CapaianStatus } from "./result";
import { bandHuruf, bandNilai, peringkat, SKALA_AKIP, type SkalaNilai } from "./skala-nilai";

export type TurunFormula = "cermin" | "rasio";

/** Why a capaian is missing or needs a remark; findings.ts turns these into Temuan. */
export type CapaianAlasan =
  | "target-nol" // naik/indeks with T = 0: no capaian
  | "turun-target-nol-terlampaui" // turun with T = 0 and R > 0: capaian 0
  | "huruf-di-bawah-target" // a letter grade below its target: capaian < 100
  | "target-tidak-terbaca"
  | "realisasi-tidak-terbaca"
  | "rasio-realisasi-nol" // turun rasio with R = 0: T/R has no value, the cermin formula is used
  | "target-kosong" // a realisasi beside a blank (or "-") target: no capaian
  | "capaian-tak-hingga"; // T and R are numbers, but R/T passes the largest number (1e308 ÷ 0,5): no capaian

export interface CapaianOutcome {
  capaian: number | null;
  status: CapaianStatus;
  alasan?: CapaianAlasan;
}

const BELUM: CapaianOutcome = { capaian: null, status: "belum-ada-data" };
const TANPA_TARGET: CapaianOutcome = { capaian: null, status: "tanpa-target", alasan: "target-kosong" };
const TAK_HINGGA: CapaianOutcome = { capaian: null, status: "tidak-terbaca", alasan: "capaian-tak-hingga" };
const TANPA_TARGET_NOL: CapaianOutcome = { capaian: null, status: "tanpa-target", alasan: "target-nol" };

function unreadable(alasan: CapaianAlasan): CapaianOutcome {
  return { capaian: null, status: "tidak-terbaca", alasan };
}

/** Naik: C = R / T × 100, never capped. */
export function capaianNaik(t: number, r: number): number | null {
  return t === 0 ? null : (r / t) * 100;
}

/** Turun: cermin (2T − R)/T × 100 floored at 0, or rasio T/R × 100. T = 0 handled by the caller. */
export function capaianTurun(t: number, r: number, formula: TurunFormula): number {
  // Overflow guard: a realisasi near 0 must not turn into Infinity.
  if (formula === "rasio" && r !== 0) return Math.min(Number.MAX_VALUE, Math.max(0, (t / r) * 100));
  return Math.max(0, ((2 * t - r) / t) * 100);
}

/** Rentang a–b: inside → 100; above → R / b; below → R / a (read like naik). */
export function capaianRentang(low: number, high: number, r: number): number | null {
  if (r >= low && r <= high) return 100;
  if (r > high) return high === 0 ? null : (r / high) * 100;
  return low === 0 ? null : (r / low) * 100;
}

/**
 * The highest capaian of a grade below its target. A score on the target grade's open lower bound
 * (nilai AKIP 90 against AA, which needs more than 90) is below target: never 100, and never less
 * than a lower score gets, so capaian keeps rising with the score.
 */
export const CAPAIAN_DI_BAWAH_TARGET_MAKS = 99.99;

function gradeOf(p: ParsedValue, skala: SkalaNilai): { rank: number; score: number | null } | null {
  if (p.kind === "grade") {
    const rank = peringkat(skala, p.grade);
    return rank === null ? null : { rank, score: p.score ?? null };
  }
  if (p.kind === "number") {
    // A score next to a grade target reads as its grade on the indicator's scale.
    const band = bandNilai(skala, p.value);
    const rank = band === null ? null : peringkat(skala, band.label);
    return rank === null ? null : { rank, score: p.value };
  }
  return null;
}

/** The indicator's scale when it has both letters; the AKIP scale for letters it does not have ("BB" on IKM). */
function skalaHuruf(t: ParsedValue, r: ParsedValue, skala: SkalaNilai): SkalaNilai {
  const fits = (p: ParsedValue) => p.kind !== "grade" || peringkat(skala, p.grade) !== null;
  return fits(t) && fits(r) ? skala : SKALA_AKIP;
}

/**
 * Letter grades: R ≥ T → 100. R < T → below 100: the scores when both are known (a grade target
 * without one counts from its band's lower bound), else the rank ratio (B against BB = 4/5 = 80).
 * When both sides print a score ("82,4 (B)" against 80, 80 against "82,4 (B)", "78 (B)" against
 * "75 (BB)"), DOMAIN.md says use them: the scores compare as naik (R/T), a realisasi of the same grade
 * included; a target given only as a letter sets no score of its own, so its grade decides.
 */
function capaianHuruf(t: ParsedValue, r: ParsedValue, skalaIndikator: SkalaNilai): CapaianOutcome {
  const skala = skalaHuruf(t, r, skalaIndikator);
  const gt = gradeOf(t, skala);
  if (!gt) return unreadable("target-tidak-terbaca");
  const gr = gradeOf(r, skala);
  if (!gr) return unreadable("realisasi-tidak-terbaca");
  if (gr.rank >= gt.rank) {
    const { score: tSkor } = gt;
    const { score: rSkor } = gr;
    const bySkor = tSkor !== null && rSkor !== null && tSkor > 0;
    return { capaian: bySkor ? (rSkor / tSkor) * 100 : 100, status: "dihitung" };
  }
  const tScore = gt.score ?? (t.kind === "grade" ? (bandHuruf(skala, t.grade)?.from ?? null) : null);
  const c =
    gr.score !== null && tScore !== null && tScore > 0
      ? (gr.score / tScore) * 100
      : (gr.rank / gt.rank) * 100;
  // A score at (or, printed inconsistently, above) the target's lowest nilai with a lower grade stays below 100.
  return {
    capaian: Math.min(c, CAPAIAN_DI_BAWAH_TARGET_MAKS),
    status: "dihitung",
    alasan: "huruf-di-bawah-target",
  };
}

function isValue(p: ParsedValue): boolean {
  return p.kind === "number" || p.kind === "range" || p.kind === "grade";
}

/**
 * Every capaian the engine gives out is finite: an overflow (1e308 ÷ 0,5, or ÷ 5e-324) is reported, never
 * passed on. `skala` reads letter grades and the scores beside them (skalaNilaiUntuk: AKIP unless IKM).
 */
export function hitungCapaian(
  target: ParsedValue | undefined | null,
  realisasi: ParsedValue | undefined | null,
  polaritas: Polaritas,
  turun: TurunFormula = "cermin",
  skala: SkalaNilai = SKALA_AKIP,
): CapaianOutcome {
  const out = hitung(target, realisasi, polaritas, turun, skala);
  return out.capaian === null || Number.isFinite(out.capaian) ? out : TAK_HINGGA;
}

function hitung(
  target: ParsedValue | undefined | null,
  realisasi: ParsedValue | undefined | null,
  polaritas: Polaritas,
  turun: TurunFormula,
  skala: SkalaNilai,
): CapaianOutcome {
  if (!realisasi || realisasi.kind === "blank") return BELUM;
  // Target and realisasi both words ("WTP" against "WTP"): the target decides whether any capaian can be
  // computed, so the target is named first; the realisasi is only named when the target could be read.
  if (target?.kind === "text" && !isValue(realisasi)) return unreadable("target-tidak-terbaca");
  if (!isValue(realisasi)) return unreadable("realisasi-tidak-terbaca");
  if (!target || target.kind === "blank") return TANPA_TARGET;
  if (!isValue(target)) return unreadable("target-tidak-terbaca");

  if (polaritas === "huruf" || target.kind === "grade" || realisasi.kind === "grade") {
    if (target.kind === "grade" || realisasi.kind === "grade") return capaianHuruf(target, realisasi, skala);
  }
  if (realisasi.kind !== "number") return unreadable("realisasi-tidak-terbaca");
  const r = realisasi.value;

  if (target.kind === "range") {
    const c = capaianRentang(target.low, target.high, r);
    return c === null ? TANPA_TARGET_NOL : { capaian: c, status: "dihitung" };
  }
  if (target.kind !== "number") return unreadable("target-tidak-terbaca");
  const t = target.value;

  if (polaritas === "turun") {
    if (t === 0) {
      return r <= 0
        ? { capaian: 100, status: "dihitung" }
        : { capaian: 0, status: "dihitung", alasan: "turun-target-nol-terlampaui" };
    }
    const c = capaianTurun(t, r, turun);
    return turun === "rasio" && r === 0
      ? { capaian: c, status: "dihitung", alasan: "rasio-realisasi-nol" }
      : { capaian: c, status: "dihitung" };
  }
  // naik, indeks, and rentang/huruf whose target turned out to be a plain number
  const c = capaianNaik(t, r);
  return c === null ? TANPA_TARGET_NOL : { capaian: c, status: "dihitung" };
}
