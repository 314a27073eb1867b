/**
 * The indicator model. The same zod schemas validate what the reader produces, the settings
 * stored in a workbook and the JSON report, so one definition serves every shell.
 */
import { z } from "zod";

export const Level = z.enum(["tujuan", "sasaran", "program", "kegiatan", "subkegiatan"]);
export type Level = z.infer<typeof Level>;

/** naik: higher is better; turun: lower is better; rentang: target a–b; huruf: letter grade (AA…D); indeks: 0–100 score read like naik. */
export const Polaritas = z.enum(["naik", "turun", "rentang", "huruf", "indeks"]);
export type Polaritas = z.infer<typeof Polaritas>;

/** Where a value came from: sheet and A1 cell. */
export const SourceRef = z.object({ sheet: z.string(), cell: z.string() });
export type SourceRef = z.infer<typeof SourceRef>;

/** A cell's value once read (src/engine/parse.ts makes these). */
export const ParsedValue = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("number"),
    value: z.number(),
    /** true when the cell said "%" or was formatted as a percentage; value is then in percent (3.25, not 0.0325). */
    percent: z.boolean().optional(),
    /** a unit glued to the number ("orang", "Dok"). */
    unit: z.string().optional(),
  }),
  z.object({
    kind: z.literal("range"),
    low: z.number(),
    high: z.number(),
    percent: z.boolean().optional(),
    unit: z.string().optional(),
  }),
  z.object({ kind: z.literal("grade"), grade: z.string(), score: z.number().optional() }),
  z.object({ kind: z.literal("blank") }),
  /** words that are not a value at all ("tidak ada standar nasional") */
  z.object({ kind: z.literal("text"), text: z.string() }),
  /** looked like a number but cannot be read without guessing ("4.8294.89.225") */
  z.object({ kind: z.literal("unreadable"), text: z.string() }),
]);
export type ParsedValue = z.infer<typeof ParsedValue>;

/** A value with the cell it came from; raw keeps the cell exactly as the sheet had it. */
export const SourcedValue = z.object({
  raw: z.union([z.string(), z.number(), z.boolean()]),
  parsed: ParsedValue,
  source: SourceRef.optional(),
});
export type SourcedValue = z.infer<typeof SourcedValue>;

export const Triwulan = z.object({
  target: z.array(SourcedValue.nullable()).length(4).optional(),
  realisasi: z.array(SourcedValue.nullable()).length(4).optional(),
});
export type Triwulan = z.infer<typeof Triwulan>;

/** One year of an indicator: what was planned, what happened, and what the sheet printed. */
export const YearValues = z.object({
  target: SourcedValue.optional(),
  realisasi: SourcedValue.optional(),
  capaianTercetak: SourcedValue.optional(),
  predikatTercetak: SourcedValue.optional(),
  triwulan: Triwulan.optional(),
});
export type YearValues = z.infer<typeof YearValues>;

export const Renstra = z.object({
  periode: z.tuple([z.number().int(), z.number().int()]).optional(),
  baseline: SourcedValue.optional(),
  /** year → target */
  targets: z.record(z.string(), SourcedValue),
  /** year → realisasi, when the Renstra matrix reports them (T/R per year) */
  realisasi: z.record(z.string(), SourcedValue).optional(),
  akhir: SourcedValue.optional(),
  /** year → the funding the Renstra plans for that year (the Rp beside each year's target) */
  pagu: z.record(z.string(), SourcedValue).optional(),
  /**
   * year → realisasi of the Renstra period up to and including that year, as printed (the Renja evaluation
   * form's columns 7 and 14): a check on the yearly values, never used in their place
   */
  kumulatif: z.record(z.string(), SourcedValue).optional(),
  /** year → the printed progress against the end target up to that year, in percent (the form's column 15) */
  capaianTercetak: z.record(z.string(), SourcedValue).optional(),
});
export type Renstra = z.infer<typeof Renstra>;

export const Anggaran = z.object({
  pagu: SourcedValue.optional(),
  realisasi: SourcedValue.optional(),
  persenTercetak: SourcedValue.optional(),
  sisaTercetak: SourcedValue.optional(),
  /** budget realised per quarter (the Renja form's Rp of columns 9–12) */
  realisasiTriwulan: z.array(SourcedValue.nullable()).length(4).optional(),
  /** the budget of the whole Renstra period (the Renja form's Rp of column 6) */
  paguRenstra: SourcedValue.optional(),
  /** year → budget realised in the Renstra period up to that year (Rp of columns 7 and 14) */
  realisasiRenstra: z.record(z.string(), SourcedValue).optional(),
});
export type Anggaran = z.infer<typeof Anggaran>;

