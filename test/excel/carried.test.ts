/**
 * The apply that follows the gateway's own read looks nothing up (src/excel/carried.ts): it leaves
 * the same workbook as an apply that does its look-up sync, on a first run and on a rerun with
 * other settings (notes of findings replaced and removed, the user's note kept, the add-in's rules
 * replaced, the user's rule kept, the Tabel sheet's chart replaced), and it still refuses before
 * writing what the look-up refused.
 */
import type { WritePlan } from "../../src/engine/plan";
import { MAX_AREAS_ADDRESS } from "../../src/excel/areas";
import { fakeWorkbookFromSnapshot, type FakeExcel } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import type { WorkbookGateway } from "../../src/pipeline/gateway";
import { runCapaian } from "../../src/pipeline/run";
import { realisasiWorkbook } from "../reliability/simple";

const SHEET = "Pengukuran Kinerja";

/** The realisasi workbook with a note and a rule of the user's on the columns the add-in fills. */
async function workbook(): Promise<FakeExcel> {
  // 50 indicators: few enough for Tabel 3.1's chart to be drawn (render-charts.ts MAX_KATEGORI_GRAFIK)
  const fake = fakeWorkbookFromSnapshot(realisasiWorkbook(50));
  await fake.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(SHEET);
    ws.notes.add(ws.getRange("B3"), "catatan pengguna");
    const cf = ws.getRange("G1:G200").conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
    cf.cellValue.format.fill.color = "#FF0000";
    cf.cellValue.rule = { formula1: "=0", operator: "LessThan" };
    await context.sync();
  });
  return fake;
}

/** Counts the syncs of each apply that only read (a look-up). */
function counted(fake: FakeExcel, lookUp: boolean): { gateway: WorkbookGateway; lookups: number[] } {
  const reader = createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
  const lookups: number[] = [];
  const gateway: WorkbookGateway = {
    read: () => reader.read(),
    async apply(plan: WritePlan) {
      // a gateway that did not read this workbook has nothing carried: it looks up
      const applier = lookUp ? createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported }) : reader;
      const { syncs, writeSyncs } = fake.stats;
      const report = await applier.apply(plan);
      lookups.push(fake.stats.syncs - syncs - (fake.stats.writeSyncs - writeSyncs));
      return report;
    },
  };
  return { gateway, lookups };
}

test("first run and rerun: the read's facts give the workbook the look-up gives, without its sync", async () => {
  const carried = await workbook();
  const looked = await workbook();
  const a = counted(carried, false);
  const b = counted(looked, true);
  for (const settings of [{}, { toleransi: 2 }, {}]) {
    const [ra, rb] = [await runCapaian(a.gateway, { settings }), await runCapaian(b.gateway, { settings })];
    expect(ra.ok && rb.ok).toBe(true);
    expect(carried.dump()).toBe(looked.dump());
  }
  expect(a.lookups).toEqual([0, 0, 0]);
  expect(b.lookups.every((n) => n >= 1)).toBe(true);
  // the user's note and rule are still there; the add-in's notes and chart are
  expect(carried.notes(SHEET)["B3"]).toBe("catatan pengguna");
  expect(Object.keys(carried.notes(SHEET)).length).toBeGreaterThan(1);
  expect(carried.conditionalFormats(SHEET).some((r) => JSON.stringify(r).includes("#FF0000"))).toBe(true);
  expect(carried.charts("Tabel 3.1")).toHaveLength(1);
}, 60_000);

test("the read's facts are used once: a second apply of the same plan looks up", async () => {
  const fake = await workbook();
  const gateway = createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
  let plan: WritePlan | undefined;
  await runCapaian({
    read: () => gateway.read(),
    apply: (p) => {
      plan = p;
      return gateway.apply(p);
    },
  });
  const once = fake.dump();
  const before = fake.stats.syncs;
  const writes = fake.stats.writeSyncs;
  await gateway.apply(plan!);
  expect(fake.stats.syncs - before).toBeGreaterThan(fake.stats.writeSyncs - writes);
  expect(fake.dump()).toBe(once);
});

test("workbook structure protection seen by the read: refused with zero write syncs", async () => {
  const fake = fakeWorkbookFromSnapshot(realisasiWorkbook(20));
  fake.state.structureProtected = true;
  const before = fake.dump();
  const writes = fake.stats.writeSyncs;
  const outcome = await runCapaian(createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported }));
  expect(outcome.ok).toBe(false);
  if (!outcome.ok) expect(outcome.refusals.map((r) => r.kode)).toContain("WORKBOOK_TERPROTEKSI");
  expect(fake.stats.writeSyncs).toBe(writes);
  expect(fake.dump()).toBe(before);
});

test("the fake refuses a getRanges address past the limit the gateway keeps to", async () => {
  const fake = fakeWorkbookFromSnapshot(realisasiWorkbook(5));
  const areas = (n: number) => Array.from({ length: n }, (_, i) => `C${2 * i + 1}`).join(",");
  const bold = (address: string) =>
    fake.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRanges(address).format.font.bold = true;
      await context.sync();
    });
  expect(areas(80).length).toBeGreaterThan(MAX_AREAS_ADDRESS);
  await expect(bold(areas(80))).rejects.toMatchObject({ code: "InvalidArgument" });
  await bold(areas(20));
  expect(fake.cell(SHEET, "C39").style.bold).toBe(true);
  expect(fake.cell(SHEET, "C40").style.bold).toBeUndefined();
});
