/**
 * The full pipeline on a realisasi sheet of `rows` indicators, with the Excel gateway running on
 * Microsoft's Office.js through the recorder (officeRecorder.ts), beside the strict fake's own
 * count of the same plan applied directly.
 */
import type { WritePlan } from "../../src/engine/plan";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { runCapaian } from "../../src/pipeline/run";
import { realisasiWorkbook } from "../reliability/simple";
import { createOfficeRecorder, summarise, type RecordedRequest } from "./officeRecorder";

export interface RecordedRun {
  rows: number;
  ok: boolean;
  /** requests of gateway.read() (empty when the read went to the fake) */
  read: RecordedRequest[];
  /** requests of gateway.apply(): the look-up and the writes */
  apply: RecordedRequest[];
  /** the fake's request sizes for the same plan applied on the fake directly */
  fakeApply: number[];
  /** those of them that carry a change: the fake's look-up sync (the recorder's apply reuses the
   * read's look-up and has none) is left out, so writes are compared with writes */
  fakeWrites: number[];
  /** the workbook the recorder's run left (FakeExcel.dump) */
  dump: string;
  /** the workbook the same plan gives on the fake alone */
  fakeDump: string;
}

export async function recordedRun(rows: number, options: { readThroughRecorder?: boolean } = {}) {
  const fake = fakeWorkbookFromSnapshot(realisasiWorkbook(rows));
  const recorder = createOfficeRecorder(fake);
  const viaRecorder = createExcelGateway(recorder.run, { isSetSupported: recorder.isSetSupported });
  const viaFake = createExcelGateway(fake.run, { isSetSupported: recorder.isSetSupported });
  let plan: WritePlan | undefined;
  let applyFrom = 0;
  const outcome = await runCapaian({
    ...viaRecorder,
    read: options.readThroughRecorder ? viaRecorder.read : viaFake.read,
    apply(p) {
      plan = p;
      applyFrom = recorder.requests.length;
      return viaRecorder.apply(p);
    },
  });
  const direct = plan ? await applyOnFake(rows, plan, recorder.isSetSupported) : undefined;
  const run: RecordedRun = {
    rows,
    ok: outcome.ok,
    read: recorder.requests.slice(0, applyFrom),
    apply: recorder.requests.slice(applyFrom),
    fakeApply: direct?.stats.requestBytes ?? [],
    fakeWrites: (direct?.stats.writeAt ?? []).map((n) => direct!.stats.requestBytes[n - 1]!),
    dump: fake.dump(),
    fakeDump: direct?.dump() ?? "",
  };
  return run;
}

/** The same plan on a fresh copy of the workbook through the fake alone: its own byte count. */
async function applyOnFake(rows: number, plan: WritePlan, check: (n: string, v?: string) => boolean) {
  const fake = fakeWorkbookFromSnapshot(realisasiWorkbook(rows), {
    maxRequestBytes: Number.MAX_SAFE_INTEGER,
  });
  await createExcelGateway(fake.run, { isSetSupported: check }).apply(plan);
  return fake;
}

export function figures(run: RecordedRun) {
  const all = [...run.read, ...run.apply];
  const s = summarise(all);
  const writes = run.apply.filter((r) => r.write);
  return {
    rows: run.rows,
    syncs: s.syncs,
    writeSyncs: writes.length,
    largest: s.largest,
    total: s.total,
    written: writes.reduce((n, r) => n + r.bytes, 0),
    /** the largest write request, to compare with the fake's */
    largestWrite: Math.max(0, ...writes.map((r) => r.bytes)),
    fakeLargestWrite: Math.max(0, ...run.fakeWrites),
    fakeWritten: run.fakeWrites.reduce((a, b) => a + b, 0),
  };
}
