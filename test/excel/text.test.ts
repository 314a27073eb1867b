import fc from "fast-check";
import { emptyPlan, type WritePlan } from "../../src/engine/plan";
import { needsTextFormat } from "../../src/excel/text";
import { ExcelApplyError } from "../../src/excel/errors";
import { createFakeExcel } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";

function planOf(texts: string[]): WritePlan {
  const plan = emptyPlan();
  plan.ranges.push({ sheet: "Sheet1", address: `A1:A${texts.length}`, values: texts.map((t) => [t]) });
  return plan;
}

describe("a string in a plan is always literal text", () => {
  test.each([
    ["=cmd|' /C calc'!A0", true],
    ["+62 812 3456", true],
    ["-", true],
    ["@SUM(A1)", true],
    ["007", true],
    ["76,5 %", true],
    ["1.361", true],
    ["Rp 23.539.763.503", true],
    ["TRUE", true],
    ["12/31/2024", true],
    ["31 Desember 2024", true],
    ["Jan-24", true],
    ["08:30", true],
    ["(1.500)", true],
    ["Sangat Baik", false],
    ["Persentase PMKS yang tertangani", false],
    ["Tabel 3.1", false],
    ["BB", false],
    ["", false],
  ])("needsTextFormat(%j) = %s", (text, expected) => {
    expect(needsTextFormat(text)).toBe(expected);
  });

  test("whatever the string, the workbook holds exactly that string afterwards", async () => {
    const tricky = fc.oneof(
      fc.string(),
      fc.constantFrom("=", "+", "-", "@").chain((p) => fc.string().map((s) => p + s)),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.integer().map((n) => `${n}%`),
      fc.constantFrom("TRUE", "false", " 12 ", ".5", "5.", "1e5", "-0"),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(tricky, { minLength: 1, maxLength: 12 }), async (texts) => {
        const fake = createFakeExcel();
        const gateway = createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
        await gateway.apply(planOf(texts));
        const sheet = (await gateway.read()).sheets[0]!;
        texts.forEach((t, row) => {
          const v = sheet.values[row - sheet.origin.row]?.[0 - sheet.origin.col] ?? "";
          expect(v).toBe(t);
          expect(sheet.formulas?.[row - sheet.origin.row]?.[0 - sheet.origin.col] ?? "").toBe("");
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe("plans Excel would reject halfway are refused before any request", () => {
  const cases: [string, (p: WritePlan) => void][] = [
    [
      "a sheet name longer than 31 characters",
      (p) => p.sheets.push({ name: "Tabel 3.2 Perbandingan Realisasi Tahunan", create: true, clear: false }),
    ],
    [
      "a sheet name with a slash",
      (p) => p.sheets.push({ name: "Tabel 3.2/2024", create: true, clear: false }),
    ],
    ["a name that looks like a cell", (p) => p.names.push({ name: "CK1", sheet: "Sheet1", address: "A1" })],
    [
      "a value that is not a finite number",
      (p) => p.ranges.push({ sheet: "Sheet1", address: "A1", values: [[Number.NaN]] }),
    ],
    [
      "values that do not fit the address",
      (p) => p.ranges.push({ sheet: "Sheet1", address: "A1:B1", values: [[1]] }),
    ],
    ["an address that is not A1", (p) => p.merges.push({ sheet: "Sheet1", address: "A1..B2" })],
  ];
  test.each(cases)("%s", async (_label, change) => {
    const fake = createFakeExcel();
    const gateway = createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
    const plan = emptyPlan();
    change(plan);
    const error = await gateway.apply(plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelApplyError);
    expect(error).toMatchObject({ kode: "RENCANA_TIDAK_VALID" });
    expect(fake.stats.syncs).toBe(0);
  });
});

describe("text longer than a cell holds", () => {
  test("is cut to 32,767 characters, as the package writer does, with one sentence naming the cells", async () => {
    const fake = createFakeExcel();
    const gateway = createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
    const plan = emptyPlan();
    const long = `=${"y".repeat(40_000)}`;
    plan.ranges.push(
      {
        sheet: "Sheet1",
        address: "B2:C3",
        values: [
          ["pendek", long],
          ["x".repeat(32_767), "z".repeat(32_768)],
        ],
      },
      { sheet: "Sheet1", address: "E5", values: [["w".repeat(50_000)]] },
    );
    const report = await gateway.apply(plan);
    expect(report.skipped).toEqual([
      {
        id: "3 teks dipotong ke 32767 karakter (batas sel Excel): Sheet1!C2, Sheet1!C3, Sheet1!E5.",
        en: "3 texts were cut to 32767 characters (Excel's cell limit): Sheet1!C2, Sheet1!C3, Sheet1!E5.",
      },
    ]);
    expect(report.cellsWritten).toBe(5);
    expect(fake.cell("Sheet1", "B2").value).toBe("pendek");
    // still literal text, not a formula, once cut
    expect(fake.cell("Sheet1", "C2").value).toBe(long.slice(0, 32_767));
    expect(fake.cell("Sheet1", "C2").formula ?? "").not.toMatch(/^=y/);
    expect(fake.cell("Sheet1", "B3").value).toBe("x".repeat(32_767));
    expect(fake.cell("Sheet1", "C3").value).toBe("z".repeat(32_767));
    expect(fake.cell("Sheet1", "E5").value).toBe("w".repeat(32_767));
    // the plan itself is left as it was
    expect((plan.ranges[0]!.values![1]![1] as string).length).toBe(32_768);
  });

  test("many cut cells are counted, the first five named", async () => {
    const fake = createFakeExcel();
    const gateway = createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
    const plan = emptyPlan();
    plan.ranges.push({
      sheet: "Tabel 3.1",
      address: "A1:A8",
      values: Array.from({ length: 8 }, () => ["v".repeat(33_000)]),
    });
    plan.sheets.push({ name: "Tabel 3.1", create: true, clear: false });
    const report = await gateway.apply(plan);
    expect(report.skipped).toHaveLength(1);
    expect(report.skipped[0]!.id).toBe(
      "8 teks dipotong ke 32767 karakter (batas sel Excel): 'Tabel 3.1'!A1, 'Tabel 3.1'!A2, 'Tabel 3.1'!A3, 'Tabel 3.1'!A4, 'Tabel 3.1'!A5 dan 3 sel lain.",
    );
    expect(report.skipped[0]!.en).toMatch(/^8 texts were cut .* and 3 more cells\.$/);
    expect(fake.cell("Tabel 3.1", "A8").value).toBe("v".repeat(32_767));
  });
});
