/**
 * Why src/xlsx/ooxml exists: exceljs rebuilds a workbook from its own model and drops what it
 * does not model. These tests fail (and the module could go) the day exceljs keeps these parts.
 */
import ExcelJS from "exceljs";
import { applyPlanToPackage } from "../../src/xlsx/ooxml";
import { entries, fixture, openWithExcelJs } from "./helpers";
import { realisasiPlan } from "./plan-fixture";

async function exceljsRoundTrip(buffer: Buffer): Promise<Map<string, Buffer>> {
  const wb = await openWithExcelJs(buffer);
  const out = Buffer.from(await wb.xlsx.writeBuffer());
  return entries(out);
}

const LOST = [
  "xl/charts/chart1.xml",
  "xl/pivotTables/pivotTable1.xml",
  "xl/pivotCache/pivotCacheDefinition1.xml",
  "xl/pivotCache/pivotCacheRecords1.xml",
  "xl/calcChain.xml",
];

describe("exceljs load + writeBuffer loses the user's work", () => {
  test("the chart and the pivot table (with its cache) are gone after an exceljs round trip", async () => {
    const input = fixture("realisasi-2024.xlsx");
    const before = await entries(input);
    for (const p of LOST) expect(before.has(p)).toBe(true);
    const after = await exceljsRoundTrip(input);
    for (const p of LOST) expect(after.has(p)).toBe(false);
    expect([...after.keys()].some((p) => p.startsWith("xl/charts/"))).toBe(false);
    expect([...after.keys()].some((p) => p.startsWith("xl/pivot"))).toBe(false);
    // the user's drawing survives only as exceljs's own rewrite, without the chart anchor
    const drawing = after.get("xl/drawings/drawing1.xml")?.toString() ?? "";
    expect(drawing).not.toContain("Grafik Realisasi");
  });

  test("the macro part of an .xlsm is gone after an exceljs round trip", async () => {
    const input = fixture("realisasi-2024.xlsm");
    expect((await entries(input)).has("xl/vbaProject.bin")).toBe(true);
    const after = await exceljsRoundTrip(input);
    expect(after.has("xl/vbaProject.bin")).toBe(false);
    expect(after.get("[Content_Types].xml")!.toString()).not.toContain("macroEnabled");
  });

  test("the package writer keeps every one of those parts for the same plan", async () => {
    const input = fixture("realisasi-2024.xlsm");
    const { buffer } = await applyPlanToPackage(input, realisasiPlan());
    const before = await entries(input);
    const after = await entries(buffer);
    for (const p of [...LOST, "xl/vbaProject.bin", "xl/media/image1.png", "xl/drawings/drawing1.xml"]) {
      expect(after.get(p)?.equals(before.get(p)!)).toBe(true);
    }
    // and exceljs can still read what it wrote
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet("Realisasi 2024")!.getCell("H3").value).toBe("Sangat Baik");
  });
});
