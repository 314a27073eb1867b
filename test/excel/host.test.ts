import { createFakeExcel, fakeWorkbookFromSnapshot, installFakeOffice } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { detectHost } from "../../src/excel/host";
import { ExcelVersionError, officeRequirementCheck, requireExcelApi } from "../../src/excel/requirements";
import { seed000Workbook } from "../fixtures/excel/seed000";

describe("host detection and requirement sets", () => {
  test("outside Office there is no Excel host", async () => {
    await expect(detectHost()).resolves.toEqual({ inExcel: false, host: null, platform: null });
    expect(() => officeRequirementCheck()("ExcelApi", "1.1")).toThrow(/Office\.js belum siap/);
  });

  test("inside (fake) Excel, Office.onReady reports Excel and requirement sets come from Office.context", async () => {
    const fake = fakeWorkbookFromSnapshot(seed000Workbook(), { apiVersion: "1.13" });
    const restore = installFakeOffice(fake);
    try {
      await expect(detectHost()).resolves.toEqual({ inExcel: true, host: "Excel", platform: "OfficeOnline" });
      const check = officeRequirementCheck();
      expect(check("ExcelApi", "1.13")).toBe(true);
      expect(check("ExcelApi", "1.14")).toBe(false);
      // Production wiring: Excel.run and the host's own requirement check.
      const gateway = createExcelGateway(Excel.run);
      const snapshot = await gateway.read();
      expect(snapshot.sheets.map((s) => s.name)).toEqual(["Tabel 3.1", "PK 2024", "Anggaran", "Catatan"]);
      expect(fake.stats.syncs).toBe(2);
    } finally {
      restore();
    }
  });

  test("another Office application is not Excel", async () => {
    const g = globalThis as Record<string, unknown>;
    g.Office = { onReady: () => Promise.resolve({ host: "Word", platform: "PC" }) };
    try {
      await expect(detectHost()).resolves.toEqual({ inExcel: false, host: "Word", platform: "PC" });
    } finally {
      delete g.Office;
    }
  });

  test("each gateway function names its requirement set in both languages", () => {
    const old = createFakeExcel({ apiVersion: "1.4" });
    expect(() => requireExcelApi("selectCell", old.isSetSupported)).not.toThrow();
    const read = (() => {
      try {
        requireExcelApi("read", old.isSetSupported);
      } catch (e) {
        return e as ExcelVersionError;
      }
      throw new Error("expected ExcelVersionError");
    })();
    expect(read).toMatchObject({ kode: "EXCEL_TERLALU_LAMA", fn: "read", version: "1.5" });
    expect(read.pesan.id).toContain("membaca lembar kerja");
    expect(read.pesan.en).toContain("read the workbook");
    expect(() => requireExcelApi("apply", old.isSetSupported)).toThrow(/ExcelApi 1\.7/);
  });
});
