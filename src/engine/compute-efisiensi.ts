/**
 * Efisiensi rows: capaian against serapan per sasaran (through its programs), per program and per
 * funded indicator. Every capaian is the engine's: a budget line's printed capaian only feeds a finding.
 */
import type { AnggaranRow, Indicator, Temuan } from "./model";
import type { Settings } from "./settings";
import type { EfisiensiRow, IndicatorResult, SasaranResult } from "./result";
import { defaultKategori, efisiensi, kategoriEfisiensi, serapan } from "./efficiency";
import { numOf } from "./indicator-kind";
import { kunciSasaran } from "./compute-sasaran";
import { angka, buatTemuan, denganSeharusnya, di, nama } from "./temuan";

interface Input {
  indicators: Indicator[];
  anggaran: AnggaranRow[];
}

/** The engine's capaian of a budget line: its sasaran's mean, or its program indicator's capaian. */
interface CapaianBaris {
  capaian: number | null;
  sasaran: SasaranResult | null;
  indikator: IndicatorResult | null;
}

/**
 * A budget line named as a sasaran (seed 002 Tabel 3.11) is that sasaran's: its capaian is the engine's
 * mean of the sasaran. A program's is its own indicator's (matched by the program's name), else none.
 */
function capaianAnggaran(
  input: Input,
  results: ReadonlyArray<IndicatorResult>,
  sasaran: ReadonlyArray<SasaranResult>,
): (p: AnggaranRow) => CapaianBaris {
  const programIndicator = new Map<string, Indicator>();
  for (const i of input.indicators)
    if (i.level === "program" && i.program !== undefined && !programIndicator.has(kunciSasaran(i.program)))
      programIndicator.set(kunciSasaran(i.program), i);
  // Only program indicators are looked up: no map of every row (100k rows: a 100k-entry map, twice per run).
  const ids = new Set<string>();
  for (const i of programIndicator.values()) ids.add(i.id);
  const byId = resultsById(results, ids);
  const sasaranByKey = new Map(sasaran.map((s) => [kunciSasaran(s.sasaran), s]));
  return (p) => {
    const k = kunciSasaran(p.nama);
    const s = sasaranByKey.get(k);
    if (s) return { capaian: s.capaian, sasaran: s, indikator: null };
    const ind = programIndicator.get(k);
    const r = ind ? (byId.get(ind.id) ?? null) : null;
    return { capaian: r?.capaian ?? null, sasaran: null, indikator: r };
  };
}

/** Results by indicator id (the last of a repeated id, as a map built from the list), limited to `ids` when given. */
function resultsById(
  results: ReadonlyArray<IndicatorResult>,
  ids?: ReadonlySet<string>,
): Map<string, IndicatorResult> {
  const out = new Map<string, IndicatorResult>();
  if (ids?.size === 0) return out;
  for (const r of results) if (!ids || ids.has(r.indicatorId)) out.set(r.indicatorId, r);
  return out;
}

type RowOf = (
  key: string,
  label: string,
  level: EfisiensiRow["level"],
  capaian: number | null,
  pagu: number | null,
  realisasi: number | null,
) => EfisiensiRow;

function rowMaker(settings: Settings): RowOf {
  const konvensi = settings.efisiensi.konvensi;
  const kategori = settings.efisiensi.kategori ?? defaultKategori(konvensi);
  return (key, label, level, capaian, pagu, realisasi) => {
    const s = serapan(pagu, realisasi);
    const e = efisiensi(capaian, s, konvensi);
    return {
      key,
      label,
      level,
      capaian,
      pagu,
      realisasi,
      serapan: s,
      efisiensi: e,
      kategori: kategoriEfisiensi(e, kategori),
    };
  };
}

/** One row per sasaran with a budget: its programs' (by the sasaran they serve), else its indicators'. */
function sasaranRows(input: Input, sasaran: ReadonlyArray<SasaranResult>, row: RowOf): EfisiensiRow[] {
  // Wanted only for a sasaran no program funds: built on first use.
  let indById: Map<string, Indicator> | null = null;
  const indikatorOf = (id: string): Indicator | undefined => {
    if (!indById) {
      indById = new Map();
      for (const i of input.indicators) indById.set(i.id, i);
    }
    return indById.get(id);
  };
  // Programs by the sasaran they fund, in their order: one pass instead of a scan per sasaran.
  const programsOf = new Map<string, AnggaranRow[]>();
  for (const p of input.anggaran) {
    if (p.level !== "program" || p.sasaran === undefined) continue;
    const k = kunciSasaran(p.sasaran);
    const list = programsOf.get(k);
    if (list) list.push(p);
    else programsOf.set(k, [p]);
  }
  const out: EfisiensiRow[] = [];
  for (const s of sasaran) {
    const k = kunciSasaran(s.sasaran);
    const funded = programsOf.get(k) ?? [];
    const sources =
      funded.length > 0
        ? funded.map((p) => p.anggaran)
        : s.indicatorIds.map((id) => indikatorOf(id)?.anggaran);
    let pagu: number | null = null;
    let real: number | null = null;
    for (const a of sources) {
      if (!a) continue;
      const p = numOf(a.pagu);
      const r = numOf(a.realisasi);
      if (p !== null) pagu = (pagu ?? 0) + p;
      if (r !== null) real = (real ?? 0) + r;
    }
    if (pagu === null && real === null) continue;
    out.push(row(`sasaran:${k}`, s.sasaran, "sasaran", s.capaian, pagu, real));
  }
  return out;
}