export const Indicator = z.object({
  /** stable within a run: kode when there is one, else sheet!row of its first appearance */
  id: z.string(),
  level: Level,
  kode: z.string().optional(),
  tujuan: z.string().optional(),
  sasaran: z.string(),
  indikator: z.string(),
  satuan: z.string().optional(),
  polaritas: Polaritas,
  /** true when polaritas was guessed from the indicator's words rather than read from a column or set by the user */
  polaritasInferred: z.boolean(),
  /** year (as a string key, "2024") → values */
  tahun: z.record(z.string(), YearValues),
  renstra: Renstra.optional(),
  targetNasional: SourcedValue.optional(),
  anggaran: Anggaran.optional(),
  program: z.string().optional(),
  formula: z.string().optional(),
  sumberData: z.string().optional(),
  penanggungJawab: z.string().optional(),
  /** the row that holds the indicator on its main (realisasi or PK) sheet */
  source: SourceRef.optional(),
  /** weight for the sasaran average (optional setting) */
  bobot: z.number().optional(),
  /**
   * the same quantity as printed in other tables (the reader keeps the first copy above; these are the others).
   * field: "target" | "realisasi" | "capaianTercetak" | "predikatTercetak" | "renstraTarget" | "renstraRealisasi" |
   * "baseline" | "targetAkhir" | "targetNasional" | "pagu" | ...; tahun when per year; berbeda when it differs from the kept copy
   */
  alternatif: z
    .array(
      z.object({
        field: z.string(),
        tahun: z.string().optional(),
        value: SourcedValue,
        tableId: z.string().optional(),
        berbeda: z.boolean().optional(),
      }),
    )
    .optional(),
});
export type Indicator = z.infer<typeof Indicator>;

/** A budget line of the anggaran table: program → kegiatan → sub kegiatan. */
export const AnggaranRow = z.object({
  id: z.string(),
  level: z.enum(["program", "kegiatan", "subkegiatan"]),
  kode: z.string().optional(),
  nama: z.string(),
  /** id of the parent row, for the Σ checks */
  parentId: z.string().optional(),
  /** the sasaran this program serves, when the sheet says so */
  sasaran: z.string().optional(),
  anggaran: Anggaran,
  /** capaian of the program's own indicator, when the sheet prints one (for efisiensi) */
  capaianTercetak: SourcedValue.optional(),
  source: SourceRef.optional(),
});
export type AnggaranRow = z.infer<typeof AnggaranRow>;

/** A printed total or average the engine must check against the rows it covers. */
export const PrintedAggregate = z.object({
  kind: z.enum(["jumlah", "rata-rata"]),
  label: z.string(),
  printed: SourcedValue,
  members: z.array(SourcedValue),
});
export type PrintedAggregate = z.infer<typeof PrintedAggregate>;

export const Tingkat = z.enum(["galat", "peringatan", "info"]);
export type Tingkat = z.infer<typeof Tingkat>;

export const KodeTemuan = z.enum([
  "CAPAIAN_TIDAK_SESUAI",
  "PREDIKAT_TIDAK_SESUAI",
  "PREDIKAT_HURUF_DI_BAWAH_TARGET",
  "JUMLAH_TIDAK_SESUAI",
  "SERAPAN_TIDAK_SESUAI",
  "REALISASI_MELEBIHI_PAGU",
  "NILAI_TIDAK_TERBACA",
  "TARGET_NOL",
  "REALISASI_KOSONG",
  "PERSEN_MELEBIHI_100",
  "SATUAN_TIDAK_COCOK",
  "NILAI_BERBEDA_ANTAR_TABEL",
  "TARGET_DI_BAWAH_REALISASI_LALU",
  "RATA_RATA_TIDAK_SESUAI",
  "TARGET_AKHIR_TIDAK_SESUAI",
  "SISA_TIDAK_SESUAI",
  "POLARITAS_DITEBAK",
  "PENCOCOKAN_LEMAH",
  "PENCOCOKAN_GANDA",
  /** a row known by its code alone whose code names no indicator in the workbook */
  "KODE_TANPA_INDIKATOR",
  "TARGET_TIDAK_TERBACA",
  "REALISASI_TRIWULAN_TIDAK_SESUAI",
  "KUMULATIF_RENSTRA_TIDAK_SESUAI",
  "TARGET_MELAMPAUI_RENSTRA",
  "ANGGARAN_MELAMPAUI_RENSTRA",
  "PREDIKAT_SKALA_DITEBAK",
  "PREDIKAT_SKALA_TIDAK_DIKENAL",
  /** a header's two-digit year ("Target '24") whose century nothing in the table settles */
  "TAHUN_TIDAK_TERBACA",
  /** a scale legend printed on a sheet grades otherwise than the run's scale */
  "LEGENDA_SKALA_BERBEDA",
  /** a scale legend whose bands could not all be read: not compared */
  "LEGENDA_SKALA_TIDAK_TERBACA",
  /** a budget name column headed with two levels whose rows do not tell program from kegiatan */
  "TINGKAT_TIDAK_TERBEDAKAN",
  /** a header's plan period ("RPJMN 2025-2029") that does not include the year its table reports */
  "PERIODE_DI_LUAR_TAHUN",
  /** a table's footnote states an indicator's direction otherwise than its column, bound or another footnote */
  "POLARITAS_CATATAN_BERBEDA",
]);
export type KodeTemuan = z.infer<typeof KodeTemuan>;

export const Pesan = z.object({ id: z.string(), en: z.string() });
export type Pesan = z.infer<typeof Pesan>;

export const Temuan = z.object({
  kode: KodeTemuan,
  tingkat: Tingkat,
  /** the cells involved; the first is where the note/highlight goes */
  sel: z.array(SourceRef),
  pesan: Pesan,
  indicatorId: z.string().optional(),
  /** what the first cell should hold, where the finding knows it (a recomputed capaian, the scale's predikat) */
  seharusnya: z.union([z.number(), z.string()]).optional(),
});
export type Temuan = z.infer<typeof Temuan>;
