/**
 * What Bab III prints, from what a run produced: the workbook's tables, their narrative and the
 * findings. Apart from index.ts so the pane can copy the tables and the narrative without loading
 * the `docx` package (its chunk is fetched only when the .docx is asked for).
 */
import type { Bahasa } from "../engine/format";
import type { ReadResult } from "../engine/mapping";
import { narasiDari } from "../engine/narrative";
import type { TabelDilewati } from "../engine/plan";
import { resolveScale } from "../engine/predikat";
import type { ComputeResult } from "../engine/result";
import type { Settings } from "../engine/settings";
import { tahunAnggaran } from "../engine/tahun";
import { TABLE_BUILDERS, wantedTables } from "../engine/tables";
import { tableContext } from "../engine/tables/context";
import { alasanDilewati } from "../engine/tables/dilewati";
import { allTemuan } from "../engine/writeback/notes";
import type { BabTigaInput } from "./bab3";

export interface BabTigaRun {
  read: ReadResult;
  result: ComputeResult;
  settings: Settings;
  /**
   * the wanted tables the run left out (no data for the year); absent: judged here by the rule the
   * run uses (the pane's Hitung run asks for no table, yet its Bab III has every table with data)
   */
  tabelDilewati?: TabelDilewati[];
  /** the agency's name as the workbook's tables are titled with it (namaOpd); null: unknown */
  opd: string | null;
  bahasa: Bahasa;
  berkas: string | null;
}

/** The tables, narrative and findings of a run, as the .docx prints them: the workbook's tables, no others. */
export function babTigaInput(run: BabTigaRun): BabTigaInput {
  const ctx = tableContext(run.result, run.settings, resolveScale(run.settings.skala), run.opd);
  const wanted = wantedTables(run.settings);
  const years = tahunAnggaran(run.read);
  const dilewati = run.tabelDilewati ?? wanted.flatMap((n) => alasanDilewati(n, ctx, years) ?? []);
  const skipped = new Set(dilewati.map((d) => d.nomor));
  const nomor = wanted.filter((n) => !skipped.has(n));
  return {
    tables: nomor.map((n) => TABLE_BUILDERS[n](ctx)),
    narasi: narasiDari(ctx, nomor),
    temuan: allTemuan(run.read.temuan, run.result.temuan),
    dilewati,
    bahasa: run.bahasa,
    tahun: run.result.tahun,
    berkas: run.berkas,
  };
}
