/**
 * The coalesced write (one block per table body, one rectangle per style property, measured with
 * the recorder in recorder.test.ts) leaves the same workbook as the plan's writes applied one by one.
 */
import type { WritePlan } from "../../src/engine/plan";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { runCapaian } from "../../src/pipeline/run";
import { realisasiWorkbook } from "../reliability/simple";

/** The dump with object keys sorted: a border's edges may be listed in another order. */
function normal(dump: string): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(sort(JSON.parse(dump)));
}

test("a full run's plan gives the same workbook coalesced and write by write", async () => {
  const rows = 150;
  const whole = fakeWorkbookFromSnapshot(realisasiWorkbook(rows));
  const gateway = createExcelGateway(whole.run, { isSetSupported: whole.isSetSupported });
  let plan: WritePlan | undefined;
  const outcome = await runCapaian({
    ...gateway,
    apply(p) {
      plan = p;
      return gateway.apply(p);
    },
  });
  expect(outcome.ok).toBe(true);

  const byOne = fakeWorkbookFromSnapshot(realisasiWorkbook(rows));
  const one = createExcelGateway(byOne.run, { isSetSupported: byOne.isSetSupported });
  const none = { ranges: [], merges: [], conditionalFormats: [], notes: [], charts: [], names: [] };
  await one.apply({ ...plan!, ...none });
  // One write per apply: nothing to coalesce.
  for (const r of plan!.ranges) await one.apply({ ...plan!, ...none, sheets: [], removals: [], ranges: [r] });
  await one.apply({ ...plan!, sheets: [], removals: [], ranges: [] });
  expect(normal(byOne.dump())).toBe(normal(whole.dump()));
}, 60_000);

test("without ExcelApi 1.9 (no multi-area ranges) a plan gives the same workbook rectangle by rectangle", async () => {
  const rows = 150;
  const first = fakeWorkbookFromSnapshot(realisasiWorkbook(rows));
  const gateway = createExcelGateway(first.run, { isSetSupported: first.isSetSupported });
  let plan: WritePlan | undefined;
  await runCapaian({ ...gateway, apply: (p) => ((plan = p), gateway.apply(p)) });
  // a header that copies the user's format (Range.copyFrom, 1.9 too) falls back to its own style
  // without 1.9: compare the multi-area writes alone
  plan = { ...plan!, ranges: plan!.ranges.map(({ formatFrom: _f, ...r }) => r) };
  const apply = async (areas: boolean) => {
    const fake = fakeWorkbookFromSnapshot(realisasiWorkbook(rows));
    // only ExcelApi 1.9 (getRanges) missing: everything else as before
    const check = (name: string, version?: string) =>
      (areas || version !== "1.9") && fake.isSetSupported(name, version);
    await createExcelGateway(fake.run, { isSetSupported: check }).apply(plan!);
    return fake;
  };
  const [withAreas, without] = [await apply(true), await apply(false)];
  expect(normal(without.dump())).toBe(normal(withAreas.dump()));
  const sum = (f: { stats: { requestBytes: number[] } }) => f.stats.requestBytes.reduce((a, b) => a + b, 0);
  expect(sum(withAreas)).toBeLessThan(sum(without));
}, 60_000);
