/**
 * The engine's entry point: indicators, budgets and printed aggregates → every number and finding of Bab III.
 * Pure and deterministic: the same input gives the same output in the same order.
 */
import { temuanRenjaIndikator as temuanRenja } from "./findings-renja";
import type { AnggaranRow, Indicator, PrintedAggregate, Temuan, YearValues } from "./model";
import type { Settings } from "./settings";
import type { JoinLink, LegendaSkala, TableMapping } from "./mapping";
import type {
  AnggaranResultRow,
  ComputeResult,
  EfisiensiRow,
  IndicatorResult,
  PerbandinganNasional,
  PerbandinganRenstra,
  PerbandinganTahunan,
  SasaranResult,
} from "./result";
import { hitungCapaian } from "./capaian";
import { skalaNilaiUntuk } from "./skala-nilai";
import { predikatOf, resolveScale } from "./predikat";
import { skalaTercetak, temuanSkalaTercetak } from "./skala-tercetak";
import { temuanLegenda } from "./skala-legenda";
import { hasValue, nilaiTahun } from "./triwulan";
import {
  BarisTanpaRealisasi,
  perbandinganNasional,
  perbandinganRenstra,
  perbandinganTahunan,
  rateFields,
  yearKeys,
  yearOfKey,
} from "./compare";
import { isRateIndicator, numOf, ringkasAtauNull, tampil } from "./indicator-kind";
import { nama } from "./temuan";
import {
  buatTemuan,
  type IndikatorContext,
  temuanAgregat,
  temuanAnggaran,
  temuanAntarTabel,
  temuanIndikator,
  temuanRollUp,
  temuanTargetAkhir,
  temuanTargetLalu,
} from "./findings";
import { pencariSelTarget } from "./findings-target";
import { hitungSasaran } from "./compute-sasaran";
import { hitungEfisiensi, temuanCapaianAnggaran } from "./compute-efisiensi";
import { serapan, sisaAnggaran } from "./efficiency";

export interface ComputeInput {
  indicators: Indicator[];
  anggaran: AnggaranRow[];
  aggregates: PrintedAggregate[];
  temuan: Temuan[];
  /** the reader's tables and joins (a ReadResult has them): let a finding name a blank target's cell */
  tables?: ReadonlyArray<TableMapping>;
  joins?: ReadonlyArray<JoinLink>;
  /** the scale legends the workbook prints: each is compared with the scale in force */
  legenda?: ReadonlyArray<LegendaSkala>;
}

function yearHasRealisasi(yv: YearValues | undefined): boolean {
  if (!yv) return false;
  return hasValue(yv.realisasi) || (yv.triwulan?.realisasi?.some(hasValue) ?? false);
}

/**
 * settings.tahun, else the latest year with any realisasi, else the latest year any table names
 * (yearly values or Renstra targets; 0 when there is none).
 */
export function tahunLaporan(
  indicators: ReadonlyArray<Indicator>,
  settings: Pick<Settings, "tahun">,
): number {
  if (settings.tahun !== undefined) return settings.tahun;
  let withData = 0;
  let any = 0;
  // The largest years only, so no sorted year list per row: the keys straight from the records.
  for (const ind of indicators) {
    for (const k in ind.tahun) {
      const y = yearOfKey(k);
      if (y === null) continue;
      if (y > any) any = y;
      if (y > withData && yearHasRealisasi(ind.tahun[k])) withData = y;
    }
    if (withData !== 0 || !ind.renstra) continue;
    for (const k in ind.renstra.targets) {
      const y = yearOfKey(k);
      if (y !== null && y > any) any = y;
    }
  }
  return withData || any;
}

function anggaranRows(rows: ReadonlyArray<AnggaranRow>): ComputeResult["anggaran"] {
  const ids = new Set(rows.map((r) => r.id));
  const out: AnggaranResultRow[] = [];
  let pagu = 0;
  let realisasi = 0;
  for (const r of rows) {
    const p = numOf(r.anggaran.pagu);
    const re = numOf(r.anggaran.realisasi);
    out.push({
      id: r.id,
      level: r.level,
      kode: r.kode ?? null,
      nama: r.nama,
      pagu: p,
      realisasi: re,
      persen: serapan(p, re),
      sisa: sisaAnggaran(p, re),
    });
    // The total counts top rows only: their children are already inside them.
    if (!r.parentId || !ids.has(r.parentId)) {
      pagu += p ?? 0;
      realisasi += re ?? 0;
    }
  }
  return { rows: out, total: { pagu, realisasi, persen: serapan(pagu, realisasi), sisa: pagu - realisasi } };
}

/**
 * One finding per code and cell: the reader's own wording (listed first) wins over the engine's repeat,
 * and takes the repeat's indicator when it names none, so the indicator is seen to have its finding.
 * Keyed code → sheet → cell without a key string per finding (one per indicator row at 100k rows).
 */
