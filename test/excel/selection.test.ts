/**
 * "Declare the selection a table": the gateway reads which block the user selected, in one sync, against
 * the strict fake (which throws on anything not loaded), and the pane's Office bridge passes it through.
 */
import { createFakeExcel, fakeWorkbookFromSnapshot, installFakeOffice } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { splitSelectedAddress } from "../../src/excel/select";
import { officeHost } from "../../src/taskpane/office-host";
import { seed000Workbook } from "../fixtures/excel/seed000";

function setup() {
  const fake = fakeWorkbookFromSnapshot(seed000Workbook());
  const gateway = createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
  return { fake, gateway };
}

describe("getSelectedRange", () => {
  test("returns the selected block with its sheet unquoted, in one sync", async () => {
    const { fake, gateway } = setup();
    await gateway.selectCell("PK 2024", "B2:G9");
    const before = fake.stats.syncs;
    await expect(gateway.getSelectedRange()).resolves.toEqual({ sheet: "PK 2024", range: "B2:G9" });
    expect(fake.stats.syncs - before).toBe(1);
    expect(fake.stats.writeSyncs).toBe(1); // only the selectCell above wrote
  });

  test("a single selected cell is a one-cell range; nothing selected yet is A1 of the first visible sheet", async () => {
    const { gateway } = setup();
    await expect(gateway.getSelectedRange()).resolves.toEqual({ sheet: "Tabel 3.1", range: "A1" });
    await gateway.selectCell("Tabel 3.1", "C4");
    await expect(gateway.getSelectedRange()).resolves.toEqual({ sheet: "Tabel 3.1", range: "C4" });
  });

  test("several areas selected at once are not one block: null, not a failure", async () => {
    const { fake, gateway } = setup();
    fake.state.selection = { sheet: "PK 2024", address: "B2:C4,E2:E4" };
    await expect(gateway.getSelectedRange()).resolves.toBeNull();
    // any other failure still reaches the pane
    fake.state.selection = { sheet: "Dihapus", address: "A1" };
    await expect(gateway.getSelectedRange()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("Excel's address forms: quoted names with doubled quotes or '!', and absolute references", () => {
    expect(splitSelectedAddress("'Realisasi 2023'!A5:H20")).toEqual({
      sheet: "Realisasi 2023",
      range: "A5:H20",
    });
    expect(splitSelectedAddress("'Bu''s!Data'!$C$2:$D$4")).toEqual({ sheet: "Bu's!Data", range: "C2:D4" });
    expect(splitSelectedAddress("Sheet1!B7")).toEqual({ sheet: "Sheet1", range: "B7" });
  });

  test("an Excel without the requirement set is told so before any request", async () => {
    const fake = createFakeExcel({ apiVersion: "1.1" });
    const gateway = createExcelGateway(fake.run, { isSetSupported: () => false });
    await expect(gateway.getSelectedRange()).rejects.toMatchObject({
      kode: "EXCEL_TERLALU_LAMA",
      fn: "getSelectedRange",
    });
    expect(fake.stats.syncs).toBe(0);
  });

  test("the pane's Office bridge reads the selection through Excel.run", async () => {
    const fake = fakeWorkbookFromSnapshot(seed000Workbook());
    const restore = installFakeOffice(fake);
    try {
      const host = officeHost();
      await host.selectCell("PK 2024", "C3:F4");
      await expect(host.getSelectedRange()).resolves.toEqual({ sheet: "PK 2024", range: "C3:F4" });
      expect(fake.selection()).toEqual({ sheet: "PK 2024", address: "C3:F4" });
    } finally {
      restore();
    }
  });
});
