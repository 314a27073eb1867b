/**
 * A write that fails halfway (Office.js batches are not transactions) is told honestly, and
 * running Hitung Capaian again leaves the same workbook as a run that never failed. The fake's
 * `failAtCommand` makes the n-th write command throw after the earlier ones were applied.
 */
import { createExcelGateway } from "../../src/excel/gateway";
import { fakeWorkbookFromSnapshot, type FakeExcel } from "../../src/excel/fake";
import { commandCount, failAtCommand } from "../../src/excel/fake/limits";
import { ApplyInterruptedError, ApplyRefusedError } from "../../src/pipeline/gateway";
import { runCapaian } from "../../src/pipeline/run";
import { realisasiWorkbook } from "../reliability/simple";

const ROWS = 12;

function gatewayOf(fake: FakeExcel) {
  return createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
}

describe("a write that fails halfway", () => {
  test("at every sampled command position: told as partial, and a rerun gives the clean run's workbook", async () => {
    const clean = fakeWorkbookFromSnapshot(realisasiWorkbook(ROWS));
    const first = await runCapaian(gatewayOf(clean));
    expect(first.ok).toBe(true);
    const total = commandCount(clean.state);
    const expected = clean.dump();
    expect(total).toBeGreaterThan(10);

    // Every position when there are few, else a spread that keeps the first and last ones.
    const step = Math.max(1, Math.floor(total / 30));
    const positions = new Set<number>([1, 2, total - 1, total]);
    for (let n = 1; n <= total; n += step) positions.add(n);

    for (const n of [...positions].sort((a, b) => a - b)) {
      const fake = fakeWorkbookFromSnapshot(realisasiWorkbook(ROWS));
      failAtCommand(fake.state, n);
      const error = await runCapaian(gatewayOf(fake)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApplyInterruptedError);
      const interrupted = error as ApplyInterruptedError;
      expect(interrupted.kode).toBe("TULISAN_TERPUTUS");
      expect(interrupted.sebab).toBe("GeneralException");
      expect(interrupted.pesan.id).toMatch(/Sebagian perubahan mungkin sudah tertulis/);
      expect(interrupted.pesan.en).toMatch(/Run Hitung Capaian again/);

      const again = await runCapaian(gatewayOf(fake));
      if (!again.ok)
        throw new Error(`rerun after a failure at command ${n} refused: ${JSON.stringify(again.refusals)}`);
      expect({ n, dump: fake.dump() }).toEqual({ n, dump: expected });
    }
  }, 120_000);

  test("workbook structure protection refuses a plan that adds sheets, with no write sync", async () => {
    const fake = fakeWorkbookFromSnapshot(realisasiWorkbook(ROWS));
    fake.state.structureProtected = true;
    const before = fake.dump();
    const outcome = await runCapaian(gatewayOf(fake));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.refusals.map((r) => r.kode)).toEqual(["WORKBOOK_TERPROTEKSI"]);
    expect(outcome.refusals[0]!.pesan.id).toMatch(/Struktur buku kerja diproteksi/);
    expect(fake.stats.writeSyncs).toBe(0);
    expect(fake.dump()).toBe(before);
  });

  test("the gateway's refusal is an ApplyRefusedError (a list), never a bare error", async () => {
    const fake = fakeWorkbookFromSnapshot(realisasiWorkbook(ROWS));
    fake.state.structureProtected = true;
    const gateway = gatewayOf(fake);
    const snapshot = await gateway.read();
    expect(snapshot.sheets.length).toBeGreaterThan(0);
    const clean = fakeWorkbookFromSnapshot(realisasiWorkbook(ROWS));
    const outcome = await runCapaian(gatewayOf(clean), { tulis: false });
    if (!outcome.ok) throw new Error("dry run refused");
    const error = await gateway.apply(outcome.plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApplyRefusedError);
  });
});
