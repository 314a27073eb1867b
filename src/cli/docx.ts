/** `--docx`: Bab III as a Word document beside the workbook's copy, from the same run. */
import path from "node:path";
import type { RunOutcome } from "../pipeline/run";
import { babTigaDocx, babTigaInput } from "../docx";

export const DOCX_EXT = /\.docx$/i;

/** contoh.xlsx → contoh.bab3.docx */
export function docxName(file: string): string {
  return `${path.basename(file, path.extname(file))}.bab3.docx`;
}

/** Where one workbook's .docx goes: the named .docx file, or its default name inside the named folder. */
export function docxTarget(docx: string | undefined, file: string): string | null {
  if (docx === undefined) return null;
  return DOCX_EXT.test(docx) ? docx : path.join(docx, docxName(file));
}

/** What the document needs of a successful run (the write plan is not among it). */
type RunOk = Pick<
  Extract<RunOutcome, { ok: true }>,
  "read" | "result" | "settings" | "tabelDilewati" | "opd"
>;

/**
 * The .docx bytes of a successful run, in the report language of its settings. The agency's name
 * is the one the run titled its tables with, so the workbook's snapshot need not outlive the run.
 */
export function babTigaBytes(outcome: RunOk, berkas: string): Promise<Uint8Array> {
  return babTigaDocx(
    babTigaInput({
      read: outcome.read,
      result: outcome.result,
      settings: outcome.settings,
      tabelDilewati: outcome.tabelDilewati,
      opd: outcome.opd,
      bahasa: outcome.settings.bahasa,
      berkas,
    }),
  );
}
