/**
 * Syncs and request bytes of the FULL pipeline (npx tsx scripts/bench/pipeline.ts): read, map,
 * compute, the Capaian/Predikat columns with their formatting and all six Tabel 3.x, through the
 * Excel gateway on the strict fake, for a realisasi sheet of 100 / 1,000 / 10,000 indicators.
 */
import { fakeWorkbookFromSnapshot, REQUEST_LIMIT_BYTES } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { runCapaian } from "../../src/pipeline/run";
import { realisasiWorkbook } from "../../test/reliability/simple";

const SIZES = [100, 1000, 10000];

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(2);
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

async function main(): Promise<void> {
  const lines = [
    "| indicators | tables | cells written | syncs (read + look-up + write) | write syncs | request bytes per sync | total MB | ms |",
    "|---:|---:|---:|---:|---:|---|---:|---:|",
  ];
  for (const rows of SIZES) {
    const r = await pipelineSyncs(rows);
    const total = r.requestBytes.reduce((a, b) => a + b, 0);
    lines.push(
      `| ${rows} | ${r.tables} | ${r.cellsWritten} | ${r.syncs} | ${r.writeSyncs} | ${r.requestBytes.join(" / ")} | ${mb(total)} | ${r.ms} |`,
    );
  }
  lines.push(
    "",
    `Request limit: ${mb(REQUEST_LIMIT_BYTES)} MB (Excel on the web). Times are the fake's, not Excel's.`,
  );
  console.log(lines.join("\n"));
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
