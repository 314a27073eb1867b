/**
 * Issue 8, property 2 — only declared cells change: after a full runCapaian on a generated
 * agency-like workbook, every cell outside the plan's declared outputs is identical, on the strict
 * Excel fake and on .xlsx; a second run changes nothing; after the user edits one realisasi value,
 * a run changes only that row on the user's sheets and that indicator's result.
 */
import fc from "fast-check";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { runCapaian } from "../../src/pipeline/run";
import { compareOutside, declaredOutputs } from "./compare";
import { agencyWorkbook } from "./generate";
import { checkOnExcel, checkOnFile, excelGateway, newTally } from "./suite";

const RUNS = Number(process.env.RELIABILITY_RUNS ?? 15);

describe("only declared cells change", () => {
  test(`on the strict Excel fake (${RUNS} workbooks)`, async () => {
    const tally = newTally();
    await fc.assert(
      fc.asyncProperty(agencyWorkbook, fc.nat(), async (wb, pick) => {
        tally.workbooks++;
        const failures = await checkOnExcel(wb, pick, tally);
        expect({ workbook: wb.label, failures }).toEqual({ workbook: wb.label, failures: [] });
      }),
      { numRuns: RUNS },
    );
    expect(tally.crashes).toBe(0);
    // The runs really wrote: cells were compared and most workbooks computed.
    expect(tally.cellsCompared).toBeGreaterThan(RUNS * 50);
    expect(tally.refusals).toBeLessThan(tally.runs);
    if (process.env.RELIABILITY_VERBOSE) console.log(JSON.stringify(tally));
  }, 120_000);

  test(`on .xlsx files (${RUNS} workbooks)`, async () => {
    const tally = newTally();
    await fc.assert(
      fc.asyncProperty(agencyWorkbook, fc.nat(), async (wb, pick) => {
        tally.workbooks++;
        const failures = await checkOnFile(wb, pick, tally);
        expect({ workbook: wb.label, failures }).toEqual({ workbook: wb.label, failures: [] });
      }),
      { numRuns: RUNS },
    );
    expect(tally.crashes).toBe(0);
    expect(tally.cellsCompared).toBeGreaterThan(RUNS * 50);
    expect(tally.preserved.worksheets).toBeGreaterThan(0);
    if (process.env.RELIABILITY_VERBOSE) console.log(JSON.stringify(tally));
  }, 120_000);
});

test("the comparison sees a change outside the plan (the property can fail)", async () => {
  const [wb] = fc.sample(agencyWorkbook, { numRuns: 1, seed: 8 });
  const fake = fakeWorkbookFromSnapshot(wb!.snapshot);
  const before = fake.toSnapshot();
  const outcome = await runCapaian(excelGateway(fake));
  expect(outcome.ok).toBe(true);
  if (!outcome.ok) return;
  const after = fake.toSnapshot();
  expect(compareOutside(before, after, declaredOutputs(outcome.plan)).differences).toEqual([]);
  // Without the plan's ranges, the written Capaian/Predikat cells count as unexpected changes.
  const noRanges = declaredOutputs({ ...outcome.plan, ranges: [] });
  expect(compareOutside(before, after, noRanges).differences.length).toBeGreaterThan(0);
});
