/**
 * Strings Excel would not keep as typed. The fake coerces them as Excel (en-US) does when a cell
 * is not formatted as text; the gateway writes them with the text format "@" first, in the same
 * request, so each is kept exactly — on the fake and through Microsoft's Office.js (the recorder).
 */
import { emptyPlan } from "../../src/engine/plan";
import { createFakeExcel } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { needsTextFormat } from "../../src/excel/text";
import { createOfficeRecorder } from "../helpers/officeRecorder";

/** What a General cell holds after each string is written into it raw. */
const COERCED: [string, unknown, Partial<{ numberFormat: string; error: true; formula: string }>][] = [
  ["1 1/2", 1.5, { numberFormat: "# ?/?" }],
  ["#N/A", "#N/A", { error: true }],
  ["3/5/2024", 45356, { numberFormat: "m/d/yyyy" }],
  ["'007", "007", {}],
  ["1e5", 100000, {}],
  ["TRUE", true, {}],
  [" 12", 12, {}],
  ["12%", 0.12, { numberFormat: "0%" }],
  ["1,000", 1000, { numberFormat: "#,##0" }],
  ["(1.5)", -1.5, {}],
  ["=SUM(A1)", "#NAME?", { formula: "=SUM(A1)" }],
];

describe("the fake coerces what Excel coerces in a General cell", () => {
  test.each(COERCED)("%j", async (input, value, extra) => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[input]];
      await context.sync();
    });
    const cell = fake.cell("Sheet1", "A1");
    expect(cell.value).toBe(value);
    expect(cell).toMatchObject(extra);
  });

  test("a text cell keeps the input as typed, an apostrophe included", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.numberFormat = [["@", "@"]];
      range.values = [["'007", "#N/A"]];
      await context.sync();
    });
    expect(fake.cell("Sheet1", "A1")).toMatchObject({ value: "'007", numberFormat: "@" });
    expect(fake.cell("Sheet1", "B1").error).toBeUndefined();
  });
});

describe("the gateway writes each such string as text", () => {
  const texts = COERCED.map(([s]) => s);

  test.each(texts)("needsTextFormat(%j)", (s) => expect(needsTextFormat(s)).toBe(true));

  function plan() {
    const p = emptyPlan();
    p.ranges.push({ sheet: "Sheet1", address: `A1:A${texts.length}`, values: texts.map((t) => [t]) });
    return p;
  }

  test.each([
    ["the strict fake", false],
    ["Office.js (recorder)", true],
  ])("%s: every string is kept exactly, as text", async (_name, viaRecorder) => {
    const fake = createFakeExcel();
    const recorder = createOfficeRecorder(fake, { keepBodies: true });
    const gateway = viaRecorder
      ? createExcelGateway(recorder.run, { isSetSupported: recorder.isSetSupported })
      : createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
    await gateway.apply(plan());
    texts.forEach((t, i) => {
      const cell = fake.cell("Sheet1", `A${i + 1}`);
      expect({ t, value: cell.value, error: cell.error, formula: cell.formula }).toEqual({
        t,
        value: t,
        error: undefined,
        formula: undefined,
      });
      expect(cell.numberFormat).toBe("@");
    });
    if (viaRecorder) {
      // In the request Office.js sends, the number format comes before the values.
      const write = recorder.bodies[recorder.bodies.length - 1]!;
      const names = write.Actions.map((a) => a.Name);
      expect(names.indexOf("NumberFormat")).toBeGreaterThanOrEqual(0);
      expect(names.indexOf("NumberFormat")).toBeLessThan(names.indexOf("Values"));
    }
  });
});
