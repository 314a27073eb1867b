/**
 * `npm run reliability`: the checks of test/reliability at a larger size, with a summary —
 * workbooks generated, cells compared, runs, refusals, crashes (must be 0), original parts kept
 * byte-identical per kind — and the peak memory of a 100,000-row sheet through the file pipeline.
 *
 * RELIABILITY_WORKBOOKS (default 80) sets how many agency-like and hostile workbooks are generated;
 * RELIABILITY_SEED fixes the random choices; RELIABILITY_RSS_ROWS (default 100000) and
 * RELIABILITY_FULL_ROWS (default 100000, all six tables) size the memory runs.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { fakeWorkbookFromSnapshot } from "../src/excel/fake";
import { runCapaian } from "../src/pipeline/run";
import { createXlsxGateway } from "../src/xlsx/gateway";
import type { PartKind } from "../src/xlsx/ooxml";
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
/** The run with all six tables too: every row of a 100,000-row sheet through to the written file. */
const FULL_ROWS = Number(process.env.RELIABILITY_FULL_ROWS ?? 100_000);
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

interface RssRun {
  rows: number;
  tables: boolean;
  ok?: boolean;
  computed?: number;
  seconds?: number;
  peakRssMb?: number;
  /** set when the child did not finish (out of memory, time limit) */
  failed?: string;
}

/** The file pipeline on `rows` indicator rows in a child process, for its peak memory. */
function rssRun(rows: number, tables: boolean): RssRun {
  const r = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/tsx/dist/cli.mjs"),
      path.join(__dirname, "reliability-rss.ts"),
      String(rows),
      tables ? "all" : "none",
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60_000 },
  );
  const line = r.stdout.split("\n").find((l) => l.startsWith("{"));
  if (r.status === 0 && line) return JSON.parse(line) as RssRun;
  const why = /heap out of memory/.test(r.stderr)
    ? "out of memory"
    : r.error
      ? String(r.error.message)
      : `exit ${r.status}`;
  return { rows, tables, failed: why };
}

function rssLine(r: RssRun): string {
  const what = `${r.rows} rows, ${r.tables ? "all six tables" : "Capaian/Predikat columns only"}`;
  if (r.failed) return `  peak RSS              ${what}: did not finish (${r.failed})`;
  return `  peak RSS              ${r.peakRssMb} MB — ${what}, ${r.computed} computed, ${r.seconds?.toFixed(1)} s`;
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
  const rss = [rssRun(RSS_ROWS, false), rssRun(FULL_ROWS, true)];
  for (const r of rss) console.log(rssLine(r));
  if (tally.crashes > 0 || failures.length > 0 || rss.some((r) => r.failed)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
