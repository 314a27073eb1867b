/** `capaian hapus <berkas>`: a copy of the workbook without anything Capaian Kinerja wrote. */
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { hapusHasil } from "../pipeline/hapus";
import { createXlsxGateway, isXlsxInputError } from "../xlsx";
import type { HapusArgs } from "./args";
import { BadInput, type CliIO } from "./hitung";
import { msg } from "./messages";
import { refusalSentence } from "./summary";

const WORKBOOK_EXT = /\.xls[xm]$/i;

/** Beside the input, named so it is never mistaken for the input or for a run's output. */
function defaultOutput(file: string): string {
  const ext = path.extname(file).toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.tanpa-capaian${ext}`);
}

async function kindOf(p: string): Promise<"file" | "dir" | null> {
  try {
    return (await stat(p)).isDirectory() ? "dir" : "file";
  } catch {
    return null;
  }
}

async function target(args: HapusArgs): Promise<string> {
  const b = args.bahasa;
  const name = path.basename(args.input);
  const kind = await kindOf(args.input);
  if (kind === null) throw new BadInput(msg("notFound", b, { berkas: args.input }));
  if (kind === "dir") throw new BadInput(msg("hapusNotFile", b, { berkas: args.input }));
  if (!WORKBOOK_EXT.test(args.input)) throw new BadInput(msg("notXlsx", b, { berkas: name }));
  const keluar = args.keluar;
  const output =
    keluar === undefined
      ? defaultOutput(args.input)
      : WORKBOOK_EXT.test(keluar)
        ? keluar
        : path.join(keluar, path.basename(defaultOutput(args.input)));
  if (path.resolve(output) === path.resolve(args.input))
    throw new BadInput(msg("outputIsInput", b, { berkas: name }));
  return output;
}

export async function hapus(args: HapusArgs, io: CliIO): Promise<number> {
  const b = args.bahasa;
  const name = path.basename(args.input);
  const output = await target(args);
  let written: Buffer | null = null;
  const gateway = createXlsxGateway({
    input: await readFile(args.input),
    bahasa: b,
    onOutput: (buffer) => void (written = buffer),
  });
  try {
    const outcome = await hapusHasil(gateway);
    if (!outcome.ok) {
      const pesan = refusalSentence(outcome.refusals, [], b);
      throw new BadInput(msg("fileProblem", b, { berkas: name, pesan }));
    }
    if (!outcome.adaHasil || written === null) {
      io.out(msg("hapusKosong", b, { berkas: name }));
      return 0;
    }
    await mkdir(path.dirname(path.resolve(output)), { recursive: true });
    await writeFile(output, written);
    io.out(msg("hapusSelesai", b, { berkas: name, keluar: output, ...outcome.ringkasan }));
    for (const s of outcome.report?.skipped ?? []) io.out(`  ${typeof s === "string" ? s : s[b]}`);
    return 0;
  } catch (e) {
    if (isXlsxInputError(e)) throw new BadInput(msg("fileProblem", b, { berkas: name, pesan: e.pesan[b] }));
    throw e;
  }
}
