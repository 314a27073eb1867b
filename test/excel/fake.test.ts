import {
  createFakeExcel,
  fakeWorkbookFromSnapshot,
  installFakeOffice,
  REQUEST_LIMIT_BYTES,
} from "../../src/excel/fake";
import { seed000Workbook } from "../fixtures/excel/seed000";

function errorOf(fn: () => unknown): { name?: string; code?: string; message?: string } {
  try {
    fn();
  } catch (e) {
    return e as { name?: string; code?: string };
  }
  throw new Error("expected a throw");
}

describe("strict fake Excel", () => {
  test("scalar properties throw PropertyNotLoaded until load + sync", async () => {
    const fake = fakeWorkbookFromSnapshot(seed000Workbook());
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Tabel 3.1").getRange("A3:C3");
      const before = errorOf(() => range.values);
      expect(before.code).toBe("PropertyNotLoaded");
      expect(before.name).toBe("RichApi.Error");
      range.load("values");
      // Queued, not yet sent.
      expect(errorOf(() => range.values).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([["I", "lebih dari 100 %", "Sangat baik"]]);
      // Only what was loaded is readable.
      expect(errorOf(() => range.numberFormat).code).toBe("PropertyNotLoaded");
      expect(errorOf(() => range.address).code).toBe("PropertyNotLoaded");
    });
  });

  test("collections, isNullObject and ClientResult need a sync too", async () => {
    const fake = fakeWorkbookFromSnapshot(seed000Workbook());
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const missing = sheets.getItemOrNullObject("Tidak Ada");
      const count = sheets.getCount();
      expect(errorOf(() => sheets.items).code).toBe("PropertyNotLoaded");
      expect(errorOf(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      expect(errorOf(() => count.value).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Tabel 3.1", "PK 2024", "Anggaran", "Catatan"]);
      expect(missing.isNullObject).toBe(true);
      expect(count.value).toBe(4);
      expect(errorOf(() => sheets.items[0]!.visibility).code).toBe("PropertyNotLoaded");
    });
  });

  test("writes reach the workbook only at sync, and a member it does not model throws", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
      range.values = [[42]];
      expect(fake.cell("Sheet1", "B2").value).toBe("");
      await context.sync();
      expect(fake.cell("Sheet1", "B2").value).toBe(42);
      expect(errorOf(() => (range as unknown as { valueTypes: unknown }).valueTypes).code).toBe(
        "FakeNotImplemented",
      );
    });
  });

  test("text is parsed like Excel unless the cell is formatted as text", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:C1").values = [["=cmd|' /C calc'!A0", "007", "50%"]];
      const text = ws.getRange("A2:C2");
      text.numberFormat = [["@", "@", "@"]];
      text.values = [["=cmd|' /C calc'!A0", "007", "50%"]];
      await context.sync();
    });
    expect(fake.cell("Sheet1", "A1").formula).toBe("=cmd|' /C calc'!A0");
    expect(fake.cell("Sheet1", "B1").value).toBe(7);
    expect(fake.cell("Sheet1", "C1").value).toBe(0.5);
    expect(fake.cell("Sheet1", "A2")).toMatchObject({ value: "=cmd|' /C calc'!A0", numberFormat: "@" });
    expect(fake.cell("Sheet1", "A2").formula).toBeUndefined();
    expect(fake.cell("Sheet1", "B2").value).toBe("007");
  });

  test("an injected sync failure applies nothing of its batch", async () => {
    const fake = fakeWorkbookFromSnapshot(seed000Workbook());
    const before = fake.dump();
    fake.failSync(1);
    await expect(
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Tabel 3.1");
        ws.getRange("A3").values = [["X"]];
        context.workbook.worksheets.add("Baru");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.dump()).toBe(before);
    expect(fake.stats).toMatchObject({ syncs: 1, failedSyncs: 1 });
  });

  test("a request over 5 MB is refused whole", async () => {
    const fake = createFakeExcel();
    const rows = Array.from({ length: 120000 }, (_, i) => [
      `indikator ke-${i} dengan uraian panjang`,
      i,
      i * 1.5,
    ]);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange(`A1:C${rows.length}`).values = rows;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.stats.requestBytes[0]).toBeGreaterThan(REQUEST_LIMIT_BYTES);
    expect(fake.cell("Sheet1", "A1").value).toBe("");
  });

  test("a command failing mid-batch keeps the commands before it, as Excel does", async () => {
    const fake = createFakeExcel();
    await expect(
      fake.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getItem("Sheet1").getRange("A1").values = [["sebelum"]];
        sheets.getItem("Tidak Ada").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(fake.cell("Sheet1", "A1").value).toBe("sebelum");
  });

  test("APIs newer than the fake's ExcelApi level are missing", async () => {
    const fake = createFakeExcel({ apiVersion: "1.17" });
    expect(fake.isSetSupported("ExcelApi", "1.17")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.18")).toBe(false);
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      expect(errorOf(() => ws.notes).code).toBe("ApiNotFound");
    });
  });

  test("null objects propagate; a host without propagation fails the batch", async () => {
    const lenient = createFakeExcel();
    await lenient.run(async (context) => {
      const used = context.workbook.worksheets
        .getItemOrNullObject("Tidak Ada")
        .getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      expect(used.isNullObject).toBe(true);
    });
    const strict = createFakeExcel({ nullPropagation: false });
    await expect(
      strict.run(async (context) => {
        context.workbook.worksheets
          .getItemOrNullObject("Tidak Ada")
          .getUsedRangeOrNullObject(true)
          .load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidObjectPath" });
  });

  test("snapshot in, snapshot out", () => {
    const seed = seed000Workbook();
    expect(fakeWorkbookFromSnapshot(seed).toSnapshot()).toEqual(seed);
  });

  test("installFakeOffice provides Excel.run, Office.onReady and isSetSupported, and restores", async () => {
    const fake = createFakeExcel({ apiVersion: "1.12" });
    const restore = installFakeOffice(fake, { displayLanguage: "en-US" });
    try {
      const g = globalThis as unknown as { Office: typeof Office; Excel: typeof Excel };
      await expect(g.Office.onReady()).resolves.toMatchObject({ host: "Excel" });
      expect(g.Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
      expect(g.Office.context.displayLanguage).toBe("en-US");
      await g.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["ok"]];
        await context.sync();
      });
      expect(fake.cell("Sheet1", "A1").value).toBe("ok");
    } finally {
      restore();
    }
    expect("Excel" in globalThis).toBe(false);
  });
});

