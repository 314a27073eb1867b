/**
 * Checks of the values the Permendagri 86/2017 evaluation form prints beside the year's own: the
 * year's realisasi against its quarters, the Renstra period's realisasi so far against the years it
 * adds up, the printed Renstra progress, and the year's target and budget against the Renstra's.
 * Each check runs only where the workbook printed both sides; rates are never summed across periods.
 */
import type { AgregasiTriwulan } from "./aggregate";
import { triwulanKeTahun } from "./aggregate";
import { isRateIndicator, numOf } from "./indicator-kind";
import type { Indicator, Polaritas, SourcedValue, Temuan, YearValues } from "./model";
import { angka, buatTemuan, denganSeharusnya, cetak, di, nama } from "./temuan";

/** Printed values are rounded to at most two decimals. */
function beda(a: number, b: number): boolean {
  return Math.abs(a - b) > Math.max(0.005, 1e-6 * Math.abs(b));
}

const CARA: Record<AgregasiTriwulan, { id: string; en: string }> = {
  kumulatif: { id: "jumlah realisasi triwulan I–IV", en: "the sum of quarters I–IV" },
  akhir: { id: "realisasi triwulan terakhir yang dilaporkan", en: "the last quarter reported" },
  "rata-rata": { id: "rata-rata realisasi triwulan", en: "the mean of the quarters" },
  rasio: { id: "jumlah pembilang ÷ jumlah penyebut triwulan", en: "Σ numerators ÷ Σ denominators" },
};

/** The year's realisasi against its quarters, by the indicator's own triwulan rule. */
export function temuanTriwulan(
  ind: Indicator,
  y: string,
  yv: YearValues | undefined,
  mode: AgregasiTriwulan,
  out: Temuan[],
  decided = true,
): void {
  const printed = yv?.realisasi;
  const p = numOf(printed);
  const quarters = yv?.triwulan?.realisasi;
  if (p === null || !printed || !quarters || mode === "rasio") return;
  const values = quarters.map((q) => numOf(q));
  if (values.every((v) => v === null)) return;
  const expected = triwulanKeTahun(values, mode);
  if (expected === null || !beda(p, expected)) return;
  // when nothing says whether the indicator counts or measures a level, either reading of the quarters holds
  if (
    !decided &&
    !beda(p, triwulanKeTahun(values, mode === "kumulatif" ? "akhir" : "kumulatif") ?? Number.NaN)
  )
    return;
  const summed = mode !== "kumulatif" && !beda(p, triwulanKeTahun(values, "kumulatif") ?? Number.NaN);
  const cara = CARA[mode];
  out.push(
    denganSeharusnya(
      buatTemuan(
        "REALISASI_TRIWULAN_TIDAK_SESUAI",
        [printed.source, ...quarters.map((q) => q?.source)],
        `Realisasi ${nama(ind.indikator)} tahun ${y} tercetak ${cetak(printed, "id")}${di(printed.source, "id")}, padahal ${cara.id} ${angka.id(expected)}.${summed ? " Persentase, indeks dan rasio tidak dijumlahkan antartriwulan." : ""}`,
        `The ${y} realisasi of ${nama(ind.indikator)} prints ${cetak(printed, "en")}${di(printed.source, "en")}, but ${cara.en} is ${angka.en(expected)}.${summed ? " Percentages, indices and ratios are not added across quarters." : ""}`,
        ind.id,
      ),
      expected,
    ),
  );
}

