/** Bab III comparisons: year over year, against the Renstra, against the national figure. */
import type { Indicator, ParsedValue, Polaritas, SourcedValue } from "./model";
import type { PerbandinganNasional, PerbandinganRenstra, PerbandinganTahunan, TahunanRow } from "./result";
import { hitungCapaian, type CapaianOutcome, type TurunFormula } from "./capaian";
import { gradeRank } from "./grade";
import { isPercentSatuan, isRateIndicator, num, numOf, ringkasAtauNull, tampil } from "./indicator-kind";
import { skalaNilaiUntuk, type SkalaNilai } from "./skala-nilai";

const EPS = 1e-9;

function ordinal(p: ParsedValue | undefined | null): number | null {
  if (!p) return null;
  if (p.kind === "grade") return gradeRank(p.grade);
  return num(p);
}

/** Direction of performance: for turun a falling realisasi is "Naik" (better). */
export function arahKinerja(
  prev: ParsedValue | undefined | null,
  cur: ParsedValue | undefined | null,
  polaritas: Polaritas,
): "Naik" | "Turun" | "Tetap" | null {
  const a = ordinal(prev);
  const b = ordinal(cur);
  if (a === null || b === null) return null;
  if (Math.abs(b - a) <= EPS * Math.max(1, Math.abs(a))) return "Tetap";
  const better = polaritas === "turun" ? b < a : b > a;
  return better ? "Naik" : "Turun";
}

/** True when the record has at least two keys (cheap pre-check before building year lists per row). */
export function hasTwoKeys(record: Record<string, unknown>): boolean {
  let n = 0;
  for (const _k in record) if (++n >= 2) return true;
  return false;
}

/** The year a record key names ("2024"), else null. */
export function yearOfKey(k: string): number | null {
  if (k.length !== 4) return null;
  const y = Number(k);
  return Number.isInteger(y) && y >= 1000 ? y : null;
}

/**
 * The four-digit year keys of a record, ascending. Called several times per row, so no regex, and no sort
 * when the keys come in order (year keys are array indices, which objects list ascending: nearly always).
 */
export function yearKeys(record: Record<string, unknown> | undefined): number[] {
  if (!record) return [];
  const out: number[] = [];
  let urut = true;
  for (const k in record) {
    const y = yearOfKey(k);
    if (y === null) continue;
    if (out.length > 0 && y < (out[out.length - 1] as number)) urut = false;
    out.push(y);
  }
  if (!urut) out.sort((a, b) => a - b);
  return out;
}

/** Capaian of one indicator's pair of values, its letter grades read on the indicator's own scale. */
function capaianOf(
  skala: SkalaNilai,
  t: ParsedValue | undefined | null,
  r: ParsedValue | undefined | null,
  polaritas: Polaritas,
  turun: TurunFormula,
): CapaianOutcome {
  return hitungCapaian(t, r, polaritas, turun, skala);
}

/** The reporting year as the engine computed it (Tabel 3.1's numbers), quarters already made into the year. */
export interface TahunIni {
  target: SourcedValue | undefined;
  realisasi: SourcedValue | undefined;
  capaian: number | null;
}

function tahunanRow(
  ind: Indicator,
  y: number,
  polaritas: Polaritas,
  turun: TurunFormula,
  skala: SkalaNilai,
): TahunanRow {
  const yv = ind.tahun[String(y)];
  const c = capaianOf(skala, yv?.target?.parsed, yv?.realisasi?.parsed, polaritas, turun);
  return {
    tahun: y,
    target: tampil(yv?.target),
    realisasi: tampil(yv?.realisasi),
    capaian: ringkasAtauNull(c.capaian),
  };
}

/**
 * Rows for every year up to the reporting year that has a target or a realisasi; null with fewer than two.
 * The reporting year's row is `tahunIni` when given, so Tabel 3.2 shows the very numbers of Tabel 3.1.
 */
