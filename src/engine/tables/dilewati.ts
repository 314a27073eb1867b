/**
 * A Tabel 3.x with no data for the reporting year is not written (never a table of "—"): the reason,
 * as a fixed code and a sentence in both languages, for the pane, the command line and the report.
 */
import type { KodeTabelDilewati, TabelDilewati } from "../plan";
import type { TabelNomor } from "../settings";
import type { TableContext } from "./context";

type Alasan = { id: string; en: string };

function dilewati(nomor: TabelNomor, kode: KodeTabelDilewati, alasan: Alasan): TabelDilewati {
  return { nomor, kode, alasan };
}

function tanpaCapaian(nomor: TabelNomor, ctx: TableContext): TabelDilewati {
  const y = ctx.result.tahun;
  const n = ctx.indikator.size;
  return dilewati(nomor, "TAHUN_TANPA_CAPAIAN", {
    id: `tidak ada indikator yang capaiannya dapat dihitung untuk tahun ${y} (0 dari ${n} dihitung)`,
    en: `no indicator has a capaian that can be computed for ${y} (0 of ${n} computed)`,
  });
}

/** Tabel 3.2: the reporting year's realisasi beside at least one earlier year's. */
function tahunan(ctx: TableContext): TabelDilewati | null {
  const y = ctx.result.tahun;
  const ada = (v: unknown) => v !== null && v !== undefined && v !== "";
  const ok = ctx.result.tahunan.some(
    (t) =>
      t.rows.some((r) => r.tahun === y && ada(r.realisasi)) &&
      t.rows.some((r) => r.tahun < y && ada(r.realisasi)),
  );
  if (ok) return null;
  return dilewati("3.2", "TANPA_TAHUN_PEMBANDING", {
    id: `tidak ada realisasi tahun sebelum ${y} untuk dibandingkan dengan realisasi tahun ${y}`,
    en: `there is no realisasi of a year before ${y} to compare with the ${y} realisasi`,
  });
}

/** Tabel 3.3: a Renstra target, and a realisasi of the reporting year to set against it. */
function renstra(ctx: TableContext): TabelDilewati | null {
  const y = ctx.result.tahun;
  if (ctx.result.renstra.length === 0)
    return dilewati("3.3", "TANPA_RENSTRA", {
      id: "tidak ada target Renstra yang terbaca di buku kerja",
      en: "no Renstra target was read in the workbook",
    });
  const ok = ctx.result.renstra.some(
    (r) => r.progres !== null || r.perTahun.some((t) => t.tahun === y && t.realisasi !== null),
  );
  if (ok) return null;
  return dilewati("3.3", "RENSTRA_TANPA_REALISASI", {
    id: `tidak ada indikator Renstra dengan realisasi tahun ${y}`,
    en: `no Renstra indicator has a realisasi for ${y}`,
  });
}

/** Tabel 3.4: a national standard beside a realisasi of the reporting year. */
function nasional(ctx: TableContext): TabelDilewati | null {
  const y = ctx.result.tahun;
  if (ctx.result.nasional.some((n) => n.targetNasional !== null && n.realisasi !== null)) return null;
  return dilewati("3.4", "TANPA_STANDAR_NASIONAL", {
    id: `tidak ada standar nasional yang terbaca untuk indikator dengan realisasi tahun ${y}`,
    en: `no national standard was read for an indicator with a ${y} realisasi`,
  });
}

function anggaranTahunLain(nomor: TabelNomor, ctx: TableContext, years: number[]): TabelDilewati | null {
  const y = ctx.result.tahun;
  if (years.length === 0 || years.includes(y)) return null;
  const named = years.join(", ");
  return dilewati(nomor, "ANGGARAN_TAHUN_LAIN", {
    id: `anggaran yang terbaca adalah anggaran tahun ${named}, bukan tahun ${y}`,
    en: `the budget read is the budget of ${named}, not of ${y}`,
  });
}

/** Tabel 3.5: a capaian of the reporting year beside a budget absorption of the same year. */
function efisiensi(ctx: TableContext, years: number[]): TabelDilewati | null {
  const lain = anggaranTahunLain("3.5", ctx, years);
  if (lain) return lain;
  if (ctx.result.efisiensi.some((e) => e.capaian !== null && e.serapan !== null)) return null;
  const y = ctx.result.tahun;
  return dilewati("3.5", "TANPA_EFISIENSI", {
    id: `tidak ada sasaran atau program dengan capaian tahun ${y} dan serapan anggaran`,
    en: `no sasaran or program has both a ${y} capaian and a budget absorption`,
  });
}

/** Tabel 3.6: budget lines of the reporting year. */
function anggaran(ctx: TableContext, years: number[]): TabelDilewati | null {
  if (ctx.result.anggaran.rows.length === 0)
    return dilewati("3.6", "TANPA_ANGGARAN", {
      id: "tidak ada data anggaran yang terbaca di buku kerja",
      en: "no budget data was read in the workbook",
    });
  return anggaranTahunLain("3.6", ctx, years);
}

/**
 * Why Tabel `nomor` is not written this run, or null when it has data for the reporting year.
 * `tahunAnggaran`: the years the budget tables name (empty: not said).
 */
export function alasanDilewati(
  nomor: TabelNomor,
  ctx: TableContext,
  tahunAnggaran: number[],
): TabelDilewati | null {
  const computed = [...ctx.indikator.values()].some((r) => r.capaian !== null);
  if (!computed) return tanpaCapaian(nomor, ctx);
  switch (nomor) {
    case "3.1":
      return null;
    case "3.2":
      return tahunan(ctx);
    case "3.3":
      return renstra(ctx);
    case "3.4":
      return nasional(ctx);
    case "3.5":
      return efisiensi(ctx, tahunAnggaran);
    case "3.6":
      return anggaran(ctx, tahunAnggaran);
  }
}
