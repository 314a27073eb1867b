/** The .xlsx helper for other people's file-mode tests keeps values, merges and visibility. */
import ExcelJS from "exceljs";
import { seed002Workbook, snapshotToXlsx } from "../fixtures/layouts";
import { stateSheet } from "../fixtures/layouts/junk";

describe("snapshotToXlsx", () => {
  it("writes every sheet with its values, merges and visibility", async () => {
    const fixture = seed002Workbook();
    const snap = { ...fixture.snapshot, sheets: [...fixture.snapshot.sheets, stateSheet()] };
    const buf = await snapshotToXlsx(snap);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(snap.sheets.map((s) => s.name));
    const ren = wb.getWorksheet("Renstra")!;
    expect(ren.getCell("B4").value).toBeNull();
    expect(ren.getCell("C4").value).toBe("Jumlah PPKS Mandiri");
    expect(ren.getCell("E4").value).toBe("150 KK");
    expect(ren.getCell("A3").isMerged).toBe(true);
    expect(ren.getCell("A3").master.address).toBe("A2");
    expect(wb.getWorksheet("_CapaianKinerja")!.state).toBe("veryHidden");
  });
});