export function perbandinganTahunan(
  ind: Indicator,
  tahun: number,
  polaritas: Polaritas,
  turun: TurunFormula,
  tahunIni?: TahunIni,
  skala: SkalaNilai = skalaNilaiUntuk(ind.indikator),
): PerbandinganTahunan | null {
  if (!hasTwoKeys(ind.tahun)) return null;
  const years = yearKeys(ind.tahun).filter((y) => {
    const yv = y === tahun && tahunIni ? tahunIni : ind.tahun[String(y)];
    return y <= tahun && !!yv && (!!yv.realisasi || !!yv.target);
  });
  if (years.length < 2 || years[years.length - 1] !== tahun) return null;
  const rows = years.map((y) =>
    y === tahun && tahunIni
      ? {
          tahun: y,
          target: tampil(tahunIni.target),
          realisasi: tampil(tahunIni.realisasi),
          capaian: tahunIni.capaian,
        }
      : tahunanRow(ind, y, polaritas, turun, skala),
  );
  const prevYear = years[years.length - 2] as number;
  const prev = ind.tahun[String(prevYear)]?.realisasi?.parsed;
  const cur = (tahunIni ? tahunIni.realisasi : ind.tahun[String(tahun)]?.realisasi)?.parsed;
  const a = num(prev);
  const b = num(cur);
  return {
    indicatorId: ind.id,
    rows,
    perubahan: a !== null && b !== null ? b - a : null,
    arah: arahKinerja(prev, cur, polaritas),
  };
}

/** The end target the yearly targets imply: their sum for counts, the last one for rates. */
export function targetAkhirTersirat(targets: ReadonlyArray<number | null>, rate: boolean): number | null {
  const xs = targets.filter((t): t is number => typeof t === "number" && Number.isFinite(t));
  if (xs.length === 0) return null;
  if (rate) {
    const last = targets[targets.length - 1];
    return typeof last === "number" && Number.isFinite(last) ? last : null;
  }
  return xs.reduce((a, b) => a + b, 0);
}

/** What isRateIndicator reads, without copying the whole indicator per row. */
export function rateFields(
  ind: Indicator,
  polaritas: Polaritas,
): Pick<Indicator, "indikator" | "satuan" | "polaritas"> {
  return { indikator: ind.indikator, satuan: ind.satuan, polaritas };
}

