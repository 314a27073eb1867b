/** Office.js: a plan sheet's print settings reach Worksheet.pageLayout (ExcelApi 1.9), its row heights the rows. */
import { emptyPlan, type WritePlan } from "../../src/engine/plan";
import { printSetup } from "../../src/engine/writeback/page-setup";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { seed000Workbook } from "../fixtures/excel/seed000";

function plan(kertas: "A4" | "F4"): WritePlan {
  const p = emptyPlan();
  p.sheets.push({
    name: "Tabel 3.1",
    create: true,
    clear: true,
    rowHeights: [{ row: 5, height: 48 }],
    pageSetup: printSetup(kertas, "A1:H30", { first: 2, last: 4 }),
  });
  p.ranges.push({ sheet: "Tabel 3.1", address: "A1", values: [["Tabel 3.1"]] });
  return p;
}

function setup(apiVersion?: string) {
  const fake = fakeWorkbookFromSnapshot(seed000Workbook(), apiVersion ? { apiVersion } : {});
  return { fake, gateway: createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported }) };
}

describe("page layout through Office.js", () => {
  test("A4 landscape, one page wide, print titles, print area, margins in points, row heights", async () => {
    const { fake, gateway } = setup();
    const report = await gateway.apply(plan("A4"));
    expect(report.skipped).toEqual([]);
    const sheet = fake.sheet("Tabel 3.1");
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      printTitleRows: "$3:$5",
      printArea: "A1:H30",
    });
    // 2 cm and 2.5 cm in points
    expect(sheet.pageLayout!.margins.leftMargin).toBeCloseTo(56.69, 2);
    expect(sheet.pageLayout!.margins.topMargin).toBeCloseTo(70.87, 2);
    expect(sheet.rowHeights?.get(5)).toBe(48);
  });

  test("F4 is Excel's Folio paper", async () => {
    const { fake, gateway } = setup();
    await gateway.apply(plan("F4"));
    expect(fake.sheet("Tabel 3.1").pageLayout?.paperSize).toBe("Folio");
  });

  test("an Excel without ExcelApi 1.9 writes the table and its row heights and says the print settings were left out", async () => {
    const { fake, gateway } = setup("1.8");
    const report = await gateway.apply(plan("A4"));
    expect(fake.sheet("Tabel 3.1").pageLayout).toBeUndefined();
    expect(fake.sheet("Tabel 3.1").rowHeights?.get(5)).toBe(48);
    expect(report.skipped).toEqual([
      expect.objectContaining({ id: expect.stringContaining("ExcelApi 1.9") }),
    ]);
  });
});
