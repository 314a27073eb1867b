/** `capaian hitung`: one file or every .xlsx of a folder through the pipeline, each into its own copy. */
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { PRESET_SCALES, validateScale } from "../engine/predikat";
import { buildReport, type CapaianReport } from "../engine/report";
import type { ReadResult } from "../engine/mapping";
import { PredikatScale, type SettingsInput } from "../engine/settings";
import { runCapaian, type RunOutcome, type RunStep } from "../pipeline/run";
import { createXlsxGateway, isEmptySnapshot, isXlsxInputError } from "../xlsx";
import type { HitungArgs } from "./args";
import { type PolaritasEntries, readPolaritasFile, resolvePolaritas } from "./polaritas";
import { babTigaBytes, docxTarget, DOCX_EXT } from "./docx";
import { writeJsonFile } from "./json-file";
import { type Bahasa, msg, WORDS } from "./messages";
import { type FileSummary, folderLine, refusalSentence, summaryLines } from "./summary";

/** Input the user must fix; the message is one sentence in the chosen language. Exit code 2. */
export class BadInput extends Error {}

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  /** progress output; only called when isTTY */
  progress(text: string): void;
  isTTY: boolean;
}

export async function exists(p: string): Promise<"file" | "dir" | null> {
  try {
    const s = await stat(p);
    return s.isDirectory() ? "dir" : "file";
  } catch {
    return null;
  }
}

async function resolveSkala(value: string, b: Bahasa): Promise<SettingsInput["skala"]> {
  if (PRESET_SCALES[value]) return value;
  if (!value.toLowerCase().endsWith(".json")) throw new BadInput(msg("badSkala", b, { nilai: value }));
  let json: unknown;
  try {
    json = JSON.parse(await readFile(value, "utf8"));
  } catch (e) {
    const alasan =
      (e as NodeJS.ErrnoException).code === "ENOENT"
        ? msg("notFound", b, { berkas: value })
        : String((e as Error).message);
    throw new BadInput(msg("badSkalaFile", b, { berkas: value, alasan }));
  }
  const parsed = PredikatScale.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const alasan = issue ? `${issue.path.join(".") || "(root)"}: ${issue.message}` : "";
    throw new BadInput(msg("badSkalaFile", b, { berkas: value, alasan }));
  }
  const check = validateScale(parsed.data);
  if (!check.ok) {
    throw new BadInput(
      msg("badSkalaFile", b, { berkas: value, alasan: check.errors.map((e) => e[b]).join(" ") }),
    );
  }
  return parsed.data;
}

async function settingsOf(args: HitungArgs): Promise<SettingsInput> {
  const s: SettingsInput = {};
  if (args.tahun !== undefined) s.tahun = args.tahun;
  if (args.skala !== undefined) s.skala = await resolveSkala(args.skala, args.bahasa);
  if (args.turun !== undefined) s.turun = args.turun;
  if (args.tabel !== undefined) s.tabel = args.tabel;
  if (args.bahasaGiven) s.bahasa = args.bahasa;
  // the Temuan sheet is the command line's default; the pane writes it only when chosen
  s.lembarTemuan = !args.tanpaTemuan;
  return s;
}

async function polaritasOf(args: HitungArgs): Promise<PolaritasEntries | null> {
  if (args.polaritas === undefined) return null;
  const checked = await readPolaritasFile(args.polaritas, args.bahasa);
  if (!checked.ok) throw new BadInput(checked.message);
  return checked.value;
}

/** The --polaritas keys of one workbook as indicator ids; a key that names no indicator stops the file. */
function polaritasFor(entries: PolaritasEntries, read: ReadResult, berkas: string, b: Bahasa): SettingsInput {
  const resolved = resolvePolaritas(entries, read.indicators);
  if (!resolved.ok) throw new BadInput(msg("unknownPolaritasKey", b, { berkas, kunci: resolved.kunci }));
  return { polaritas: resolved.polaritas };
}

/** A macro-enabled workbook stays .xlsm: its copy keeps the macros, and Excel opens .xlsx without them. */
export function outputName(file: string, suffix = "capaian"): string {
  const ext = path.extname(file).toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  return `${path.basename(file, path.extname(file))}.${suffix}${ext}`;
}

export const WORKBOOK_EXT = /\.xls[xm]$/i;

function jsonName(file: string): string {
  return `${path.basename(file, path.extname(file))}.capaian.json`;
}

const STEPS: RunStep[] = ["baca", "petakan", "hitung", "rencana", "tulis"];