function near(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

/** The Renstra's years, within its period when it states one. */
function renstraYears(ind: Indicator): number[] {
  const r = ind.renstra;
  if (!r) return [];
  const ys = yearKeys(r.targets);
  if (!r.periode) return ys;
  const [a, b] = r.periode;
  return ys.filter((y) => y >= a && y <= b);
}

function renstraRealisasi(ind: Indicator, y: number): SourcedValue | undefined {
  // a year indexes the record as a number: no key string per lookup
  return ind.renstra?.realisasi?.[y] ?? ind.tahun[y]?.realisasi;
}

const finite = (v: number | null): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * A Renstra year without a realisasi (most of them: the years still to come) is only its year and its
 * target, and indicators share targets (100 %, the same count). One frozen row per year and target serves
 * every indicator of a run that has it: at 100k indicators 500k rows of 56 bytes became a few hundred
 * (≈ 28 MB). Made per compute run, so nothing outlives the run's result.
 */
export class BarisTanpaRealisasi {
  private readonly perTahun = new Map<number, Map<number | string | null, TahunanRow>>();

  baris(tahun: number, target: number | string | null): TahunanRow {
    // a Map holds 0 and -0 as one key: a -0 target gets its own row, as printed
    if (target === 0 && 1 / target < 0) return { tahun, target, realisasi: null, capaian: null };
    let rows = this.perTahun.get(tahun);
    if (!rows) this.perTahun.set(tahun, (rows = new Map()));
    let row = rows.get(target);
    if (!row) rows.set(target, (row = Object.freeze({ tahun, target, realisasi: null, capaian: null })));
    return row;
  }
}

function barisRenstra(
  y: number,
  t: SourcedValue | undefined,
  re: SourcedValue | undefined,
  c: number | null,
  bersama: BarisTanpaRealisasi | undefined,
): TahunanRow {
  const realisasi = tampil(re);
  if (realisasi === null && c === null && bersama) return bersama.baris(y, tampil(t));
  return { tahun: y, target: tampil(t), realisasi, capaian: ringkasAtauNull(c) };
}

/**
 * The indicator against its Renstra. `skala` and `rate` are the indicator's (the caller has them per row);
 * one pass over the years gives the rows, the implied end target and the realisasi so far.
 */
export function perbandinganRenstra(
  ind: Indicator,
  tahun: number,
  polaritas: Polaritas,
  turun: TurunFormula,
  skala: SkalaNilai = skalaNilaiUntuk(ind.indikator),
  rate: boolean = isRateIndicator(rateFields(ind, polaritas)),
  bersama?: BarisTanpaRealisasi,
): PerbandinganRenstra | null {
  const r = ind.renstra;
  if (!r) return null;
  const years = renstraYears(ind);
  // Its exact size: a list grown by push keeps room for 17 rows (≈ 10 MB more at 100k indicators).
  const perTahun: TahunanRow[] = new Array<TahunanRow>(years.length);
  // targetAkhirTersirat of the yearly targets, both ways, and the realisasi up to the reporting year
  let sum = 0;
  let last: number | null = null;
  let anyTarget = false;
  let sofar: number | null = null;
  for (let i = 0; i < years.length; i++) {
    const y = years[i] as number;
    const t = r.targets[y];
    const re = y <= tahun ? renstraRealisasi(ind, y) : undefined;
    // without a realisasi there is no capaian (hitungCapaian: belum ada data)
    const c = re ? capaianOf(skala, t?.parsed, re.parsed, polaritas, turun).capaian : null;
    perTahun[i] = barisRenstra(y, t, re, c, bersama);
    const v = numOf(t);
    if (finite(v)) {
      sum += v;
      anyTarget = true;
    }
    last = finite(v) ? v : null;
    const done = re ? numOf(re) : null;
    if (done !== null) sofar = (sofar ?? 0) + done;
  }
  const implied = anyTarget ? sum : null;
  const lastTarget = anyTarget ? last : null;
  const akhir = numOf(r.akhir);
  // A count is either a flow (end = Σ years, seed 001 Tabel 6.1) or a stock that grows (end = last year,
  // seed 002 "Jumlah PPKS Mandiri" 340 → 500): an end target equal to the last year marks a stock.
  const stock = !rate && near(akhir, lastTarget) && !near(akhir, implied);
  const tersirat = rate || stock ? lastTarget : implied;
  const akhirParsed: ParsedValue | undefined =
    r.akhir?.parsed ?? (tersirat !== null ? { kind: "number", value: tersirat } : undefined);
  let progres: number | null = null;
  if (akhirParsed && (rate || stock)) {
    progres = capaianOf(skala, akhirParsed, renstraRealisasi(ind, tahun)?.parsed, polaritas, turun).capaian;
  } else if (akhirParsed) {
    // Flows accumulate over the period: realisasi so far against the end target. Where the sheet prints
    // the period's realisasi up to last year (the Renja form's column 7), this year adds to it.
    const before = numOf(r.kumulatif?.[String(tahun - 1)]);
    const now = numOf(renstraRealisasi(ind, tahun));
    const total = before !== null && now !== null ? before + now : sofar;
    if (total !== null)
      progres = capaianOf(skala, akhirParsed, { kind: "number", value: total }, polaritas, turun).capaian;
  }
  const periode: [number, number] | null =
    r.periode ?? (years.length > 0 ? [years[0] as number, years[years.length - 1] as number] : null);
  return {
    indicatorId: ind.id,
    periode,
    perTahun,
    baseline: tampil(r.baseline),
    targetAkhir: r.akhir ? tampil(r.akhir) : ringkasAtauNull(tersirat),
    progres: ringkasAtauNull(progres),
    targetAkhirTersirat: ringkasAtauNull(tersirat),
  };
}

/**
 * Comparable when both are rates, or both are counts in the same unit. A bare national number next to a
 * percent indicator counts as a percent only when it can be one (≤ 100).
 */
export function sebanding(ind: Indicator, nasional: ParsedValue, polaritas: Polaritas): boolean {
  if (nasional.kind === "grade") return polaritas === "huruf";
  if (nasional.kind !== "number" && nasional.kind !== "range") return false;
  const natPercent =
    nasional.percent === true || (nasional.unit !== undefined && isPercentSatuan(nasional.unit));
  const natUnit = natPercent ? undefined : nasional.unit;
  const indPercent =
    isPercentSatuan(ind.satuan) || (isRateIndicator(rateFields(ind, polaritas)) && !ind.satuan);
  if (indPercent) {
    const high = nasional.kind === "number" ? nasional.value : nasional.high;
    return natPercent || (natUnit === undefined && high <= 100);
  }
  if (natPercent) return false;
  return !natUnit || !ind.satuan || natUnit.trim().toLowerCase() === ind.satuan.trim().toLowerCase();
}

export function perbandinganNasional(
  ind: Indicator,
  tahun: number,
  polaritas: Polaritas,
  turun: TurunFormula,
  skala: SkalaNilai = skalaNilaiUntuk(ind.indikator),
): PerbandinganNasional | null {
  const nat = ind.targetNasional;
  if (!nat) return null;
  const re = ind.tahun[String(tahun)]?.realisasi;
  const ok = sebanding(ind, nat.parsed, polaritas);
  return {
    indicatorId: ind.id,
    targetNasional: tampil(nat),
    realisasi: tampil(re),
    capaian: ok ? ringkasAtauNull(capaianOf(skala, nat.parsed, re?.parsed, polaritas, turun).capaian) : null,
    sebanding: ok,
  };
}