function dedupe(lists: ReadonlyArray<ReadonlyArray<Temuan>>): Temuan[] {
  const bySel = new Map<string, Map<string, Map<string, number>>>();
  const tanpaSel = new Map<string, number>();
  const out: Temuan[] = [];
  for (const list of lists)
    for (const t of list) {
      const first = t.sel[0];
      let seen = tanpaSel;
      let key: string;
      if (first) {
        let sheets = bySel.get(t.kode);
        if (!sheets) bySel.set(t.kode, (sheets = new Map()));
        let cells = sheets.get(first.sheet);
        if (!cells) sheets.set(first.sheet, (cells = new Map()));
        seen = cells;
        key = first.cell;
      } else key = `${t.kode}||${t.indicatorId ?? ""}|${t.pesan.id}`;
      const at = seen.get(key);
      if (at !== undefined) {
        const kept = out[at] as Temuan;
        // A copy: the reader's finding is also in the ReadResult, which stays as read.
        if (kept.indicatorId === undefined && t.indicatorId !== undefined)
          out[at] = { ...kept, indicatorId: t.indicatorId };
        continue;
      }
      seen.set(key, out.length);
      out.push(t);
    }
  return out;
}

/**
 * Finite capaian can still sum past the largest number (two of 1e308): such a mean is no number, so
 * it is left out with a finding rather than passed on as Infinity.
 */
function rataRataTerhingga(
  sasaran: SasaranResult[],
  opd: ComputeResult["opd"],
  indicators: ReadonlyArray<Indicator>,
  out: Temuan[],
): void {
  for (const s of sasaran) {
    if (s.capaian === null || Number.isFinite(s.capaian)) continue;
    s.capaian = null;
    s.predikat = null;
    const ids = new Set(s.indicatorIds);
    const cells = indicators.filter((i) => ids.has(i.id)).map((i) => i.source);
    out.push(
      buatTemuan(
        "NILAI_TIDAK_TERBACA",
        cells,
        `Rata-rata capaian sasaran ${nama(s.sasaran)} di luar jangkauan angka (tak hingga): tidak dihitung. Periksa capaian indikatornya yang sangat besar.`,
        `The mean capaian of sasaran ${nama(s.sasaran)} is beyond the range of numbers (infinite): not computed. Check its indicators' very large capaian.`,
      ),
    );
  }
  if (opd.capaian !== null && !Number.isFinite(opd.capaian)) {
    opd.capaian = null;
    opd.predikat = null;
    out.push(
      buatTemuan(
        "NILAI_TIDAK_TERBACA",
        [],
        "Rata-rata capaian OPD di luar jangkauan angka (tak hingga): tidak dihitung. Periksa capaian sasaran yang sangat besar.",
        "The OPD's mean capaian is beyond the range of numbers (infinite): not computed. Check the very large sasaran capaian.",
      ),
    );
  }
}

interface Keluaran {
  temuan: Temuan[];
  indikator: IndicatorResult[];
  tahunan: PerbandinganTahunan[];
  renstra: PerbandinganRenstra[];
  nasional: PerbandinganNasional[];
  /** the run's shared Renstra rows of years without a realisasi */
  tanpaRealisasi: BarisTanpaRealisasi;
}

/**
 * One indicator of the reporting year: its row, its findings and its comparisons, from the settings in force.
 * `bawaan` is the workbook's triwulan rule, for rows without quarters (one object for every row).
 */
