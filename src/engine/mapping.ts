/**
 * What the reader understood of a workbook: its tables, their kinds and column roles, and the
 * indicators it read. src/reader produces it; the engine, the write plan and the pane consume it.
 */
import { z } from "zod";
import {
  Pesan,
  type AnggaranRow,
  type Indicator,
  type PrintedAggregate,
  type SourceRef,
  type Temuan,
} from "./model";

export const TableKind = z.enum([
  "pk",
  "realisasi",
  "renstra",
  "iku",
  "anggaran",
  "history",
  "nasional",
  "akip",
]);
export type TableKind = z.infer<typeof TableKind>;

export const ColumnRole = z.enum([
  "no",
  "kode",
  "tujuan",
  "sasaran",
  "indikator",
  "satuan",
  "polaritas",
  "target",
  "realisasi",
  "capaian",
  "predikat",
  "formula",
  "sumberData",
  "penanggungJawab",
  "baseline",
  "renstraTarget",
  "renstraRealisasi",
  /** realisasi of the Renstra period up to a year, as printed ("s.d. tahun 2023") */
  "renstraKumulatif",
  /** printed progress against the Renstra end target ("Tingkat capaian ... Renstra s.d. 2023") */
  "capaianRenstra",
  "targetAkhir",
  "targetNasional",
  "program",
  "kegiatan",
  "subkegiatan",
  "nama",
  "pagu",
  "realisasiAnggaran",
  /** the budget of the whole Renstra period */
  "paguRenstra",
  /** budget realised in the Renstra period up to a year */
  "realisasiAnggaranRenstra",
  "serapan",
  "sisa",
  "keterangan",
  "abaikan",
]);
export type ColumnRole = z.infer<typeof ColumnRole>;

export const ColumnMapping = z.object({
  /** zero-based absolute column */
  col: z.number().int().nonnegative(),
  header: z.string(),
  role: ColumnRole,
  tahun: z.number().int().optional(),
  triwulan: z.number().int().min(1).max(4).optional(),
  /** 0..1; below 0.6 the pane asks the user */
  confidence: z.number().min(0).max(1),
});
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const TableMapping = z.object({
  /** stable key: "Sheet!A5:H20" of the first read; the user's overrides are stored by it */
  id: z.string(),
  sheet: z.string(),
  /** A1 block of the whole table, header included */
  range: z.string(),
  /** zero-based absolute rows */
  headerRows: z.array(z.number().int()),
  firstDataRow: z.number().int(),
  lastDataRow: z.number().int(),
  kind: TableKind,
  kindConfidence: z.number().min(0).max(1),
  title: z.string().optional(),
  columns: z.array(ColumnMapping),
  rowsRead: z.number().int(),
  rowsSkipped: z.array(z.object({ row: z.number().int(), reason: z.string() })),
  /** true when the user's overrides say to ignore this table (it is listed but not read) */
  abaikan: z.boolean().optional(),
});
export type TableMapping = z.infer<typeof TableMapping>;

export const JoinLink = z.object({
  indicatorId: z.string(),
  tableId: z.string(),
  row: z.number().int(),
  method: z.enum(["kode", "teks", "mirip", "pengguna"]),
  score: z.number().min(0).max(1),
});
export type JoinLink = z.infer<typeof JoinLink>;

/** The user's corrections, stored in the workbook and applied on every later read. */
export const MappingOverrides = z.object({
  tables: z
    .record(
      z.string(),
      z.object({
        kind: TableKind.optional(),
        /** absolute column (as a string key) → role */
        columns: z
          .record(
            z.string(),
            z.object({
              role: ColumnRole,
              tahun: z.number().int().optional(),
              triwulan: z.number().int().min(1).max(4).optional(),
            }),
          )
          .optional(),
        /** ignore this table entirely */
        abaikan: z.boolean().optional(),
        /**
         * the user declared this range (the key, "Sheet!A5:H20") a table the reader did not find by itself:
         * it is read from that range, its first `barisJudul` rows as the header (default 1)
         */
        dariPengguna: z.boolean().optional(),
        barisJudul: z.number().int().min(1).max(6).optional(),
      }),
    )
    .default(() => ({})),
  /** "tableId#row" of a row in another table → indicator id it belongs to (null: belongs to none) */
  joins: z.record(z.string(), z.string().nullable()).default(() => ({})),
});
export type MappingOverrides = z.infer<typeof MappingOverrides>;

/** Why a block of a sheet was not read as a performance table (or was read and gave nothing). */
export const KodeTakTerbaca = z.enum([
  /** a grid of numbers beside text with no header row the reader recognises */
  "TANPA_JUDUL_KOLOM",
  /** a header row was found, but no column names an indicator (or program) with values beside it */
  "BUKAN_TABEL_KINERJA",
  /** a table was read, but none of its rows gave an indicator, budget line or total */
  "TANPA_BARIS",
  /** the year is a column of the rows ("Tahun": 2022, 2023, 2024 under one indicator): not read yet */
  "TAHUN_PER_BARIS",
  /** a block the reader cut off under a table by its shape, which then named no indicator with values */
  "DIPISAH_DARI_TABEL",
]);
export type KodeTakTerbaca = z.infer<typeof KodeTakTerbaca>;

export const BlokTakTerbaca = z.object({
  sheet: z.string(),
  /** A1 range of the block on the sheet */
  range: z.string(),
  kode: KodeTakTerbaca,
  /** the reason, naming the cells, in both languages */
  pesan: Pesan,
  /** the table's id when the block is a table that was read (TANPA_BARIS) */
  tableId: z.string().optional(),
});
export type BlokTakTerbaca = z.infer<typeof BlokTakTerbaca>;

/** One band of a scale legend as printed: its range, the word it grades with, and the range's cell. */
export interface BarisLegenda {
  rentang: string;
  kata: string;
  sel: SourceRef;
}

/** A predikat scale printed on a sheet beside or under a table: compared with the run's scale, never read as data. */
export interface LegendaSkala {
  sheet: string;
  /** A1 range of the legend's bands */
  range: string;
  baris: BarisLegenda[];
}

export interface ReadResult {
  tables: TableMapping[];
  indicators: Indicator[];
  anggaran: AnggaranRow[];
  aggregates: PrintedAggregate[];
  joins: JoinLink[];
  /** findings of the reading itself: unreadable cells, weak or ambiguous joins, inferred polaritas */
  temuan: Temuan[];
  /** every year that has a target or realisasi somewhere, ascending */
  years: number[];
  /** blocks that hold numbers beside text but gave no indicator, each with its reason: never skipped silently */
  takTerbaca: BlokTakTerbaca[];
  /** the scale legends printed beside or under tables (optional: results built before legends were read) */
  legenda?: LegendaSkala[];
}
