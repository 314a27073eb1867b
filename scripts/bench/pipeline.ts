/**
 * Syncs and request bytes of the FULL pipeline (npm run bench:pipeline): read, map, compute, the
 * Capaian/Predikat columns with their formatting and all six Tabel 3.x, through the Excel gateway,
 * for a realisasi sheet of 100 / 1,000 / 10,000 indicators (sizes can be given: `-- 100 5000`).
 *
 * The request figures come from Microsoft's Office.js (test/helpers/officeRecorder.ts: the Excel on
 * the web library under jsdom, its requests recorded, answered from the strict fake); beside them
 * the strict fake's own count of its own run.
 */
import { fakeWorkbookFromSnapshot, REQUEST_LIMIT_BYTES } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { runCapaian } from "../../src/pipeline/run";
import { recordedRun } from "../../test/helpers/recordedPipeline";
import { realisasiWorkbook } from "../../test/reliability/simple";

const SIZES = [100, 1000, 10000];
const WRITE_LIMIT = 4_750_000;

function mb(bytes: number): string {
  return (bytes / 1_000_000).toFixed(2);
}

export async function pipelineSyncs(rows: number) {
  const fake = fakeWorkbookFromSnapshot(realisasiWorkbook(rows));
  const gateway = createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
  const started = performance.now();
  const outcome = await runCapaian(gateway);
  const ms = Math.round(performance.now() - started);
  const { syncs, writeSyncs, requestBytes } = fake.stats;
  return {
    rows,
    ok: outcome.ok,
    tables: outcome.ok ? outcome.tables.length : 0,
    cellsWritten: outcome.ok ? (outcome.report?.cellsWritten ?? 0) : 0,
    syncs,
    writeSyncs,
    requestBytes,
    ms,
  };
}

async function officeFigures(rows: number) {
  const run = await recordedRun(rows, { readThroughRecorder: true });
  const all = [...run.read, ...run.apply];
  return {
    ok: run.ok,
    syncs: all.length,
    writeSyncs: all.filter((r) => r.write).length,
    largest: Math.max(...all.map((r) => r.bytes)),
    total: all.reduce((n, r) => n + r.bytes, 0),
    written: all.filter((r) => r.write).reduce((n, r) => n + r.bytes, 0),
    perSync: all.map((r) => r.bytes),
  };
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const lines = [
    "| indicators | Office.js syncs (write) | Office.js largest request | Office.js total / written MB | fake syncs (write) | fake largest | fake total MB | Office.js bytes per sync |",
    "|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const rows of sizes.length ? sizes : SIZES) {
    const o = await officeFigures(rows);
    const f = await pipelineSyncs(rows);
    const fakeTotal = f.requestBytes.reduce((a, b) => a + b, 0);
    lines.push(
      `| ${rows}${o.ok && f.ok ? "" : " (failed)"} | ${o.syncs} (${o.writeSyncs}) | ${o.largest}${o.largest > WRITE_LIMIT ? " ⚠" : ""} | ${mb(o.total)} / ${mb(o.written)} | ${f.syncs} (${f.writeSyncs}) | ${Math.max(...f.requestBytes)} | ${mb(fakeTotal)} | ${o.perSync.join(" / ")} |`,
    );
  }
  lines.push(
    "",
    `MB = 1,000,000 bytes. Request limit: ${REQUEST_LIMIT_BYTES} bytes (Excel on the web); a write request is kept to ${WRITE_LIMIT}.`,
    "Office.js figures are the bodies Microsoft's library builds (no network); times are not measured.",
  );
  console.log(lines.join("\n"));
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
