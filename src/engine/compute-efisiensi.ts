/** Efisiensi rows: capaian against serapan per sasaran (through its programs), per program and per funded indicator. */
import type { AnggaranRow, Indicator } from "./model";
import type { Settings } from "./settings";
import type { EfisiensiRow, IndicatorResult, SasaranResult } from "./result";
import { defaultKategori, efisiensi, kategoriEfisiensi, serapan } from "./efficiency";
import { numOf } from "./indicator-kind";
import { kunciSasaran } from "./compute-sasaran";

interface Input {
  indicators: Indicator[];
  anggaran: AnggaranRow[];
}

export function hitungEfisiensi(
  input: Input,
  results: ReadonlyArray<IndicatorResult>,
  sasaran: ReadonlyArray<SasaranResult>,
  settings: Settings,
): EfisiensiRow[] {
  if (input.anggaran.length === 0 && !input.indicators.some((i) => i.anggaran !== undefined)) return [];
  const konvensi = settings.efisiensi.konvensi;
  const kategori = settings.efisiensi.kategori ?? defaultKategori(konvensi);
  const row = (
    key: string,
    label: string,
    level: EfisiensiRow["level"],
    capaian: number | null,
    pagu: number | null,
    realisasi: number | null,
  ): EfisiensiRow => {
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

  const byId = new Map(results.map((r) => [r.indicatorId, r]));
  const indById = new Map(input.indicators.map((i) => [i.id, i]));
  const programs = input.anggaran.filter((a) => a.level === "program");
  const programIndicator = new Map<string, Indicator>();
  for (const i of input.indicators)
    if (i.level === "program" && i.program !== undefined && !programIndicator.has(kunciSasaran(i.program)))
      programIndicator.set(kunciSasaran(i.program), i);
  const programCapaian = (p: AnggaranRow): number | null => {
    const printed = numOf(p.capaianTercetak);
    if (printed !== null) return printed;
    const ind = programIndicator.get(kunciSasaran(p.nama));
    return ind ? (byId.get(ind.id)?.capaian ?? null) : null;
  };

  // Programs by the sasaran they fund, in their order: one pass instead of a scan per sasaran.
  const programsOf = new Map<string, AnggaranRow[]>();
  for (const p of programs) {
    if (p.sasaran === undefined) continue;
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
        : s.indicatorIds.map((id) => indById.get(id)?.anggaran);
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
  for (const p of programs) {
    out.push(
      row(
        `program:${p.id}`,
        p.nama,
        "program",
        programCapaian(p),
        numOf(p.anggaran.pagu),
        numOf(p.anggaran.realisasi),
      ),
    );
  }
  for (const ind of input.indicators) {
    if (!ind.anggaran || ind.level === "sasaran" || ind.level === "tujuan") continue;
    out.push(
      row(
        `indikator:${ind.id}`,
        ind.indikator,
        ind.level,
        byId.get(ind.id)?.capaian ?? null,
        numOf(ind.anggaran.pagu),
        numOf(ind.anggaran.realisasi),
      ),
    );
  }
  return out;
}
