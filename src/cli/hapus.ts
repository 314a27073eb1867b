/** `capaian hapus <berkas>`: a copy of the workbook without anything Capaian Kinerja wrote. */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { hapusHasil } from "../pipeline/hapus";
import { createXlsxGateway, isXlsxInputError } from "../xlsx";
import type { HapusArgs } from "./args";
import { BadInput, type CliIO, exists, outputName, WORKBOOK_EXT } from "./hitung";
import { msg } from "./messages";
import { refusalSentence } from "./summary";

async function target(args: HapusArgs): Promise<string> {
  const b = args.bahasa;
  const name = path.basename(args.input);
  const kind = await exists(args.input);
  if (kind === null) throw new BadInput(msg("notFound", b, { berkas: args.input }));
  if (kind === "dir") throw new BadInput(msg("hapusNotFile", b, { berkas: args.input }));
  if (!WORKBOOK_EXT.test(args.input)) throw new BadInput(msg("notXlsx", b, { berkas: name }));
  const keluar = args.keluar;
  // beside the input by default, named so it is never mistaken for the input or for a run's output
  const copy = outputName(args.input, "tanpa-capaian");
  const output =
    keluar === undefined
      ? path.join(path.dirname(args.input), copy)
      : WORKBOOK_EXT.test(keluar)
        ? keluar
        : path.join(keluar, copy);
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
