import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { createExcelGateway } from "../../src/excel/gateway";
import { ExcelVersionError } from "../../src/excel/requirements";
import { fakeWorkbookFromSnapshot, type FakeExcelOptions } from "../../src/excel/fake";
import { seed000Workbook } from "../fixtures/excel/seed000";

/** What the read gives for a snapshot: formulas only on the sheets that have some. */
export function asRead(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map(({ formulas, ...s }) =>
      formulas?.some((r) => r.some((f) => f !== "")) ? { ...s, formulas } : s,
    ),
  };
}

function setup(snapshot: WorkbookSnapshot, options: FakeExcelOptions = {}, readChainLength?: number) {
  const fake = fakeWorkbookFromSnapshot(snapshot, options);
  const gateway = createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported, readChainLength });
  return { fake, gateway };
}

function manySheets(count: number): WorkbookSnapshot {
  const seed = seed000Workbook();
  const base = seed.sheets[1]!;
  const sheets = Array.from({ length: count }, (_, i) => ({
    ...base,
    name: `PK ${2000 + i}`,
    values: base.values.map((row, r) => (r === 1 ? row.map((v, c) => (c === 3 ? 70 + i : v)) : row)),
  }));
  return { sheets, names: {} };
}

describe("Excel gateway read", () => {
  test("reads the seed workbook in two syncs: the sizes, then the cells of every sheet", async () => {
    const seed = seed000Workbook();
    const { fake, gateway } = setup(seed);
    const snapshot = await gateway.read();
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.writeSyncs).toBe(0);
    expect(snapshot).toEqual(asRead(seed));
  });

  test('keeps Office conventions: blanks are "", origin comes from the used range, formulas only where they are', async () => {
    const { gateway } = setup(seed000Workbook());
    const snapshot = await gateway.read();
    const pk = snapshot.sheets.find((s) => s.name === "PK 2024")!;
    expect(pk.origin).toEqual({ row: 1, col: 1 });
    expect(pk.values[2]![0]).toBe("");
    expect(pk.numberFormats[1]![5]).toBe("0.0%");
    const anggaran = snapshot.sheets.find((s) => s.name === "Anggaran")!;
    expect(anggaran.formulas![1]).toEqual(["", "", "", "", "=D2/C2"]);
    expect(anggaran.protected).toBe(true);
    const catatan = snapshot.sheets.find((s) => s.name === "Catatan")!;
    expect(catatan).toMatchObject({ visibility: "hidden", values: [], origin: { row: 0, col: 0 } });
    expect(snapshot.names).toEqual({ DataPK: "'PK 2024'!B2:G7" });
  });

  test("text that looks like a formula reads back as text, not as a formula", async () => {
    const seed = seed000Workbook();
    const sheet = seed.sheets[0]!;
    sheet.values[5]![2] = "=cmd|' /C calc'!A0";
    sheet.numberFormats[5]![2] = "@";
    const { gateway } = setup(seed);
    const snapshot = await gateway.read();
    expect(snapshot.sheets[0]!.values[5]![2]).toBe("=cmd|' /C calc'!A0");
    expect(snapshot.sheets[0]!.formulas?.[5]?.[2] ?? "").toBe("");
  });

  test("a workbook with more sheets than one walk covers takes one more sync, not one per sheet", async () => {
    const big = manySheets(30);
    const { fake, gateway } = setup(big, {}, 24);
    const snapshot = await gateway.read();
    expect(fake.stats.syncs).toBe(3);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(big.sheets.map((s) => s.name));
    expect(snapshot.sheets[29]!.values[1]![3]).toBe(99);
  });

  test("a host that refuses null objects in a batch still gets a correct read (the list, the sizes by name, the cells)", async () => {
    const seed = seed000Workbook();
    const { fake, gateway } = setup(seed, { nullPropagation: false });
    const snapshot = await gateway.read();
    expect(snapshot).toEqual(asRead(seed));
    expect(fake.stats.failedSyncs).toBe(1);
    expect(fake.stats.syncs).toBe(1 + 1 + 1 + 1);
  });

  test("without ExcelApi 1.13 merged areas are left out, still two syncs", async () => {
    const { fake, gateway } = setup(seed000Workbook(), { apiVersion: "1.12" });
    const snapshot = await gateway.read();
    expect(fake.stats.syncs).toBe(2);
    expect(snapshot.sheets.every((s) => s.merges.length === 0)).toBe(true);
    expect(snapshot.sheets[0]!.values[2]).toEqual(["I", "lebih dari 100 %", "Sangat baik"]);
  });

  test("an Excel older than ExcelApi 1.5 gets the bilingual error before any request", async () => {
    const { fake, gateway } = setup(seed000Workbook(), { apiVersion: "1.4" });
    const error = await gateway.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelVersionError);
    expect((error as ExcelVersionError).pesan.id).toMatch(/^Excel ini belum mendukung ExcelApi 1\.5/);
    expect((error as ExcelVersionError).pesan.en).toMatch(/^This Excel does not support ExcelApi 1\.5/);
    expect(fake.stats.syncs).toBe(0);
  });
});