function hitungIndikator(
  ind: Indicator,
  ctx: IndikatorContext,
  settings: Settings,
  out: Keluaran,
  bawaan: { mode: Settings["agregasiTriwulan"]; sumber: "bawaan" },
): void {
  const { tahun, scale } = ctx;
  const polaritas = settings.polaritas[ind.id] ?? ind.polaritas;
  const yv = ind.tahun[String(tahun)];
  // Most rows have no quarters: their year is their yearly cells, with no result object in between.
  const dariTw = yv?.triwulan ? nilaiTahun(ind, yv, polaritas, settings) : null;
  const target = dariTw ? dariTw.target : yv?.target;
  const realisasi = dariTw ? dariTw.realisasi : yv?.realisasi;
  const agregasi = dariTw?.agregasi;
  const skala = skalaNilaiUntuk(ind.indikator);
  const outcome = hitungCapaian(target?.parsed, realisasi?.parsed, polaritas, settings.turun, skala);
  const predikat = outcome.capaian === null ? null : predikatOf(outcome.capaian, scale);
  const predikatRaw = yv?.predikatTercetak ? tampil(yv.predikatTercetak) : null;
  const row: IndicatorResult = {
    indicatorId: ind.id,
    tahun,
    level: ind.level,
    sasaran: ind.sasaran,
    indikator: ind.indikator,
    satuan: ind.satuan ?? null,
    polaritas,
    target: tampil(target),
    realisasi: tampil(realisasi),
    capaian: ringkasAtauNull(outcome.capaian),
    predikat,
    status: outcome.status,
    capaianTercetak: tampil(yv?.capaianTercetak),
    predikatTercetak: predikatRaw === null ? null : String(predikatRaw),
  };
  if (agregasi) row.agregasiTriwulan = agregasi;
  out.indikator.push(row);

  ctx.ind = ind;
  ctx.polaritas = polaritas;
  ctx.target = target;
  ctx.realisasi = realisasi;
  ctx.capaianTercetak = yv?.capaianTercetak;
  ctx.predikatTercetak = yv?.predikatTercetak;
  ctx.outcome = outcome;
  ctx.predikat = predikat;
  const temuan = out.temuan;
  temuanIndikator(ctx, temuan);
  // The years, listed once per row for the checks that walk them: listing a record's year keys costs
  // about a microsecond (V8 sorts and names them), 100 ms a pass at 100k rows.
  const years = yearKeys(ind.tahun);
  temuanAntarTabel(ind, temuan, years);
  // Both year-over-year checks need two years; most indicators have one.
  const multiYear = years.length >= 2;
  if (multiYear) temuanTargetLalu(ind, tahun, polaritas, temuan);
  if (ind.anggaran)
    temuanAnggaran(ind.anggaran, ind.indikator, ind.source, settings.toleransi, temuan, ind.id);
  temuanRenja(ind, ctx, settings, agregasi ?? bawaan, temuan);

  if (multiYear) {
    const ini = { target, realisasi, capaian: outcome.capaian };
    const yoy = perbandinganTahunan(ind, tahun, polaritas, settings.turun, ini, skala);
    if (yoy) out.tahunan.push(yoy);
  }
  if (ind.renstra) {
    // the indicator's kind, read once for the comparison and its finding (a regex on the name)
    const rate = isRateIndicator(rateFields(ind, polaritas));
    const ren = perbandinganRenstra(ind, tahun, polaritas, settings.turun, skala, rate, out.tanpaRealisasi);
    if (ren) {
      out.renstra.push(ren);
      temuanTargetAkhir(ind, ren, rate, temuan);
    }
  }
  const nat = ind.targetNasional ? perbandinganNasional(ind, tahun, polaritas, settings.turun, skala) : null;
  if (nat) out.nasional.push(nat);
}

/**
 * The reader's findings that still hold under the settings in force: a guessed polaritas the user has
 * since set is no guess any more. (Every engine finding is rebuilt on each run from the polaritas in force.)
 */
function temuanPembaca(list: ReadonlyArray<Temuan>, settings: Settings): Temuan[] {
  return list.filter(
    (t) =>
      t.kode !== "POLARITAS_DITEBAK" ||
      t.indicatorId === undefined ||
      settings.polaritas[t.indicatorId] === undefined,
  );
}

export function compute(input: ComputeInput, settings: Settings): ComputeResult {
  const scale = resolveScale(settings.skala);
  const tahun = tahunLaporan(input.indicators, settings);
  const skalaKolom = skalaTercetak(input.indicators, tahun, scale);
  const out: Keluaran = {
    temuan: [],
    indikator: [],
    tahunan: [],
    renstra: [],
    nasional: [],
    tanpaRealisasi: new BarisTanpaRealisasi(),
  };
  const { temuan, indikator } = out;
  // One context, refilled per row: the checks read it and keep nothing, so no object per row.
  const ctx: IndikatorContext = {
    ind: input.indicators[0] as Indicator,
    tahun,
    polaritas: "naik",
    target: undefined,
    realisasi: undefined,
    capaianTercetak: undefined,
    predikatTercetak: undefined,
    outcome: { capaian: null, status: "belum-ada-data" },
    predikat: null,
    scale,
    skalaKolom,
    toleransi: settings.toleransi,
    turun: settings.turun,
    selTarget: pencariSelTarget(input.tables, input.joins, tahun),
  };
  const bawaan = { mode: settings.agregasiTriwulan, sumber: "bawaan" } as const;
  for (const t of temuanSkalaTercetak(skalaKolom, scale)) temuan.push(t);
  for (const t of temuanLegenda(input.legenda, scale)) temuan.push(t);
  for (const ind of input.indicators) hitungIndikator(ind, ctx, settings, out, bawaan);

  const { sasaran, opd } = hitungSasaran(input.indicators, indikator, scale, settings.batasRataRata);
  rataRataTerhingga(sasaran, opd, input.indicators, temuan);

  for (const row of input.anggaran)
    temuanAnggaran(row.anggaran, row.nama, row.source, settings.toleransi, temuan);
  temuanRollUp(input.anggaran, temuan);
  for (const agg of input.aggregates) temuanAgregat(agg, settings.toleransi, temuan);

  const efisiensi: EfisiensiRow[] = hitungEfisiensi(input, indikator, sasaran, settings);
  for (const t of temuanCapaianAnggaran(input, indikator, sasaran, settings.toleransi)) temuan.push(t);

  return {
    tahun,
    skala: { id: scale.id, nama: scale.nama },
    indikator,
    sasaran,
    opd,
    tahunan: out.tahunan,
    renstra: out.renstra,
    nasional: out.nasional,
    efisiensi,
    anggaran: anggaranRows(input.anggaran),
    temuan: dedupe([temuanPembaca(input.temuan, settings), temuan]),
  };
}
