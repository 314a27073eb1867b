/**
 * The draft narrative of Bab III (deterministic templates, no language model): for every Tabel 3.x
 * the settings ask for, the paragraphs written under it. Pure: the pane copies it, the .docx prints it.
 */
import { resolveScale } from "../predikat";
import type { ComputeResult } from "../result";
import type { Settings, TabelNomor } from "../settings";
import { tableContext, type TableContext } from "../tables/context";
import { wantedTables } from "../tables";
import { narasiAnggaran, narasiEfisiensi } from "./efisiensi";
import { narasiPengukuran } from "./pengukuran";
import { narasiNasional, narasiRenstra } from "./renstra";
import { narasiTahunan } from "./tahunan";
import type { NarasiTabel, ParagrafNarasi } from "./types";

export { ISIAN } from "./pengukuran";
export { teksNarasi, teksParagraf } from "./types";
export type { JenisParagraf, NarasiTabel, ParagrafNarasi } from "./types";

const PENULIS: Record<TabelNomor, (ctx: TableContext) => ParagrafNarasi[]> = {
  "3.1": narasiPengukuran,
  "3.2": narasiTahunan,
  "3.3": narasiRenstra,
  "3.4": narasiNasional,
  "3.5": narasiEfisiensi,
  "3.6": narasiAnggaran,
};

/**
 * The narrative of each wanted table, in report order (the order of buildTableModels). `opd` is the
 * agency's name as the tables' titles use it (src/engine/tables/opd.ts); null: "perangkat daerah".
 */
export function buildNarasi(
  result: ComputeResult,
  settings: Settings,
  opd: string | null = settings.opd ?? null,
): NarasiTabel[] {
  const ctx = tableContext(result, settings, resolveScale(settings.skala), opd);
  return narasiDari(ctx, wantedTables(settings));
}

/** The narrative of the given tables from a context the caller already built (the .docx builds one). */
export function narasiDari(ctx: TableContext, tabel: readonly TabelNomor[]): NarasiTabel[] {
  return tabel.map((nomor) => ({ nomor, paragraf: PENULIS[nomor](ctx) }));
}
