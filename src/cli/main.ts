/** Entry of the command line: parses, runs, and maps every outcome to an exit code. */
import { parseArgs } from "./args";
import { hapus } from "./hapus";
import { BadInput, type CliIO, hitung } from "./hitung";
import { msg, USAGE } from "./messages";

export function processIO(): CliIO {
  // `capaian hitung ... | head` closes the pipe early; the run itself must still finish and exit normally.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
    });
  }
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    progress: (text) => process.stdout.write(text),
    isTTY: Boolean(process.stdout.isTTY),
  };
}

/** 0: ran (findings are not failures) · 2: input the user must fix, nothing written · 1: internal error. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === "help") {
    io.out(USAGE[parsed.bahasa]);
    return 0;
  }
  if (parsed.kind === "error") {
    io.err(parsed.message);
    return 2;
  }
  const b = parsed.args.bahasa;
  try {
    return parsed.kind === "hapus" ? await hapus(parsed.args, io) : await hitung(parsed.args, io);
  } catch (e) {
    if (e instanceof BadInput) {
      io.err(e.message);
      return 2;
    }
    const pesan = e instanceof Error ? e.message : String(e);
    io.err(msg("internal", b, { pesan }));
    if (process.env.CAPAIAN_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    return 1;
  }
}
