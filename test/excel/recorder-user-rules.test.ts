/**
 * Conditional formats: the gateway takes away only rules the add-in wrote (on a range it recorded),
 * never the user's own rule on a column it fills, on the strict fake and through Microsoft's
 * Office.js (the recorder).
 */
import { emptyPlan, type WritePlan } from "../../src/engine/plan";
import { createFakeExcel, type FakeExcel } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { createOfficeRecorder } from "../helpers/officeRecorder";

/** The user's own rule: the whole of G1:G50 red below zero. */
async function withUserRule(): Promise<FakeExcel> {
  const fake = createFakeExcel();
  await fake.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("G1:G50");
    const cf = range.conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
    cf.cellValue.format.fill.color = "#FF0000";
    cf.cellValue.rule = { formula1: "=0", operator: "LessThan" };
    await context.sync();
  });
  return fake;
}

function plan(fill: string): WritePlan {
  const p = emptyPlan();
  p.conditionalFormats.push({
    sheet: "Sheet1",
    address: "G2:G10",
    rules: [{ type: "cellValue", operator: "greaterThan", formula1: "100", fill, fontColor: "#000000" }],
  });
  return p;
}

describe.each([
  [
    "the strict fake",
    (fake: FakeExcel) => createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported }),
  ],
  [
    "Office.js (recorder)",
    (fake: FakeExcel) => {
      const recorder = createOfficeRecorder(fake);
      return createExcelGateway(recorder.run, { isSetSupported: recorder.isSetSupported });
    },
  ],
])("%s", (_name, gatewayOf) => {
  test("the user's rule on the column stays; a rerun replaces only the add-in's rule", async () => {
    const fake = await withUserRule();
    await gatewayOf(fake).apply(plan("#C6EFCE"));
    await gatewayOf(fake).apply(plan("#FFEB9C"));
    const rules = fake.conditionalFormats("Sheet1");
    expect(rules.map((r) => r.address).sort()).toEqual(["G1:G50", "G2:G10"]);
    const ours = rules.find((r) => r.address === "G2:G10")!;
    expect(JSON.stringify(ours)).toContain("#FFEB9C");
    expect(JSON.stringify(ours)).not.toContain("#C6EFCE");
    expect(JSON.stringify(rules.find((r) => r.address === "G1:G50"))).toContain("#FF0000");
    expect(rules).toHaveLength(2);
  });

  test("a rule range with no rules left (a removal) takes the add-in's rule away, not the user's", async () => {
    const fake = await withUserRule();
    await gatewayOf(fake).apply(plan("#C6EFCE"));
    const removal = emptyPlan();
    removal.conditionalFormats.push({ sheet: "Sheet1", address: "G2:G10", rules: [] });
    await gatewayOf(fake).apply(removal);
    expect(fake.conditionalFormats("Sheet1").map((r) => r.address)).toEqual(["G1:G50"]);
  });
});