describe("strict fake Excel: formats, rules and protection", () => {
  test("navigation paths load nested scalars; styles and borders are per cell", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3");
      range.format.font.bold = true;
      range.format.borders.getItem("InsideVertical").style = "Continuous";
      range.load("format/font/bold,address");
      await context.sync();
      expect(range.format.font.bold).toBe(true);
      expect(range.address).toBe("Sheet1!B2:C3");
      expect(() => range.format.font.color).toThrow(/not available/);
    });
    expect(fake.cell("Sheet1", "B2").style.border).toEqual({ right: { style: "Continuous" } });
    expect(fake.cell("Sheet1", "C2").style.border).toEqual({ left: { style: "Continuous" } });
  });

  test("conditional formats: add, count, clear on an address", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A9").conditionalFormats;
      const text = formats.add("ContainsText");
      text.textComparison.format.font.color = "#9C0006";
      text.textComparison.rule = { operator: "Contains", text: "Kurang" };
      const cells = formats.add("CellValue");
      cells.cellValue.rule = { operator: "LessThan", formula1: "=0.55" };
      const count = formats.getCount();
      await context.sync();
      expect(count.value).toBe(2);
      formats.clearAll();
      const after = formats.getCount();
      await context.sync();
      expect(after.value).toBe(0);
    });
    expect(fake.conditionalFormats("Sheet1")).toEqual([]);
  });

  test("writing to a protected sheet is refused", async () => {
    const fake = fakeWorkbookFromSnapshot(seed000Workbook());
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Anggaran").getRange("F1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  test("a 2-D write must match the range", async () => {
    const fake = createFakeExcel();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
