/** All Tabel 3.x models of a run, in report order, limited to the tables the settings ask for. */
import type { ComputeResult } from "../result";
import type { PredikatScale, Settings } from "../settings";
import { tabelAnggaran } from "./anggaran";
import { tableContext, type TableContext } from "./context";
import { tabelEfisiensi } from "./efisiensi";
import type { ModelRow, TableModel } from "./model";
import { tabelNasional } from "./nasional";
import { tabelPengukuran, tabelPengukuranBertahap } from "./pengukuran";
import { tabelRenstra, tabelRenstraBertahap } from "./renstra";
import { tabelTahunan } from "./tahunan";

export type { TableModel, ModelRow, ModelCell, CellRole, RowKind, ChartModel } from "./model";

export const TABLE_BUILDERS: Record<Settings["tabel"][number], (ctx: TableContext) => TableModel> = {
  "3.1": tabelPengukuran,
  "3.2": tabelTahunan,
  "3.3": tabelRenstra,
  "3.4": tabelNasional,
  "3.5": tabelEfisiensi,
  "3.6": tabelAnggaran,
};

/**
 * The tables whose body is made a piece at a time as the write plan places it (renderTable's
 * `bodyPieces`), the same rows as their builder above; the others are built whole.
 */
export const TABLE_BERTAHAP: Partial<
  Record<
    Settings["tabel"][number],
    (ctx: TableContext) => { model: TableModel; body: () => Iterable<ModelRow[]> }
  >
> = { "3.1": tabelPengukuranBertahap, "3.3": tabelRenstraBertahap };

/** The Tabel 3.x the settings ask for, in report order. */
export function wantedTables(settings: Settings): Settings["tabel"][number][] {
  const wanted = new Set(settings.tabel);
  return (Object.keys(TABLE_BUILDERS) as Settings["tabel"][number][]).filter((nomor) => wanted.has(nomor));
}

export function buildTableModels(
  result: ComputeResult,
  settings: Settings,
  scale: PredikatScale,
): TableModel[] {
  const ctx = tableContext(result, settings, scale);
  return wantedTables(settings).map((nomor) => TABLE_BUILDERS[nomor](ctx));
}