/** The year's budget realisasi against its quarters: money always adds up. */
export function temuanTriwulanAnggaran(ind: Indicator, y: string, out: Temuan[]): void {
  const printed = ind.anggaran?.realisasi;
  const p = numOf(printed);
  const quarters = ind.anggaran?.realisasiTriwulan;
  if (p === null || !printed || !quarters) return;
  const values = quarters.map((q) => numOf(q));
  const expected = triwulanKeTahun(values, "kumulatif");
  if (expected === null || Math.abs(p - expected) <= 0.5) return;
  out.push(
    denganSeharusnya(
      buatTemuan(
        "REALISASI_TRIWULAN_TIDAK_SESUAI",
        [printed.source, ...quarters.map((q) => q?.source)],
        `Realisasi anggaran ${nama(ind.indikator)} tahun ${y} tercetak ${cetak(printed, "id")}${di(printed.source, "id")}, padahal jumlah realisasi anggaran triwulan I–IV ${angka.id(expected)}.`,
        `The ${y} budget realisasi of ${nama(ind.indikator)} prints ${cetak(printed, "en")}${di(printed.source, "en")}, but the quarters add up to ${angka.en(expected)}.`,
        ind.id,
      ),
      expected,
    ),
  );
}

/** The period so far: a rate or a stock is its latest year; a flow adds this year to the years before. */
function kumulatifSeharusnya(ind: Indicator, tahun: number, rate: boolean): number | null {
  const now = numOf(ind.tahun[String(tahun)]?.realisasi);
  if (now === null) return null;
  if (rate) return now;
  const before = numOf(ind.renstra?.kumulatif?.[String(tahun - 1)]);
  return before === null ? null : before + now;
}

export function temuanKumulatif(ind: Indicator, tahun: number, rate: boolean, out: Temuan[]): void {
  const printed = ind.renstra?.kumulatif?.[String(tahun)];
  const p = numOf(printed);
  const expected = kumulatifSeharusnya(ind, tahun, rate);
  if (p === null || !printed || expected === null || !beda(p, expected)) return;
  const before = numOf(ind.renstra?.kumulatif?.[String(tahun - 1)]);
  const now = numOf(ind.tahun[String(tahun)]?.realisasi) ?? 0;
  const summed = rate && before !== null && !beda(p, before + now);
  out.push(
    denganSeharusnya(
      buatTemuan(
        "KUMULATIF_RENSTRA_TIDAK_SESUAI",
        [printed.source],
        `Realisasi Renstra ${nama(ind.indikator)} s.d. ${tahun} tercetak ${cetak(printed, "id")}${di(printed.source, "id")}, seharusnya ${angka.id(expected)}${summed ? ": persentase/indeks tidak dijumlahkan antartahun; capaian s.d. tahun ini adalah realisasi tahun terakhir" : ""}.`,
        `The Renstra realisasi of ${nama(ind.indikator)} up to ${tahun} prints ${cetak(printed, "en")}${di(printed.source, "en")}, expected ${angka.en(expected)}${summed ? ": rates and indices are not added across years; the period so far is the latest year's value" : ""}.`,
        ind.id,
      ),
      expected,
    ),
  );
}

/** The printed progress "(15) = (14) / (6) × 100", against the period so far as it should be. */
export function temuanCapaianRenstra(
  ind: Indicator,
  tahun: number,
  rate: boolean,
  toleransi: number,
  out: Temuan[],
): void {
  const printed = ind.renstra?.capaianTercetak?.[String(tahun)];
  const p = numOf(printed);
  const akhir = numOf(ind.renstra?.akhir);
  const sofar = kumulatifSeharusnya(ind, tahun, rate) ?? numOf(ind.renstra?.kumulatif?.[String(tahun)]);
  if (p === null || !printed || akhir === null || akhir === 0 || sofar === null) return;
  const expected = (sofar / akhir) * 100;
  if (Math.abs(p - expected) <= Math.max(toleransi, 0.005)) return;
  out.push(
    denganSeharusnya(
      buatTemuan(
        "KUMULATIF_RENSTRA_TIDAK_SESUAI",
        [printed.source, ind.renstra?.akhir?.source],
        `Tingkat capaian Renstra ${nama(ind.indikator)} s.d. ${tahun} tercetak ${cetak(printed, "id")}${di(printed.source, "id")}, seharusnya ${angka.id(sofar)} ÷ ${angka.id(akhir)} × 100 = ${angka.id(expected)}.`,
        `The Renstra progress of ${nama(ind.indikator)} up to ${tahun} prints ${cetak(printed, "en")}${di(printed.source, "en")}, expected ${angka.en(sofar)} ÷ ${angka.en(akhir)} × 100 = ${angka.en(expected)}.`,
        ind.id,
      ),
      expected,
    ),
  );
}

