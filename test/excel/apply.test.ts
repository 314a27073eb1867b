import { rangeAddress } from "../../src/engine/address";
import { emptyPlan, type WritePlan } from "../../src/engine/plan";
import { cellAt, type WorkbookSnapshot } from "../../src/engine/snapshot";
import { charsToPoints } from "../../src/excel/steps";
import { ApplyRefusedError } from "../../src/pipeline/gateway";
import { fakeWorkbookFromSnapshot, REQUEST_LIMIT_BYTES, type FakeExcelOptions } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { ExcelVersionError } from "../../src/excel/requirements";
import { HOSTILE_TEXT, plan000, STATE_SHEET, TABLE_SHEET } from "../fixtures/excel/plan000";
import { seed000Workbook } from "../fixtures/excel/seed000";

function setup(options: FakeExcelOptions = {}, snapshot: WorkbookSnapshot = seed000Workbook()) {
  const fake = fakeWorkbookFromSnapshot(snapshot, options);
  const gateway = createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
  return { fake, gateway };
}

describe("Excel gateway apply", () => {
  test("a plan with values, styles, merges, CF, notes, charts, names and new sheets: one look-up sync, one write sync", async () => {
    const { fake, gateway } = setup();
    const report = await gateway.apply(plan000());
    expect(fake.stats).toMatchObject({ syncs: 2, writeSyncs: 1, failedSyncs: 0 });
    expect(fake.calculationSuspensions()).toBe(1);
    expect(report).toEqual({
      cellsWritten: 6 + 6 + 30 + 3 + 6 + 2,
      sheetsCreated: [TABLE_SHEET, STATE_SHEET],
      skipped: [],
    });

    expect(fake.sheetNames()).toEqual([
      "Tabel 3.1",
      "PK 2024",
      "Anggaran",
      "Catatan",
      TABLE_SHEET,
      STATE_SHEET,
    ]);
    expect(fake.sheet(STATE_SHEET).visibility).toBe("VeryHidden");
    expect(fake.sheet(TABLE_SHEET)).toMatchObject({ tabColor: "#1F4E79", freeze: { rows: 2, cols: 0 } });

    expect(fake.cell(TABLE_SHEET, "C3").value).toBe(
      "Persentase PMKS yang mendapatkan manfaat pelayanan, perlindungan dan jaminan sosial",
    );
    expect(fake.cell(TABLE_SHEET, "F3")).toMatchObject({ value: 1.0667, numberFormat: "0.00%" });
    expect(fake.cell(TABLE_SHEET, "D6")).toMatchObject({ value: "BB", numberFormat: "0.0" });
    expect(fake.cell(TABLE_SHEET, "F6").value).toBe("");
    expect(fake.cell(TABLE_SHEET, "A2").style).toMatchObject({
      bold: true,
      fill: "#D9E1F2",
      hAlign: "Center",
      wrap: true,
      border: {
        top: { style: "Continuous", weight: "Thin" },
        bottom: { style: "Continuous", weight: "Thin" },
        left: { style: "Continuous", weight: "Thin" },
        right: { style: "Continuous", weight: "Thin" },
      },
    });
    expect(fake.cell(TABLE_SHEET, "A1").style).toMatchObject({ bold: true, fontSize: 12 });
    expect(fake.merges(TABLE_SHEET)).toEqual(["A1:F1"]);
    expect(fake.columnWidth(TABLE_SHEET, 1)).toBe(charsToPoints(42));
    expect(fake.columnWidth(TABLE_SHEET, 3)).toBeUndefined();

    const rulesOn = (sheet: string, address: string) =>
      fake.conditionalFormats(sheet).filter((r) => r.address === address);
    expect(rulesOn("PK 2024", "G3:G7")).toEqual([
      expect.objectContaining({
        address: "G3:G7",
        type: "CellValue",
        cellValue: { operator: "GreaterThan", formula1: "=1" },
        fill: "#C6EFCE",
        fontColor: "#006100",
      }),
      expect.objectContaining({ cellValue: { operator: "Between", formula1: "=0.75", formula2: "=1" } }),
      expect.objectContaining({ cellValue: { operator: "LessThan", formula1: "=0.55" }, fill: "#FFC7CE" }),
    ]);
    expect(rulesOn("PK 2024", "H3:H7")).toEqual([
      expect.objectContaining({
        cellValue: { operator: "EqualTo", formula1: '="Sangat Baik"' },
        fill: "#C6EFCE",
      }),
    ]);
    expect(fake.conditionalFormats(TABLE_SHEET)).toEqual([
      expect.objectContaining({
        address: "F3:F7",
        type: "IconSet",
        iconSet: {
          style: "ThreeSymbols",
          criteria: [
            {},
            { type: "Number", operator: "GreaterThanOrEqual", formula: "=0.55" },
            { type: "Number", operator: "GreaterThanOrEqual", formula: "=1" },
          ],
        },
      }),
    ]);
    expect(fake.notes(TABLE_SHEET)).toEqual({
      F6: "Target BB, realisasi B: capaian tidak dihitung dari huruf.",
    });
    expect(fake.notes("PK 2024")).toEqual({ H2: "Kolom ini diisi oleh add-in Capaian Kinerja." });
    expect(fake.charts(TABLE_SHEET)).toEqual([
      expect.objectContaining({
        name: "CK_Grafik_Tabel32",
        type: "ColumnClustered",
        title: "Target dan Realisasi 2024",
        source: `${TABLE_SHEET}!C2:E5`,
        seriesBy: "Columns",
        topLeft: "I2",
        bottomRight: "P16",
      }),
    ]);
    expect(fake.names()).toEqual({
      DataPK: "='PK 2024'!$B$2:$H$7",
      CK_Tabel32: `='${TABLE_SHEET}'!$A$2:$F$7`,
    });
  });

  test("text starting with = + - @ and text Excel would parse is stored as text", async () => {
    const { fake, gateway } = setup();
    await gateway.apply(plan000());
    expect(fake.cell(TABLE_SHEET, "G3")).toEqual({ value: HOSTILE_TEXT, numberFormat: "@", style: {} });
    expect(fake.cell(TABLE_SHEET, "G4")).toMatchObject({ value: "-5%", numberFormat: "@" });
    expect(fake.cell(TABLE_SHEET, "G5")).toMatchObject({ value: "007", numberFormat: "@" });
    // Ordinary text and numbers keep the plan's formats.
    expect(fake.cell(TABLE_SHEET, "B3").numberFormat).toBe("General");
    expect(fake.cell(TABLE_SHEET, "E3")).toMatchObject({ value: 81.6, numberFormat: "0.00" });
  });

  test("cells outside the plan are unchanged", async () => {
    const { fake, gateway } = setup();
    const before = fake.toSnapshot();
    await gateway.apply(plan000());
    const after = fake.toSnapshot();
    for (const name of ["Tabel 3.1", "Anggaran", "Catatan"])
      expect(after.sheets.find((s) => s.name === name)).toEqual(before.sheets.find((s) => s.name === name));
    const pkBefore = before.sheets.find((s) => s.name === "PK 2024")!;
    const pkAfter = after.sheets.find((s) => s.name === "PK 2024")!;
    let compared = 0;
    for (let row = 0; row < 12; row++)
      for (let col = 0; col < 12; col++) {
        if (col === 7 && row >= 1 && row <= 6) continue; // H2:H7 is the plan's
        expect(cellAt(pkAfter, row, col)).toEqual(cellAt(pkBefore, row, col));
        compared++;
      }
    expect(compared).toBe(138);
    expect(cellAt(pkAfter, 2, 7)).toBe("Sangat Baik");
    expect(pkAfter.merges).toEqual(pkBefore.merges);
  });

  test("a second apply of the same plan leaves the workbook identical", async () => {
    const { fake, gateway } = setup();
    await gateway.apply(plan000());
    const once = fake.dump();
    fake.resetStats();
    const report = await gateway.apply(plan000());
    expect(fake.dump()).toBe(once);
    expect(report.sheetsCreated).toEqual([]);
    expect(fake.stats).toMatchObject({ syncs: 2, writeSyncs: 1 });
    expect(fake.conditionalFormats("PK 2024")).toHaveLength(4);
    expect(fake.charts(TABLE_SHEET)).toHaveLength(1);
    expect(fake.sheetNames().filter((n) => n === TABLE_SHEET)).toHaveLength(1);
  });

  test("a failed write sync leaves the workbook unchanged", async () => {
    const { fake, gateway } = setup();
    const before = fake.dump();
    fake.failSync(2); // the look-up passes, the write fails
    // A failure after the look-up is told as a write that may be partial (Excel cannot say).
    await expect(gateway.apply(plan000())).rejects.toMatchObject({
      kode: "TULISAN_TERPUTUS",
      sebab: "GeneralException",
    });
    expect(fake.stats).toMatchObject({ syncs: 2, writeSyncs: 1, failedSyncs: 1 });
    expect(fake.dump()).toBe(before);
  });

  test("an Excel older than ExcelApi 1.7 gets the clear error before any request", async () => {
    const { fake, gateway } = setup({ apiVersion: "1.6" });
    const before = fake.dump();
    const error = await gateway.apply(plan000()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelVersionError);
    expect((error as ExcelVersionError).message).toContain("Excel ini belum mendukung ExcelApi 1.7");
    expect((error as ExcelVersionError).pesan.en).toContain("ExcelApi 1.7");
    expect(fake.stats.syncs).toBe(0);
    expect(fake.dump()).toBe(before);
  });

  test("without ExcelApi 1.18 notes are skipped and reported; everything else is written", async () => {
    const { fake, gateway } = setup({ apiVersion: "1.17" });
    const report = await gateway.apply(plan000());
    expect(report.skipped).toHaveLength(1);
    expect(report.skipped[0]!.id).toMatch(/^2 catatan sel \(note\) tidak ditulis.*ExcelApi 1\.18/);
    expect(report.skipped[0]!.en).toMatch(/^2 cell notes were not written/);
    expect(fake.stats).toMatchObject({ syncs: 2, writeSyncs: 1 });
    expect(fake.sheet(TABLE_SHEET).notes.size).toBe(0);
    expect(fake.charts(TABLE_SHEET)).toHaveLength(1);
  });

  test("a protected target sheet stops the run before anything is written", async () => {
    const { fake, gateway } = setup();
    const before = fake.dump();
    const plan = plan000();
    plan.ranges.push({ sheet: "Anggaran", address: "F1:F2", values: [["Capaian"], [0.9628]] });
    const error = await gateway.apply(plan).catch((e: unknown) => e);
    // reaches the run as a refusal list, as in file mode
    expect(error).toBeInstanceOf(ApplyRefusedError);
    expect((error as ApplyRefusedError).refusals).toMatchObject([
      { kode: "SHEET_TERPROTEKSI", sheet: "Anggaran" },
    ]);
    expect(fake.stats.writeSyncs).toBe(0);
    expect(fake.dump()).toBe(before);
  });

  test("a missing user sheet stops the run before anything is written", async () => {
    const { fake, gateway } = setup();
    const plan = plan000();
    plan.ranges.push({ sheet: "PK 2023", address: "A1", values: [["x"]] });
    await expect(gateway.apply(plan)).rejects.toMatchObject({
      refusals: [{ kode: "SHEET_TIDAK_ADA", sheet: "PK 2023" }],
    });
    expect(fake.stats.writeSyncs).toBe(0);
  });

  test("an owned sheet with clear: true is emptied (values, formats, merges, rules, charts, notes) before it is written", async () => {
    const { fake, gateway } = setup();
    await gateway.apply(plan000());
    const second: WritePlan = emptyPlan();
    second.sheets.push({ name: TABLE_SHEET, create: false, clear: true });
    second.ranges.push({ sheet: TABLE_SHEET, address: "A1:B1", values: [["Tabel 3.2", "baru"]] });
    await gateway.apply(second);
    const sheet = fake.sheet(TABLE_SHEET);
    expect([...sheet.cells.values()].map((c) => [c.row, c.col, c.value])).toEqual([
      [0, 0, "Tabel 3.2"],
      [0, 1, "baru"],
    ]);
    expect(fake.cell(TABLE_SHEET, "A1").style).toEqual({});
    expect(sheet.merges).toEqual([]);
    expect(sheet.cf).toEqual([]);
    expect(sheet.charts).toEqual([]);
    expect(sheet.notes.size).toBe(0);
    expect(sheet.freeze).toBeUndefined();
    // The user's sheet keeps its cells and the add-in's Predikat column.
    expect(fake.cell("PK 2024", "H3").value).toBe("Sangat Baik");
  });

  test("a host that refuses null objects in a batch falls back to a two-step look-up, still one write sync", async () => {
    const { fake, gateway } = setup({ nullPropagation: false });
    await gateway.apply(plan000());
    await gateway.apply(plan000());
    const strict = fake.dump();
    const { fake: lenient, gateway: other } = setup();
    await other.apply(plan000());
    await other.apply(plan000());
    expect(strict).toBe(lenient.dump());
    expect(fake.stats.writeSyncs).toBe(2);
  });

  test("writes are chunked only over 5 MB, and no chunk passes the limit", async () => {
    const small = setup();
    const plan = bigPlan(20000);
    await small.gateway.apply(plan);
    expect(small.fake.stats.writeSyncs).toBe(1);
    expect(Math.max(...small.fake.stats.requestBytes)).toBeLessThan(REQUEST_LIMIT_BYTES);

    const large = setup();
    const rows = 100000;
    const huge = bigPlan(rows);
    const report = await large.gateway.apply(huge);
    const { stats } = large.fake;
    expect(stats.failedSyncs).toBe(0);
    expect(stats.writeSyncs).toBeGreaterThan(1);
    expect(stats.requestBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(REQUEST_LIMIT_BYTES);
    for (const bytes of stats.requestBytes) expect(bytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(report.cellsWritten).toBe(rows * 4);
    expect(large.fake.cell("Data", `A${rows}`).value).toBe(`Indikator ${rows - 1}`);
    expect(large.fake.cell("Data", `D${rows}`).value).toBe(`=x${rows - 1}`);
    expect(large.fake.cell("Data", `D${rows}`).numberFormat).toBe("@");
  }, 60000);

  test("selectCell activates the sheet and selects the finding's cell in one sync", async () => {
    const { fake, gateway } = setup();
    await gateway.selectCell("PK 2024", "G4");
    expect(fake.selection()).toEqual({ sheet: "PK 2024", address: "G4" });
    expect(fake.stats.syncs).toBe(1);
  });

  test("a write too big for one request that fails in a later chunk has already recorded the state sheet", async () => {
    // A host with a 200 kB limit makes a 5,000-row plan need several requests.
    const limit = 200_000;
    const fake = fakeWorkbookFromSnapshot(seed000Workbook(), { maxRequestBytes: limit });
    const gateway = createExcelGateway(fake.run, {
      isSetSupported: fake.isSetSupported,
      maxRequestBytes: limit,
    });
    const plan = bigPlan(5000);
    plan.sheets.push({ name: STATE_SHEET, create: true, clear: false, visibility: "veryHidden" });
    plan.ranges.push({
      sheet: STATE_SHEET,
      address: "A1:A2",
      values: [["Capaian Kinerja"], ['{"versi":1}']],
    });
    fake.failSync(3); // look-up, first write chunk, then the second chunk fails
    await expect(gateway.apply(plan)).rejects.toMatchObject({ kode: "TULISAN_TERPUTUS" });
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(["Data", STATE_SHEET]));
    expect(fake.cell(STATE_SHEET, "A2").value).toBe('{"versi":1}');
    expect(fake.cell("Data", "A1").value).toBe("Indikator 0");
    expect(fake.cell("Data", "A5000").value).toBe("");
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThanOrEqual(limit);
  });
});

function bigPlan(rows: number): WritePlan {
  const plan = emptyPlan();
  plan.sheets.push({ name: "Data", create: true, clear: false });
  plan.ranges.push({
    sheet: "Data",
    address: rangeAddress(0, 0, rows, 4),
    values: Array.from({ length: rows }, (_, i) => [
      `Indikator ${i}`,
      i * 1.25,
      i % 7 === 0 ? null : "Baik",
      `=x${i}`,
    ]),
    style: { hAlign: "left" },
  });
  return plan;
}