function progressBar(io: CliIO, b: Bahasa, file: string): { step(s: RunStep): void; done(): void } {
  if (!io.isTTY) return { step: () => undefined, done: () => undefined };
  const words = {
    id: ["membaca", "memetakan", "menghitung", "menyusun", "menulis"],
    en: ["reading", "mapping", "computing", "planning", "writing"],
  }[b];
  return {
    step(s) {
      const i = STEPS.indexOf(s);
      const filled = Math.round(((i + 1) / STEPS.length) * 20);
      io.progress(
        `\r[${"#".repeat(filled)}${".".repeat(20 - filled)}] ${words[i] ?? s} ${path.basename(file)}\x1b[K`,
      );
    },
    done() {
      io.progress("\r\x1b[K");
    },
  };
}

/**
 * With CAPAIAN_TIMING set, milliseconds per pipeline step and the heap in use when it ended go to
 * stderr (the benchmark reads them). CAPAIAN_TIMING=live under `node --expose-gc` collects garbage
 * first, so the heap printed is what each step leaves alive (the time then includes that collection).
 */
function stepTimer(io: CliIO): { step(s: string): void } {
  if (!process.env.CAPAIAN_TIMING) return { step: () => undefined };
  const collect = process.env.CAPAIAN_TIMING === "live" ? (globalThis as { gc?: () => void }).gc : undefined;
  let last: { name: string; at: number } | null = null;
  return {
    step(name) {
      collect?.();
      const now = Date.now();
      const heapMb = Math.round(process.memoryUsage().heapUsed / 1e6);
      if (last) io.err(`waktu ${last.name}: ${now - last.at} ms · heap ${heapMb} MB`);
      last = { name, at: now };
    },
  };
}

/**
 * The outcome without its write plan: the plan has been written, and on a large workbook it is a
 * few hundred megabytes that would otherwise stay alive while the report is built and saved.
 */
function withoutPlan(outcome: RunOutcome): RunOutcome | Omit<Extract<RunOutcome, { ok: true }>, "plan"> {
  if (!outcome.ok) return outcome;
  const { plan: _written, ...rest } = outcome;
  return rest;
}

interface FileTargets {
  output: string;
  json: string | null;
  /** Bab III as .docx, or null */
  docx: string | null;
}

/** Writes `data` to `target`, making its folder first; a report object goes as indented JSON, piece by piece. */
async function writeOutput(target: string, data: Uint8Array | CapaianReport): Promise<void> {
  await mkdir(path.dirname(path.resolve(target)), { recursive: true });
  if (data instanceof Uint8Array) await writeFile(target, data);
  else await writeJsonFile(target, data);
}

/** The copy, the report and the .docx, each to its target, once everything they hold is made. */
async function saveAll(
  targets: FileTargets,
  workbook: Uint8Array,
  report: CapaianReport,
  docx: Uint8Array | null,
): Promise<void> {
  await writeOutput(targets.output, workbook);
  if (targets.json) await writeOutput(targets.json, report);
  if (targets.docx && docx) await writeOutput(targets.docx, docx);
}

/** One workbook, start to end. Writes the copy and the report only once everything succeeded. */
async function processFile(
  file: string,
  targets: FileTargets,
  settings: SettingsInput,
  b: Bahasa,
  io: CliIO,
  polaritas: PolaritasEntries | null = null,
): Promise<FileSummary> {
  const name = path.basename(file);
  if (!WORKBOOK_EXT.test(file)) throw new BadInput(msg("notXlsx", b, { berkas: name }));
  const targetsInput = [targets.output, targets.json].some(
    (t) => t !== null && path.resolve(t) === path.resolve(file),
  );
  if (targetsInput) throw new BadInput(msg("outputIsInput", b, { berkas: name }));
  const input = await readFile(file);
  let written: Buffer | null = null;
  const gateway = createXlsxGateway({
    input,
    bahasa: b,
    onOutput: (buffer) => {
      written = buffer;
    },
  });
  const bar = progressBar(io, b, file);
  const timing = stepTimer(io);
  try {
    timing.step("muat berkas");
    bar.step("baca");
    // Not kept: the run drops the snapshot once its plan exists (hundreds of MB on a large workbook).
    if (isEmptySnapshot(await gateway.read())) throw new BadInput(msg("emptyWorkbook", b, { berkas: name }));
    const outcome = withoutPlan(
      await runCapaian(gateway, {
        settings,
        ...(polaritas
          ? { settingsAfterRead: (read: ReadResult) => polaritasFor(polaritas, read, name, b) }
          : {}),
        onProgress: (s) => {
          timing.step(s);
          bar.step(s);
        },
      }),
    );
    timing.step("laporan");
    if (!outcome.ok) {
      const pesan = refusalSentence(outcome.refusals, outcome.read?.takTerbaca ?? [], b);
      throw new BadInput(msg("fileProblem", b, { berkas: name, pesan }));
    }
    if (written === null) throw new Error("the pipeline finished without writing a workbook");
    // made before anything is written: a failure leaves no half set of outputs
    const docx = targets.docx ? await babTigaBytes(outcome, name) : null;
    // Built to the report's schema by type; the report tests check it against the schema itself,
    // so it is not parsed again here (a second copy of 100,000 rows).
    const report = buildReport({
      berkas: name,
      read: outcome.read,
      result: outcome.result,
      tables: outcome.tables,
      dilewati: outcome.tabelDilewati,
      grafikDilewati: outcome.grafikDilewati,
      bahasa: b,
    });
    timing.step("simpan");
    await saveAll(targets, written, report, docx);
    timing.step("selesai");
    return {
      berkas: name,
      output: targets.output,
      json: targets.json,
      report,
      tableKinds: outcome.read.tables.map((t) => ({ sheet: t.sheet, kind: t.kind })),
      skalaNama: outcome.result.skala.nama,
      skipped: outcome.report?.skipped ?? [],
    };
  } catch (e) {
    if (isXlsxInputError(e)) throw new BadInput(msg("fileProblem", b, { berkas: name, pesan: e.pesan[b] }));
    throw e;
  } finally {
    bar.done();
  }
}