/** A year's target beyond what the whole Renstra period aims at (above it when higher is better). */
export function temuanTargetRenstra(
  ind: Indicator,
  tahun: number,
  polaritas: Polaritas,
  out: Temuan[],
): void {
  if (polaritas !== "naik" && polaritas !== "turun" && polaritas !== "indeks") return;
  const target = ind.tahun[String(tahun)]?.target;
  const akhir = ind.renstra?.akhir;
  const t = numOf(target);
  const a = numOf(akhir);
  if (t === null || a === null || !target || !akhir) return;
  const beyond = polaritas === "turun" ? t < a : t > a;
  if (!beyond || !beda(t, a)) return;
  out.push(
    buatTemuan(
      "TARGET_MELAMPAUI_RENSTRA",
      [target.source, akhir.source],
      `Target ${tahun} ${nama(ind.indikator)} ${cetak(target, "id")}${di(target.source, "id")} melampaui target akhir Renstra ${cetak(akhir, "id")}${di(akhir.source, "id")}. Periksa target Renja atau Renstranya.`,
      `The ${tahun} target of ${nama(ind.indikator)}, ${cetak(target, "en")}${di(target.source, "en")}, goes beyond the Renstra end target ${cetak(akhir, "en")}${di(akhir.source, "en")}. Check the Renja or the Renstra target.`,
      ind.id,
    ),
  );
}

/** Budget realised in the Renstra period so far above the period's whole budget. */
export function temuanAnggaranRenstra(ind: Indicator, tahun: number, out: Temuan[]): void {
  const a = ind.anggaran;
  const pagu: SourcedValue | undefined = a?.paguRenstra;
  const spent = a?.realisasiRenstra?.[String(tahun)];
  const p = numOf(pagu);
  const s = numOf(spent);
  if (p === null || s === null || !pagu || !spent || s <= p + 0.5) return;
  out.push(
    buatTemuan(
      "ANGGARAN_MELAMPAUI_RENSTRA",
      [spent.source, pagu.source],
      `Realisasi anggaran Renstra ${nama(ind.indikator)} s.d. ${tahun} ${cetak(spent, "id")}${di(spent.source, "id")} melebihi pagu Renstra ${cetak(pagu, "id")}${di(pagu.source, "id")}.`,
      `The Renstra budget spent on ${nama(ind.indikator)} up to ${tahun}, ${cetak(spent, "en")}${di(spent.source, "en")}, exceeds the Renstra budget ${cetak(pagu, "en")}${di(pagu.source, "en")}.`,
      ind.id,
    ),
  );
}

/** Every check of this file for one indicator of the reporting year. */
export function temuanRenjaIndikator(
  ind: Indicator,
  ctx: { tahun: number; polaritas: Polaritas },
  settings: { toleransi: number },
  agregasi: { mode: AgregasiTriwulan; sumber: string },
  out: Temuan[],
): void {
  const y = String(ctx.tahun);
  temuanTriwulan(ind, y, ind.tahun[y], agregasi.mode, out, agregasi.sumber !== "bawaan");
  if (ind.anggaran?.realisasiTriwulan) temuanTriwulanAnggaran(ind, y, out);
  if (ind.renstra?.kumulatif || ind.renstra?.capaianTercetak) {
    const rate = isRateIndicator({ indikator: ind.indikator, satuan: ind.satuan, polaritas: ctx.polaritas });
    temuanKumulatif(ind, ctx.tahun, rate, out);
    temuanCapaianRenstra(ind, ctx.tahun, rate, settings.toleransi, out);
  }
  if (ind.renstra?.akhir) temuanTargetRenstra(ind, ctx.tahun, ctx.polaritas, out);
  if (ind.anggaran?.paguRenstra) temuanAnggaranRenstra(ind, ctx.tahun, out);
}
