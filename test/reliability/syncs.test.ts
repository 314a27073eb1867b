/**
 * Issue 5's budget, for the whole run: reading, computing, writing the Capaian/Predikat columns,
 * their formatting and the Tabel 3.x with data on a 1,000-indicator workbook takes at most 3 syncs on the
 * strict fake (2 read: the sizes, then the cells in bounded bands with what the apply needs to
 * know; no look-up; 1 write), and every request stays under Excel's 5 MB limit.
 */
import { fakeWorkbookFromSnapshot, REQUEST_LIMIT_BYTES } from "../../src/excel/fake";
import { runCapaian } from "../../src/pipeline/run";
import { realisasiWorkbook } from "./simple";
import { excelGateway } from "./suite";

test("a full run on 1,000 indicators: at most 3 syncs, one of them writing, every table asked for written or named", async () => {
  const fake = fakeWorkbookFromSnapshot(realisasiWorkbook(1000));
  const outcome = await runCapaian(excelGateway(fake));
  expect(outcome.ok).toBe(true);
  if (!outcome.ok) return;
  // one year of realisasi, no Renstra, standard or budget: Tabel 3.1 has data, the others are named as not written
  expect(outcome.tables.map((t) => t.nomor)).toEqual(["3.1"]);
  expect(outcome.tabelDilewati.map((d) => d.nomor)).toEqual(["3.2", "3.3", "3.4", "3.5", "3.6"]);
  expect(fake.stats.syncs).toBeLessThanOrEqual(3);
  expect(fake.stats.writeSyncs).toBe(1);
  expect(fake.stats.failedSyncs).toBe(0);
  expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(REQUEST_LIMIT_BYTES);
  // The write carried the formatting too: rules on the Capaian column of the user's sheet.
  expect(fake.conditionalFormats("Pengukuran Kinerja").length).toBeGreaterThan(0);
  expect(fake.cell("Pengukuran Kinerja", "G1001").value).not.toBe("");
}, 120_000);
