/** What the engine computes from the indicators: the data every table, plan and report is built from. */
import type { Level, Pesan, Polaritas, Temuan } from "./model";
import type { AgregasiTriwulan } from "./settings";

export type CapaianStatus =
  | "dihitung" // computed
  | "tanpa-target" // T missing or 0 with naik: no capaian
  | "belum-ada-data" // realisasi blank
  | "tidak-terbaca"; // a value could not be read (a NILAI_TIDAK_TERBACA finding says which)

/** What decided an indicator's triwulan → year roll-up, strongest first. */
export type SumberAgregasi =
  | "pengguna" // the user chose it (Settings.agregasiTriwulanPer)
  | "polaritas" // a letter grade, index or range is a level, never a sum
  | "satuan" // the satuan column: orang/dokumen/paket… sum, %/indeks/nilai… do not
  | "nilai" // the quarter cells themselves: "85 %" or "12 orang"
  | "kata" // the indicator's first word: "Jumlah …" or "Persentase/Indeks/Nilai …"
  | "bawaan"; // nothing decides: the workbook-wide Settings.agregasiTriwulan

export interface AgregasiTriwulanHasil {
  mode: AgregasiTriwulan;
  sumber: SumberAgregasi;
  /** the reason, in both languages, as the pane shows it */
  alasan: Pesan;
  /** true when the quarters made this year's target or realisasi (the sheet had no yearly figure for it) */
  dipakai: boolean;
}

export interface IndicatorResult {
  indicatorId: string;
  tahun: number;
  level: Level;
  sasaran: string;
  indikator: string;
  satuan: string | null;
  polaritas: Polaritas;
  /** numeric target/realisasi where they are numbers; letter grades and ranges as printed text */
  target: number | string | null;
  realisasi: number | string | null;
  /** percent, full precision; null when it cannot be computed (status says why) */
  capaian: number | null;
  predikat: string | null;
  status: CapaianStatus;
  capaianTercetak: number | string | null;
  predikatTercetak: string | null;
  /** present when the reporting year has quarterly values: how they make the year, and why */
  agregasiTriwulan?: AgregasiTriwulanHasil;
}

export interface SasaranResult {
  sasaran: string;
  /** mean of the member capaian (weights and cap per settings); null when none was computed */
  capaian: number | null;
  predikat: string | null;
  indicatorIds: string[];
}

export interface TahunanRow {
  tahun: number;
  target: number | string | null;
  realisasi: number | string | null;
  capaian: number | null;
}

export interface PerbandinganTahunan {
  indicatorId: string;
  rows: TahunanRow[];
  /** realisasi this year − last year (numbers only) */
  perubahan: number | null;
  /** performance direction, respecting polaritas (for turun a falling realisasi is Naik) */
  arah: "Naik" | "Turun" | "Tetap" | null;
}

export interface PerbandinganRenstra {
  indicatorId: string;
  periode: [number, number] | null;
  perTahun: TahunanRow[];
  baseline: number | string | null;
  targetAkhir: number | string | null;
  /** realisasi of the reporting year ÷ end target × 100 (polaritas-aware) */
  progres: number | null;
  /** what the yearly targets imply for the end (sum for counts, last for rates) */
  targetAkhirTersirat: number | null;
}

export interface PerbandinganNasional {
  indicatorId: string;
  targetNasional: number | string | null;
  realisasi: number | string | null;
  capaian: number | null;
  /** false when the national figure is not comparable (a national total against a regional rate) */
  sebanding: boolean;
}

export interface EfisiensiRow {
  key: string;
  label: string;
  level: "sasaran" | "program" | "kegiatan" | "subkegiatan";
  capaian: number | null;
  pagu: number | null;
  realisasi: number | null;
  serapan: number | null;
  efisiensi: number | null;
  kategori: string | null;
}

export interface AnggaranResultRow {
  id: string;
  level: "program" | "kegiatan" | "subkegiatan";
  kode: string | null;
  nama: string;
  pagu: number | null;
  realisasi: number | null;
  persen: number | null;
  sisa: number | null;
}

export interface ComputeResult {
  tahun: number;
  /** the scale actually used (resolved from the preset id) */
  skala: { id: string; nama: string };
  indikator: IndicatorResult[];
  sasaran: SasaranResult[];
  opd: { capaian: number | null; predikat: string | null };
  tahunan: PerbandinganTahunan[];
  renstra: PerbandinganRenstra[];
  nasional: PerbandinganNasional[];
  efisiensi: EfisiensiRow[];
  anggaran: {
    rows: AnggaranResultRow[];
    total: { pagu: number; realisasi: number; persen: number | null; sisa: number };
  };
  temuan: Temuan[];
}
