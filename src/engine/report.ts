/**
 * The JSON report of a run (`capaian hitung --json`): versioned, validated by its own schema,
 * built from the pipeline's outcome by a pure function. Numbers keep full precision
 * (a capaian of 240 % is 240, not 2.4); letter grades stay strings; unknown is null.
 */
import { z } from "zod";
import { KodeTakTerbaca, type ReadResult } from "./mapping";
import { Level, KodeTemuan, Polaritas, type SourceRef, Tingkat } from "./model";
import type { GrafikDilewati, PlacedTable, TabelDilewati } from "./plan";
import type { ComputeResult } from "./result";

const NumberOrText = z.union([z.number(), z.string()]).nullable();

export const ReportIndikator = z.object({
  sheet: z.string().nullable(),
  sel: z.string().nullable(),
  level: Level,
  sasaran: z.string(),
  indikator: z.string(),
  satuan: z.string().nullable(),
  polaritas: Polaritas,
  target: NumberOrText,
  realisasi: NumberOrText,
  capaian: z.number().nullable(),
  predikat: z.string().nullable(),
  capaianTercetak: NumberOrText,
});
export type ReportIndikator = z.infer<typeof ReportIndikator>;

export const ReportSasaran = z.object({
  sasaran: z.string(),
  capaian: z.number().nullable(),
  predikat: z.string().nullable(),
});

export const ReportTemuan = z.object({
  kode: KodeTemuan,
  tingkat: Tingkat,
  sheet: z.string().nullable(),
  sel: z.string().nullable(),
  /** in the language of the run */
  pesan: z.string(),
});

export const ReportTabel = z.object({
  nomor: z.string(),
  judul: z.string(),
  sheet: z.string(),
  rentang: z.string(),
});

/** A block of a sheet the reader saw but did not read as a performance table (never skipped silently). */
export const ReportTakTerbaca = z.object({
  sheet: z.string(),
  /** A1 range of the block */
  rentang: z.string(),
  kode: KodeTakTerbaca,
  /** the reason, naming the cells, in the language of the run */
  pesan: z.string(),
});
export type ReportTakTerbaca = z.infer<typeof ReportTakTerbaca>;

/** A Tabel 3.x asked for and not written: it would have held no data for the reporting year. */
export const ReportTabelDilewati = z.object({
  nomor: z.string(),
  /** fixed code of the reason */
  kode: z.enum([
    "TAHUN_TANPA_CAPAIAN",
    "TANPA_TAHUN_PEMBANDING",
    "TANPA_RENSTRA",
    "RENSTRA_TANPA_REALISASI",
    "TANPA_STANDAR_NASIONAL",
    "TANPA_ANGGARAN",
    "ANGGARAN_TAHUN_LAIN",
    "TANPA_EFISIENSI",
  ]),
  /** the reason, in the language of the run */
  alasan: z.string(),
});
export type ReportTabelDilewati = z.infer<typeof ReportTabelDilewati>;

/** A chart of a written table left out: more categories than one printed page can show. */
export const ReportGrafikDilewati = z.object({
  nomor: z.string(),
  kode: z.enum(["GRAFIK_TERLALU_PADAT"]),
  /** the chart's categories and the most a readable chart has */
  kategori: z.number().int(),
  batas: z.number().int(),
  /** the reason, in the language of the run */
  pesan: z.string(),
});

/** Version 2 added `takTerbaca` and `tabelDilewati`; version 3 `grafikDilewati`. */
export const REPORT_VERSI = 3;

export const CapaianReport = z.object({
  versi: z.literal(REPORT_VERSI),
  /** file name only (no folders), so reports can be shared */
  berkas: z.string(),
  tahun: z.number().int(),
  /** id of the scale used ("lkjip4", "permendagri86" or a custom id) */
  skala: z.string(),
  indikator: z.array(ReportIndikator),
  sasaran: z.array(ReportSasaran),
  temuan: z.array(ReportTemuan),
  takTerbaca: z.array(ReportTakTerbaca),
  tabel: z.array(ReportTabel),
  tabelDilewati: z.array(ReportTabelDilewati),
  grafikDilewati: z.array(ReportGrafikDilewati),
});
export type CapaianReport = z.infer<typeof CapaianReport>;

export interface ReportInput {
  berkas: string;
  read: ReadResult;
  result: ComputeResult;
  tables: PlacedTable[];
  /** the tables asked for and not written (none when absent) */
  dilewati?: TabelDilewati[];
  /** the charts left out of written tables (none when absent) */
  grafikDilewati?: GrafikDilewati[];
  bahasa: "id" | "en";
}

export function buildReport(input: ReportInput): CapaianReport {
  const { read, result } = input;
  // The last indicator of a repeated id, as a map built from the list; filled by a loop, no [id, source] pair per row.
  const sourceOf = new Map<string, SourceRef | undefined>();
  for (const ind of read.indicators) sourceOf.set(ind.id, ind.source);
  return {
    versi: REPORT_VERSI,
    berkas: input.berkas,
    tahun: result.tahun,
    skala: result.skala.id,
    indikator: result.indikator.map((r) => {
      const source = sourceOf.get(r.indicatorId);
      return {
        sheet: source?.sheet ?? null,
        sel: source?.cell ?? null,
        level: r.level,
        sasaran: r.sasaran,
        indikator: r.indikator,
        satuan: r.satuan,
        polaritas: r.polaritas,
        target: r.target,
        realisasi: r.realisasi,
        capaian: r.capaian,
        predikat: r.predikat,
        capaianTercetak: r.capaianTercetak,
      };
    }),
    sasaran: result.sasaran.map((s) => ({ sasaran: s.sasaran, capaian: s.capaian, predikat: s.predikat })),
    temuan: result.temuan.map((t) => ({
      kode: t.kode,
      tingkat: t.tingkat,
      sheet: t.sel[0]?.sheet ?? null,
      sel: t.sel[0]?.cell ?? null,
      pesan: t.pesan[input.bahasa],
    })),
    takTerbaca: read.takTerbaca.map((blok) => ({
      sheet: blok.sheet,
      rentang: blok.range,
      kode: blok.kode,
      pesan: blok.pesan[input.bahasa],
    })),
    tabel: input.tables.map((t) => ({ nomor: t.nomor, judul: t.judul, sheet: t.sheet, rentang: t.rentang })),
    tabelDilewati: (input.dilewati ?? []).map((d) => ({
      nomor: d.nomor,
      kode: d.kode,
      alasan: d.alasan[input.bahasa],
    })),
    grafikDilewati: (input.grafikDilewati ?? []).map((g) => ({
      nomor: g.nomor,
      kode: g.kode,
      kategori: g.kategori,
      batas: g.batas,
      pesan: g.pesan[input.bahasa],
    })),
  };
}
