/** What reading one table gives: indicator records (joined later), budget lines, printed totals, findings. */
import type { ColumnRole, TableKind, TableMapping } from "../engine/mapping";
import type { AnggaranRow, Level, PrintedAggregate, SourceRef, SourcedValue, Temuan } from "../engine/model";
import type { KolomPeriode } from "./periode-rencana";
import type { PolaritasCatatan } from "./polaritas-catatan";
import type { YearRowsUnread } from "./year-rows";

/**
 * Where a read value goes: its column's role, year and quarter. One per value column (and quarter row
 * number), shared by every value read from it, so a 100,000-row table makes no object per value cell.
 */
export interface ValueSlot {
  role: ColumnRole;
  tahun: number | undefined;
  triwulan: number | undefined;
}

export interface IndicatorRecord {
  tableId: string;
  kind: TableKind;
  sheet: string;
  /** absolute row */
  row: number;
  rowRef: SourceRef;
  order: number;
  level: Level;
  levelFromLabel: boolean;
  kode?: string;
  /** the row names no indicator: its kode is all it has, and the join finds its indicator by it */
  identifiedByKode?: boolean;
  tujuan?: string;
  sasaran?: string;
  indikator: string;
  satuan?: string;
  polaritasText?: string;
  /** what the table's footnotes say of its direction (polaritas-catatan.ts) */
  polaritasCatatan?: PolaritasCatatan[];
  program?: string;
  formula?: string;
  sumberData?: string;
  penanggungJawab?: string;
  /** the row's values, and beside them (same index) the slot each goes to */
  values: SourcedValue[];
  slots: ValueSlot[];
}

export interface TableRead {
  mapping: TableMapping;
  records: IndicatorRecord[];
  anggaran: AnggaranRow[];
  /** lines of an efficiency summary (capaian and serapan per sasaran, no money): checked, never budget lines */
  ringkasan: AnggaranRow[];
  aggregates: PrintedAggregate[];
  temuan: Temuan[];
  /** year the table is about when its headers do not say (title, sheet name) */
  year?: number;
  /** a year column ("Tahun") was found: read per row, or why its rows could not be (listed, not read) */
  tahunBaris?: "dibaca" | YearRowsUnread;
  /** columns headed with a plan period ("RPJMN 2020-2024") in a table that states no year: the report year decides */
  periodeRencana?: KolomPeriode[];
}

export const VALUE_ROLES = new Set<ColumnRole>([
  "target",
  "realisasi",
  "capaian",
  "predikat",
  "baseline",
  "renstraTarget",
  "renstraRealisasi",
  "renstraKumulatif",
  "capaianRenstra",
  "targetAkhir",
  "targetNasional",
  "pagu",
  "realisasiAnggaran",
  "paguRenstra",
  "realisasiAnggaranRenstra",
  "serapan",
  "sisa",
]);

/** Roles whose printed "Jumlah" adds up the rows above it. */
export const MONEY_SUM_ROLES = new Set<ColumnRole>([
  "pagu",
  "realisasiAnggaran",
  "sisa",
  "target",
  "realisasi",
]);

/** The budget columns: an indicator's own values never include them when a program's budget stands beside it. */
export const MONEY_ROLES = new Set<ColumnRole>(["pagu", "realisasiAnggaran", "serapan", "sisa"]);

/** The Anggaran field a budget column's value is kept in. */
export const ANGGARAN_SLOT: Partial<
  Record<ColumnRole, "pagu" | "realisasi" | "persenTercetak" | "sisaTercetak" | "paguRenstra">
> = {
  pagu: "pagu",
  realisasiAnggaran: "realisasi",
  serapan: "persenTercetak",
  sisa: "sisaTercetak",
  paguRenstra: "paguRenstra",
};