export function hitungEfisiensi(
  input: Input,
  results: ReadonlyArray<IndicatorResult>,
  sasaran: ReadonlyArray<SasaranResult>,
  settings: Settings,
): EfisiensiRow[] {
  if (input.anggaran.length === 0 && !input.indicators.some((i) => i.anggaran !== undefined)) return [];
  const row = rowMaker(settings);
  const capaianOf = capaianAnggaran(input, results, sasaran);
  const out = sasaranRows(input, sasaran, row);
  for (const p of input.anggaran) {
    if (p.level !== "program") continue;
    const c = capaianOf(p);
    const level = c.sasaran ? "sasaran" : "program";
    const pagu = numOf(p.anggaran.pagu);
    out.push(row(`program:${p.id}`, p.nama, level, c.capaian, pagu, numOf(p.anggaran.realisasi)));
  }
  let byId: Map<string, IndicatorResult> | null = null;
  for (const ind of input.indicators) {
    if (!ind.anggaran || ind.level === "sasaran" || ind.level === "tujuan") continue;
    byId ??= resultsById(results);
    const capaian = byId.get(ind.id)?.capaian ?? null;
    const pagu = numOf(ind.anggaran.pagu);
    const real = numOf(ind.anggaran.realisasi);
    out.push(row(`indikator:${ind.id}`, ind.indikator, ind.level, capaian, pagu, real));
  }
  return out;
}

/**
 * A capaian printed on a budget line (seed 002 Tabel 3.11 "Rata-rata Capaian 94,05 %") that differs from
 * the engine's by more than the tolerance: the one place that printed number appears.
 */
export function temuanCapaianAnggaran(
  input: Input,
  results: ReadonlyArray<IndicatorResult>,
  sasaran: ReadonlyArray<SasaranResult>,
  toleransi: number,
): Temuan[] {
  const capaianOf = capaianAnggaran(input, results, sasaran);
  const out: Temuan[] = [];
  for (const p of input.anggaran) {
    const printed = p.capaianTercetak;
    if (!printed || printed.parsed.kind !== "number") continue;
    const c = capaianOf(p);
    if (c.capaian === null || Math.abs(printed.parsed.value - c.capaian) <= toleransi) continue;
    const v = printed.parsed.value;
    const cell = printed.source ?? p.source;
    if (c.sasaran) {
      const n = c.sasaran.indicatorIds.length;
      out.push(
        denganSeharusnya(
          buatTemuan(
            "RATA_RATA_TIDAK_SESUAI",
            [cell],
            `Capaian sasaran ${nama(p.nama)} tercetak ${angka.id(v)}${di(cell, "id")}, tetapi rata-rata capaian ${n} indikatornya ${angka.id(c.capaian)}; Tabel 3.x memakai ${angka.id(c.capaian)}.`,
            `The capaian of sasaran ${nama(p.nama)} is printed as ${angka.en(v)}${di(cell, "en")}, but the mean capaian of its ${n} ${n === 1 ? "indicator" : "indicators"} is ${angka.en(c.capaian)}; Tabel 3.x use ${angka.en(c.capaian)}.`,
          ),
          c.capaian,
        ),
      );
      continue;
    }
    out.push(
      denganSeharusnya(
        buatTemuan(
          "CAPAIAN_TIDAK_SESUAI",
          [cell],
          `Capaian program ${nama(p.nama)} tercetak ${angka.id(v)}${di(cell, "id")}, tetapi capaian indikator programnya ${angka.id(c.capaian)}; Tabel 3.x memakai ${angka.id(c.capaian)}.`,
          `The capaian of program ${nama(p.nama)} is printed as ${angka.en(v)}${di(cell, "en")}, but its program indicator's capaian is ${angka.en(c.capaian)}; Tabel 3.x use ${angka.en(c.capaian)}.`,
          c.indikator?.indicatorId,
        ),
        c.capaian,
      ),
    );
  }
  return out;
}
