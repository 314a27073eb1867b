/**
 * Reads bounded by Excel's limits, each first shown failing on the fake: a response over the
 * size limit, `values: null` past the cell limit, more than 512 merged areas in one call. Also
 * the cells holding notes and comments (SheetSnapshot.catatan) and the add-in's own sheets, which
 * are not read again.
 */
import { rangeAddress } from "../../src/engine/address";
import type { GridRange, WorkbookSnapshot } from "../../src/engine/snapshot";
import { STATE_SHEET } from "../../src/engine/state";
import { createExcelGateway } from "../../src/excel/gateway";
import { fakeWorkbookFromSnapshot, type FakeExcel, type FakeExcelOptions } from "../../src/excel/fake";
import { largestResponse } from "../../src/excel/fake/limits";
import { runCapaian } from "../../src/pipeline/run";
import { realisasiWorkbook } from "../reliability/simple";

function gatewayOf(fake: FakeExcel, maxResponseBytes?: number) {
  return createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported, maxResponseBytes });
}

/** One sheet of `rows` × `cols` numbers (and a text column), no formulas. */
function grid(rows: number, cols: number, merges: GridRange[] = []): WorkbookSnapshot {
  const values = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (c === 0 ? `Indikator nomor ${r + 1}` : r * cols + c)),
  );
  return {
    sheets: [
      {
        name: "Data",
        origin: { row: 0, col: 0 },
        values,
        numberFormats: values.map((r) => r.map(() => "General")),
        merges,
        visibility: "visible",
        protected: false,
      },
    ],
    names: {},
  };
}

/** One whole-range load, as the read did before it was bounded. */
async function loadAtOnce(fake: FakeExcel): Promise<unknown> {
  return fake.run(async (context) => {
    const used = context.workbook.worksheets.getItem("Data").getUsedRange(true);
    used.load("values,numberFormat");
    await context.sync();
    return used.values;
  });
}

describe("bounded reads on the strict fake", () => {
  test("a response over the limit fails the sync; the read stays under it in bands", async () => {
    const options: FakeExcelOptions = { maxResponseBytes: 200_000 };
    const snapshot = grid(2000, 12);
    const naive = fakeWorkbookFromSnapshot(snapshot, options);
    await expect(loadAtOnce(naive)).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });

    const fake = fakeWorkbookFromSnapshot(snapshot, options);
    const read = await gatewayOf(fake, 200_000).read();
    expect(read.sheets[0]!.values).toEqual(snapshot.sheets[0]!.values);
    expect(largestResponse(fake.state)).toBeLessThanOrEqual(200_000);
    expect(fake.stats.syncs).toBeLessThanOrEqual(12);
  });

  test("long texts the estimate did not foresee: the refused sync is sent again smaller", async () => {
    const snapshot = grid(400, 4);
    for (const row of snapshot.sheets[0]!.values) row[0] = "x".repeat(400);
    const fake = fakeWorkbookFromSnapshot(snapshot, { maxResponseBytes: 100_000 });
    const read = await gatewayOf(fake, 100_000).read();
    expect(read.sheets[0]!.values).toEqual(snapshot.sheets[0]!.values);
    expect(fake.stats.failedSyncs).toBeGreaterThan(0);
  });

  test("a range past the cell limit answers values: null; the read bands it", async () => {
    const snapshot = grid(300, 10);
    const naive = fakeWorkbookFromSnapshot(snapshot, { maxCellsPerRead: 1000 });
    expect(await loadAtOnce(naive)).toBeNull();

    const fake = fakeWorkbookFromSnapshot(snapshot, { maxCellsPerRead: 1000 });
    const read = await gatewayOf(fake).read();
    expect(read.sheets[0]!.values).toEqual(snapshot.sheets[0]!.values);
    expect(read.sheets[0]!.numberFormats[299]![9]).toBe("General");
  });

  const manyMerges: GridRange[] = Array.from({ length: 600 }, (_, i) => ({
    row: i,
    col: 2,
    rowCount: 1,
    colCount: 2,
  }));
  const sorted = (m: GridRange[]) => m.map((g) => rangeAddress(g.row, g.col, g.rowCount, g.colCount)).sort();

  test.each(["throw", "null"] as const)(
    "more than 512 merged areas (%s variant): one call fails, the read gets them all in bands",
    async (variant) => {
      const snapshot = grid(620, 6, manyMerges);
      const naive = fakeWorkbookFromSnapshot(snapshot, { mergedAreasOverLimit: variant });
      const once = naive.run(async (context) => {
        const areas = context.workbook.worksheets.getItem("Data").getRange().getMergedAreasOrNullObject();
        areas.load("areas/items/address");
        await context.sync();
        return areas.isNullObject ? [] : areas.areas.items.map((a) => a.address);
      });
      if (variant === "throw") await expect(once).rejects.toMatchObject({ code: "GeneralException" });
      else expect(await once).toEqual([]);

      const fake = fakeWorkbookFromSnapshot(snapshot, { mergedAreasOverLimit: variant });
      const read = await gatewayOf(fake).read();
      expect(sorted(read.sheets[0]!.merges)).toEqual(sorted(manyMerges));
      expect(fake.stats.syncs).toBe(2);
    },
  );

  test("cells holding a note or a comment are listed in catatan", async () => {
    const fake = fakeWorkbookFromSnapshot(grid(10, 4));
    fake.sheet("Data").notes.set("B3", "catatan pengguna");
    fake.sheet("Data").comments.set("D7", "komentar");
    const read = await gatewayOf(fake).read();
    expect(read.sheets[0]!.catatan).toEqual(["B3", "D7"]);
    expect(fake.stats.syncs).toBe(2);
  });

  test("before ExcelApi 1.18 catatan holds the comments only (notes cannot be read)", async () => {
    const fake = fakeWorkbookFromSnapshot(grid(10, 4), { apiVersion: "1.17" });
    fake.sheet("Data").notes.set("B3", "catatan pengguna");
    fake.sheet("Data").comments.set("D7", "komentar");
    const read = await gatewayOf(fake).read();
    expect(read.sheets[0]!.catatan).toEqual(["D7"]);
  });

  test("the add-in's own sheets are not read again; its state is", async () => {
    const fake = fakeWorkbookFromSnapshot(realisasiWorkbook(200));
    const first = await runCapaian(gatewayOf(fake));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const own = first.state.owned.sheets.filter((s) => s !== STATE_SHEET);
    expect(own.length).toBeGreaterThan(0);
    const read = await gatewayOf(fake).read();
    for (const name of own) expect(read.sheets.find((s) => s.name === name)!.values).toEqual([]);
    const state = read.sheets.find((s) => s.name === STATE_SHEET)!;
    expect(String(state.values[1]![0])).toMatch(/^\{"versi":1/);
    // and the run on what was read is the same run
    const second = await runCapaian(gatewayOf(fake));
    expect(second.ok).toBe(true);
  });
});