async function xlsxFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter(
      (e) =>
        e.isFile() &&
        WORKBOOK_EXT.test(e.name) &&
        !/\.capaian\.xls[xm]$/i.test(e.name) &&
        !e.name.startsWith("~$"),
    )
    .map((e) => path.join(dir, e.name))
    .sort((a, b) => a.localeCompare(b));
}

/** Returns the exit code: 0 ran, 2 bad input, 1 internal error. */
export async function hitung(args: HitungArgs, io: CliIO): Promise<number> {
  const b = args.bahasa;
  const settings = await settingsOf(args);
  const polaritas = await polaritasOf(args);
  const kind = await exists(args.input);
  if (kind === null) throw new BadInput(msg("notFound", b, { berkas: args.input }));

  if (kind === "file") {
    const keluar = args.keluar;
    const output =
      keluar === undefined
        ? path.join(path.dirname(args.input), outputName(args.input))
        : WORKBOOK_EXT.test(keluar)
          ? keluar
          : path.join(keluar, outputName(args.input));
    const summary = await processFile(
      args.input,
      { output, json: args.json ?? null, docx: docxTarget(args.docx, args.input) },
      settings,
      b,
      io,
      polaritas,
    );
    for (const line of summaryLines(summary, b)) io.out(line);
    const docx = docxTarget(args.docx, args.input);
    if (docx) io.out(`  ${WORDS[b].babTiga}: ${docx}`);
    return 0;
  }

  if (args.keluar !== undefined && WORKBOOK_EXT.test(args.keluar))
    throw new BadInput(msg("keluarFileForFolder", b));
  if (args.json !== undefined && /\.json$/i.test(args.json)) throw new BadInput(msg("jsonFileForFolder", b));
  if (args.docx !== undefined && DOCX_EXT.test(args.docx)) throw new BadInput(msg("docxFileForFolder", b));
  const files = await xlsxFilesIn(args.input);
  if (files.length === 0) throw new BadInput(msg("emptyFolder", b, { berkas: args.input }));
  let code = 0;
  for (const file of files) {
    const output = path.join(args.keluar ?? path.dirname(file), outputName(file));
    const json = args.json !== undefined ? path.join(args.json, jsonName(file)) : null;
    try {
      const docx = docxTarget(args.docx, file);
      const summary = await processFile(file, { output, json, docx }, settings, b, io, polaritas);
      for (const line of summaryLines(summary, b)) io.out(line);
      if (docx) io.out(`  ${WORDS[b].babTiga}: ${docx}`);
      io.out(folderLine({ ok: true, summary }, b));
    } catch (e) {
      if (e instanceof BadInput) {
        io.err(folderLine({ ok: false, berkas: path.basename(file), message: e.message }, b));
        code = Math.max(code, 2);
      } else {
        const pesan = e instanceof Error ? e.message : String(e);
        io.err(
          folderLine({ ok: false, berkas: path.basename(file), message: msg("internal", b, { pesan }) }, b),
        );
        code = 1;
      }
    }
  }
  return code === 2 || code === 0 ? code : 1;
}
