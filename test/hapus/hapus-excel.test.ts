/**
 * "Hapus hasil" through the Office.js gateway on the strict fake: original → run → remove gives the
 * original back (values, formats, styles, rules, notes, merges, widths, names, sheet order), also
 * after a rerun with other settings; the user's own notes and rules stay; refusals write nothing.
 */
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { STATE_SHEET } from "../../src/engine/state";
import { fakeWorkbookFromSnapshot, type FakeExcel } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { hapusHasil } from "../../src/pipeline/hapus";
import { runCapaian, type RunOptions } from "../../src/pipeline/run";
import { allLayouts } from "../fixtures/layouts";
import { realisasiWorkbook } from "../reliability/simple";

function gatewayOf(fake: FakeExcel) {
  return createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
}

/** The user's own note and rule on the first sheet, which a removal must leave alone. */
function withUserNoteAndRule(fake: FakeExcel): void {
  const s = fake.state.sheets[0]!;
  s.notes.set("B2", "Catatan saya: cek ulang angka ini");
  s.cf.push({
    id: 9999,
    range: { row: 1, col: 0, rowCount: 40, colCount: 4 },
    type: "Custom",
    priority: 0,
    custom: { formula: "=ISBLANK(A2)" },
    fill: "#FFFF00",
  });
}

async function roundTrip(snapshot: WorkbookSnapshot, runs: RunOptions[]) {
  const fake = fakeWorkbookFromSnapshot(snapshot);
  withUserNoteAndRule(fake);
  const before = fake.dump();
  const gateway = gatewayOf(fake);
  const outcomes = [];
  for (const options of runs) outcomes.push(await runCapaian(gateway, options));
  const wrote = fake.dump();
  const removed = await hapusHasil(gateway);
  return { fake, before, wrote, after: fake.dump(), outcomes, removed };
}

describe("Hapus hasil on the fake", () => {
  const layouts = allLayouts();

  test.each(layouts.map((l) => [l.name, l] as const))(
    "%s: original → run → remove gives the original back",
    async (_name, layout) => {
      const r = await roundTrip(layout.snapshot, [{}]);
      expect(r.outcomes[0]!.ok).toBe(true);
      expect(r.wrote).not.toBe(r.before);
      expect(r.removed.ok).toBe(true);
      expect(r.after).toBe(r.before);
    },
  );

  test("a rerun with other settings, then remove, gives the original back too", async () => {
    const r = await roundTrip(realisasiWorkbook(30), [
      {},
      { settings: { skala: "permendagri86" }, tabel: ["3.1"] },
    ]);
    expect(r.outcomes.every((o) => o.ok)).toBe(true);
    expect(r.removed.ok && r.removed.ringkasan.sheet).toBeGreaterThan(0);
    expect(r.after).toBe(r.before);
  });

  test("the user's own note and rule stay; the add-in's sheets and state sheet go", async () => {
    const r = await roundTrip(realisasiWorkbook(12), [{}]);
    const first = r.fake.state.sheets[0]!.name;
    expect(r.fake.notes(first)).toEqual({ B2: "Catatan saya: cek ulang angka ini" });
    expect(r.fake.conditionalFormats(first).some((c) => c.custom?.formula === "=ISBLANK(A2)")).toBe(true);
    expect(r.fake.sheetNames()).not.toContain(STATE_SHEET);
    expect(r.fake.sheetNames().some((n) => /^Tabel 3\./.test(n))).toBe(false);
  });

  test("a workbook without the add-in's output: nothing to remove, no write sync", async () => {
    const fake = fakeWorkbookFromSnapshot(realisasiWorkbook(5));
    const out = await hapusHasil(gatewayOf(fake));
    expect(out.ok && out.adaHasil).toBe(false);
    expect(fake.stats.writeSyncs).toBe(0);
  });

  test("a protected sheet holding the add-in's column: refused, nothing written", async () => {
    const fake = fakeWorkbookFromSnapshot(realisasiWorkbook(8));
    const gateway = gatewayOf(fake);
    expect((await runCapaian(gateway)).ok).toBe(true);
    fake.state.sheets[0]!.protected = true;
    const written = fake.dump();
    fake.resetStats();
    const out = await hapusHasil(gateway);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.refusals.map((r) => r.kode)).toContain("SHEET_TERPROTEKSI");
    expect(fake.stats.writeSyncs).toBe(0);
    expect(fake.dump()).toBe(written);
  });

  test("a damaged state sheet: refused with STATE_RUSAK, nothing written", async () => {
    const fake = fakeWorkbookFromSnapshot(realisasiWorkbook(8));
    const gateway = gatewayOf(fake);
    expect((await runCapaian(gateway)).ok).toBe(true);
    const state = fake.sheet(STATE_SHEET);
    const a2 = [...state.cells.values()].find((c) => c.row === 1 && c.col === 0)!;
    a2.value = "{ not json";
    const written = fake.dump();
    const out = await hapusHasil(gateway);
    expect(!out.ok && out.refusals[0]!.kode).toBe("STATE_RUSAK");
    expect(fake.dump()).toBe(written);
  });

  test("the fake refuses to delete a very hidden sheet, as Excel does", async () => {
    const fake = fakeWorkbookFromSnapshot(realisasiWorkbook(3));
    fake.state.sheets.push({ ...fake.state.sheets[0]!, name: "Rahasia", visibility: "VeryHidden" });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Rahasia").delete();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
