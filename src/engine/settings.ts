/** Settings of a run. Stored in the workbook (validated by the same schema) so a second run asks nothing. */
import { z } from "zod";
import { Polaritas } from "./model";

/** One band of a predikat scale; bounds in percent, `to: null` is +∞. */
export const PredikatBand = z.object({
  label: z.string().min(1),
  from: z.number(),
  fromInclusive: z.boolean(),
  to: z.number().nullable(),
  toInclusive: z.boolean(),
  /** "#RRGGBB" fill for conditional formatting; a default palette applies when absent */
  fill: z.string().optional(),
  fontColor: z.string().optional(),
});
export type PredikatBand = z.infer<typeof PredikatBand>;

export const PredikatScale = z.object({
  id: z.string(),
  nama: z.string(),
  /** ordered from the best band to the worst */
  bands: z.array(PredikatBand).min(1),
});
export type PredikatScale = z.infer<typeof PredikatScale>;

export const EfisiensiKategori = z.object({
  label: z.string().min(1),
  /** efisiensi value ≥ min (null: −∞) */
  min: z.number().nullable(),
});
export type EfisiensiKategori = z.infer<typeof EfisiensiKategori>;

/** The Tabel 3.x the add-in can write. */
export const TABEL_SEMUA = ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"] as const;
export const TabelNomor = z.enum(TABEL_SEMUA);
export type TabelNomor = z.infer<typeof TabelNomor>;

/**
 * Triwulan → year: kumulatif sums the quarters (counts), akhir takes the last quarter reported (rates,
 * indices, scores), rata-rata their mean, rasio Σ realisasi against Σ target.
 */
export const AgregasiTriwulan = z.enum(["kumulatif", "akhir", "rata-rata", "rasio"]);
export type AgregasiTriwulan = z.infer<typeof AgregasiTriwulan>;

export const Settings = z.object({
  /** the reporting year; absent → the latest year with realisasi */
  tahun: z.number().int().optional(),
  /** a preset id ("lkjip4", "permendagri86") or a full scale */
  skala: z.union([z.string(), PredikatScale]).default("lkjip4"),
  /** turun formula: cermin = (2T − R)/T × 100 floored at 0; rasio = T/R × 100 */
  turun: z.enum(["cermin", "rasio"]).default("cermin"),
  /** a printed capaian within this many points of the recomputed one is consistent */
  toleransi: z.number().nonnegative().default(0.5),
  /** decimals shown (full precision is kept inside) */
  desimal: z.number().int().min(0).max(6).default(2),
  /** triwulan → year for an indicator whose satuan and wording do not decide it */
  agregasiTriwulan: AgregasiTriwulan.default("akhir"),
  /** per indicator id: triwulan → year chosen by the user (wins over the engine's choice) */
  agregasiTriwulanPer: z.record(z.string(), AgregasiTriwulan).default(() => ({})),
  /** optional cap applied to a capaian only when averaging indicators into a sasaran */
  batasRataRata: z.number().positive().nullable().default(null),
  efisiensi: z
    .object({
      konvensi: z.enum(["selisih", "sisa", "rasio"]).default("selisih"),
      kategori: z.array(EfisiensiKategori).min(1).optional(),
    })
    .default(() => ({ konvensi: "selisih" as const })),
  /** per indicator id: polaritas set by the user */
  polaritas: z.record(z.string(), Polaritas).default(() => ({})),
  bahasa: z.enum(["id", "en"]).default("id"),
  /** which Tabel 3.x to write */
  tabel: z.array(TabelNomor).default(() => [...TABEL_SEMUA]),
  /** add an icon set beside the band fills */
  ikon: z.boolean().default(false),
  /** paper of the printed Tabel 3.x: A4 (210 × 297 mm) or F4 (215 × 330 mm), landscape */
  kertas: z.enum(["A4", "F4"]).default("A4"),
  /** the agency's name in the table titles; absent → read from the workbook's title rows */
  opd: z.string().trim().min(1).optional(),
  /**
   * a "Temuan" sheet listing every finding with a link to its cell, for the reviewer to work through;
   * off in the pane unless chosen, on from the command line (unless --tanpa-temuan)
   */
  lembarTemuan: z.boolean().default(false),
});
export type Settings = z.infer<typeof Settings>;
export type SettingsInput = z.input<typeof Settings>;

export function defaultSettings(): Settings {
  return Settings.parse({});
}
