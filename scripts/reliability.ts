/**
 * `npm run reliability`: the checks of test/reliability at a larger size, with a summary —
 * workbooks generated, cells compared, runs, refusals, crashes (must be 0), original parts kept
 * byte-identical per kind — and the peak memory of a 100,000-row sheet through the command line.
 *
 * RELIABILITY_WORKBOOKS (default 80) sets how many agency-like and hostile workbooks are generated;
 * RELIABILITY_SEED fixes the random choices; RELIABILITY_RSS_ROWS (default 100000) the memory run.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { fakeWorkbookFromSnapshot } from "../src/excel/fake";
import { runCapaian } from "../src/pipeline/run";
import { createXlsxGateway } from "../src/xlsx/gateway";
import type { PartKind } from "../src/xlsx/ooxml";
import { generate } from "./bench/file";
import { snapshotToXlsx } from "../test/fixtures/layouts";
import { agencyWorkbook } from "../test/reliability/generate";
import { hostileWorkbook } from "../test/reliability/hostile";
import { CASES } from "../test/reliability/refusals";
import {
  checkOnExcel,
  checkOnFile,
  excelGateway,
  guardedRun,
  newTally,
  type Tally,
} from "../test/reliability/suite";

const N = Number(process.env.RELIABILITY_WORKBOOKS ?? 80);
const SEED = Number(process.env.RELIABILITY_SEED ?? Date.now() % 2 ** 31);
const RSS_ROWS = Number(process.env.RELIABILITY_RSS_ROWS ?? 100_000);
const ROOT = path.resolve(__dirname, "..");

function addPreserved(tally: Tally, preserved: Partial<Record<PartKind, number>>): void {
  for (const [k, n] of Object.entries(preserved))
    tally.preserved[k as PartKind] = (tally.preserved[k as PartKind] ?? 0) + n;
}

async function agencyRuns(tally: Tally, failures: string[]): Promise<void> {
  const books = fc.sample(fc.tuple(agencyWorkbook, fc.nat()), { numRuns: N, seed: SEED });
  for (const [wb, pick] of books) {
    tally.workbooks++;
    for (const f of [...(await checkOnExcel(wb, pick, tally)), ...(await checkOnFile(wb, pick, tally))])
      failures.push(`${wb.label}: ${f}`);
  }
}

async function hostileRuns(tally: Tally, failures: string[]): Promise<void> {
  const books = fc.sample(hostileWorkbook, { numRuns: N, seed: SEED + 1 });
  for (const wb of books) {
    tally.workbooks++;
    const fake = fakeWorkbookFromSnapshot(wb);
    const onExcel = await guardedRun(() => runCapaian(excelGateway(fake)), tally);
    if (!onExcel.ok) failures.push(`hostile (Excel): ${onExcel.error}`);
    const gateway = createXlsxGateway({
      input: await snapshotToXlsx(wb),
      onOutput: () => undefined,
      onPreserved: (p) => addPreserved(tally, p),
    });
    const onFile = await guardedRun(() => runCapaian(gateway), tally);
    if (!onFile.ok) failures.push(`hostile (file): ${onFile.error}`);
  }
}

/** The real-world fixtures with a chart, pivot table, image, note, validation and macros. */
async function fixtureRuns(tally: Tally, failures: string[]): Promise<void> {
  for (const file of ["realisasi-2024.xlsx", "realisasi-2024.xlsm", "realisasi-2024-lo.xlsx"]) {
    tally.workbooks++;
    const input = readFileSync(path.join(ROOT, "test/fixtures/ooxml", file));
    const gateway = createXlsxGateway({
      input,
      onOutput: () => undefined,
      onPreserved: (p) => addPreserved(tally, p),
    });
    const run = await guardedRun(() => runCapaian(gateway), tally);
    if (!run.ok) failures.push(`${file}: ${run.error}`);
  }
}

/** Workbooks the run must refuse: a refusal each, no write sync, no copy written. */
async function refusalRuns(tally: Tally, failures: string[]): Promise<void> {
  for (const c of CASES) {
    tally.workbooks++;
    const fake = fakeWorkbookFromSnapshot(await c.snapshot());
    const before = fake.dump();
    const run = await guardedRun(() => runCapaian(excelGateway(fake)), tally);
    if (!run.ok || run.outcome.ok || fake.stats.writeSyncs > 0 || fake.dump() !== before)
      failures.push(`${c.name} (Excel): not refused before writing`);
    let written = false;
    const input = c.file ? await c.file() : await snapshotToXlsx(await c.snapshot());
    const gateway = createXlsxGateway({ input, onOutput: () => void (written = true) });
    const onFile = await guardedRun(() => runCapaian(gateway), tally);
    if (!onFile.ok || onFile.outcome.ok || written)
      failures.push(`${c.name} (file): not refused before writing`);
  }
}

/** Peak RSS of `capaian hitung` on a generated workbook of `rows` indicator rows. */
async function peakRss(
  rows: number,
): Promise<{ mb: number; seconds: number; code: number | null; inputMb: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "capaian-rss-"));
  try {
    const file = path.join(dir, `besar-${rows}.xlsx`);
    await generate(file, rows);
    const rssFile = path.join(dir, "rss");
    const started = Date.now();
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin/capaian.cjs"), "hitung", file, "--keluar", dir],
      {
        encoding: "utf8",
        env: {
          ...process.env,
          CAPAIAN_RSS_FILE: rssFile,
          NODE_OPTIONS:
            `${process.env.NODE_OPTIONS ?? ""} --require ${path.join(__dirname, "bench/rss-probe.cjs")}`.trim(),
        },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (r.status !== 0) process.stdout.write(r.stderr);
    return {
      mb: Number(readFileSync(rssFile, "utf8")) / 1024,
      seconds: (Date.now() - started) / 1000,
      code: r.status,
      inputMb: statSync(file).size / 1024 / 1024,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const tally = newTally();
  const failures: string[] = [];
  const started = Date.now();
  await agencyRuns(tally, failures);
  await hostileRuns(tally, failures);
  await fixtureRuns(tally, failures);
  await refusalRuns(tally, failures);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const kinds = Object.entries(tally.preserved)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
  const lines = [
    `Reliability (seed ${SEED}, ${N} agency-like + ${N} hostile workbooks + 3 fixtures + ${CASES.length} refusal cases, ${seconds} s)`,
    `  workbooks generated   ${tally.workbooks}`,
    `  cells compared        ${tally.cellsCompared}`,
    `  runs                  ${tally.runs}`,
    `  refusals              ${tally.refusals}`,
    `  crashes               ${tally.crashes}`,
    `  broken promises       ${failures.length}`,
    `  parts kept identical  ${kinds}`,
  ];
  console.log(lines.join("\n"));
  for (const f of failures.slice(0, 20)) console.log(`  ✗ ${f}`);
  const rss = await peakRss(RSS_ROWS);
  console.log(
    `  peak RSS              ${rss.mb.toFixed(0)} MB for ${RSS_ROWS} indicator rows through \`capaian hitung\` (${rss.inputMb.toFixed(1)} MB file, ${rss.seconds.toFixed(1)} s, exit ${rss.code})`,
  );
  if (tally.crashes > 0 || failures.length > 0 || rss.code !== 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
