/** Bab III comparisons: year over year, against the Renstra, against the national figure. */
import type { Indicator, ParsedValue, Polaritas, SourcedValue } from "./model";
import type { PerbandinganNasional, PerbandinganRenstra, PerbandinganTahunan, TahunanRow } from "./result";
import { hitungCapaian, type CapaianOutcome, type TurunFormula } from "./capaian";
import { gradeRank } from "./grade";
import { isPercentSatuan, isRateIndicator, num, numOf, tampil } from "./indicator-kind";
import { skalaNilaiUntuk } from "./skala-nilai";

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

/** The four-digit year keys of a record, ascending. Called per row, so no regex and no sort for one year. */
export function yearKeys(record: Record<string, unknown> | undefined): number[] {
  if (!record) return [];
  const out: number[] = [];
  for (const k in record) {
    if (k.length !== 4) continue;
    const y = Number(k);
    if (Number.isInteger(y) && y >= 1000) out.push(y);
  }
  if (out.length > 1) out.sort((a, b) => a - b);
  return out;
}

/** Capaian of one indicator's pair of values, its letter grades read on the indicator's own scale. */
function capaianOf(
  ind: Indicator,
  t: ParsedValue | undefined | null,
  r: ParsedValue | undefined | null,
  polaritas: Polaritas,
  turun: TurunFormula,
): CapaianOutcome {
  return hitungCapaian(t, r, polaritas, turun, skalaNilaiUntuk(ind.indikator));
}

/** The reporting year as the engine computed it (Tabel 3.1's numbers), quarters already made into the year. */
export interface TahunIni {
  target: SourcedValue | undefined;
  realisasi: SourcedValue | undefined;
  capaian: number | null;
}

function tahunanRow(ind: Indicator, y: number, polaritas: Polaritas, turun: TurunFormula): TahunanRow {
  const yv = ind.tahun[String(y)];
  const c = capaianOf(ind, yv?.target?.parsed, yv?.realisasi?.parsed, polaritas, turun);
  return { tahun: y, target: tampil(yv?.target), realisasi: tampil(yv?.realisasi), capaian: c.capaian };
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
      : tahunanRow(ind, y, polaritas, turun),
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

function renstraYears(ind: Indicator): number[] {
  const r = ind.renstra;
  if (!r) return [];
  let ys = yearKeys(r.targets);
  if (r.periode) {
    const [a, b] = r.periode;
    ys = ys.filter((y) => y >= a && y <= b);
  }
  return ys;
}

function renstraRealisasi(ind: Indicator, y: number): SourcedValue | undefined {
  return ind.renstra?.realisasi?.[String(y)] ?? ind.tahun[String(y)]?.realisasi;
}

export function perbandinganRenstra(
  ind: Indicator,
  tahun: number,
  polaritas: Polaritas,
  turun: TurunFormula,
): PerbandinganRenstra | null {
  const r = ind.renstra;
  if (!r) return null;
  const years = renstraYears(ind);
  const rate = isRateIndicator(rateFields(ind, polaritas));
  const perTahun: TahunanRow[] = years.map((y) => {
    const t = r.targets[String(y)];
    const re = y <= tahun ? renstraRealisasi(ind, y) : undefined;
    const c = capaianOf(ind, t?.parsed, re?.parsed, polaritas, turun);
    return { tahun: y, target: tampil(t), realisasi: tampil(re), capaian: c.capaian };
  });
  const yearly = years.map((y) => numOf(r.targets[String(y)]));
  const sum = targetAkhirTersirat(yearly, false);
  const last = targetAkhirTersirat(yearly, true);
  const akhir = numOf(r.akhir);
  // A count is either a flow (end = Σ years, seed 001 Tabel 6.1) or a stock that grows (end = last year,
  // seed 002 "Jumlah PPKS Mandiri" 340 → 500): an end target equal to the last year marks a stock.
  const stock = !rate && near(akhir, last) && !near(akhir, sum);
  const tersirat = rate || stock ? last : sum;
  const akhirParsed: ParsedValue | undefined =
    r.akhir?.parsed ?? (tersirat !== null ? { kind: "number", value: tersirat } : undefined);
  let progres: number | null = null;
  if (akhirParsed) {
    if (rate || stock) {
      progres = capaianOf(ind, akhirParsed, renstraRealisasi(ind, tahun)?.parsed, polaritas, turun).capaian;
    } else {
      // Flows accumulate over the period: realisasi so far against the end target. Where the sheet prints
      // the period's realisasi up to last year (the Renja form's column 7), this year adds to it.
      const before = numOf(r.kumulatif?.[String(tahun - 1)]);
      const now = numOf(renstraRealisasi(ind, tahun));
      const done = years.filter((y) => y <= tahun).map((y) => numOf(renstraRealisasi(ind, y)));
      const known = done.filter((v): v is number => v !== null);
      const total =
        before !== null && now !== null
          ? before + now
          : known.length > 0
            ? known.reduce((a, b) => a + b, 0)
            : null;
      if (total !== null)
        progres = capaianOf(ind, akhirParsed, { kind: "number", value: total }, polaritas, turun).capaian;
    }
  }
  const periode: [number, number] | null =
    r.periode ?? (years.length > 0 ? [years[0] as number, years[years.length - 1] as number] : null);
  return {
    indicatorId: ind.id,
    periode,
    perTahun,
    baseline: tampil(r.baseline),
    targetAkhir: r.akhir ? tampil(r.akhir) : tersirat,
    progres,
    targetAkhirTersirat: tersirat,
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
): PerbandinganNasional | null {
  const nat = ind.targetNasional;
  if (!nat) return null;
  const re = ind.tahun[String(tahun)]?.realisasi;
  const ok = sebanding(ind, nat.parsed, polaritas);
  return {
    indicatorId: ind.id,
    targetNasional: tampil(nat),
    realisasi: tampil(re),
    capaian: ok ? capaianOf(ind, nat.parsed, re?.parsed, polaritas, turun).capaian : null,
    sebanding: ok,
  };
}
