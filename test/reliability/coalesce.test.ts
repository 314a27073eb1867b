/** The Excel adapter's coalescing of row writes: the same workbook, far fewer commands. */
import { emptyPlan, type RangeWrite, type WritePlan } from "../../src/engine/plan";
import { coalesceRanges } from "../../src/excel/coalesce";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { excelGateway } from "./suite";
import { realisasiWorkbook } from "./simple";

function tablePlan(rows: number): WritePlan {
  const plan = emptyPlan();
  plan.sheets.push({ name: "Tabel", create: true, clear: false });
  for (let r = 0; r < rows; r++) {
    const heading = r % 7 === 0;
    plan.ranges.push(
      {
        sheet: "Tabel",
        address: `A${r + 2}`,
        values: [[r + 1]],
        style: { border: "thin", hAlign: "center" },
      },
      {
        sheet: "Tabel",
        address: `B${r + 2}:C${r + 2}`,
        values: [[heading ? "Sasaran" : `=cmd ${r}`, r * 1.5]],
        style: heading ? { bold: true } : { border: "thin" },
        numberFormats: [["@", "0.00"]],
      },
    );
  }
  plan.ranges.push({
    sheet: "Tabel",
    address: "A1:C1",
    values: [["No", "Indikator", "Capaian"]],
    style: { bold: true },
  });
  return plan;
}

async function applied(plan: WritePlan): Promise<string> {
  const fake = fakeWorkbookFromSnapshot(realisasiWorkbook(3));
  await excelGateway(fake).apply(plan);
  return fake.dump();
}

test("row writes of one style become one block per run of rows, and the workbook is the same", async () => {
  const plan = tablePlan(200);
  const merged = coalesceRanges(plan.ranges);
  expect(merged.length).toBeLessThan(plan.ranges.length / 5);
  expect(merged).toContainEqual(expect.objectContaining({ address: "A2:A201" }));
  // Without `fresh` sheets no block leaves a cell out, so the coalesced writes are plan writes.
  const byHand: WritePlan = { ...plan, ranges: merged as RangeWrite[] };
  expect(await applied(plan)).toBe(await applied(byHand));
  // Every value is still written once.
  const count = (ranges: { values?: unknown[][] }[]) =>
    ranges.reduce((n, r) => n + (r.values?.flat().length ?? 0), 0);
  expect(count(merged)).toBe(count(plan.ranges));
});

test("writes that overlap on a sheet keep their order and shape", () => {
  const ranges: RangeWrite[] = [
    { sheet: "S", address: "A1", values: [[1]] },
    { sheet: "S", address: "A2", values: [[2]] },
    { sheet: "S", address: "A1:A2", style: { bold: true } },
    { sheet: "S", address: "A3", values: [[3]] },
  ];
  expect(coalesceRanges(ranges)).toEqual(ranges);
});
