/**
 * The Excel gateway's requests as Microsoft's Office.js builds them (test/helpers/officeRecorder.ts:
 * the Excel on the web library under jsdom, its executor replaced by a recorder, answers replayed
 * on the strict fake). Sizes: Excel on the web refuses a request over 5,000,000 bytes; the gateway
 * keeps every write request under 4,750,000. The whole pipeline, read included, goes through
 * Office.js: 1,000 indicators in at most 3 syncs and 1.5 MB written, 10,000 in at most 5 syncs and
 * 6 MB written.
 */
import { createFakeExcel } from "../../src/excel/fake";
import { createOfficeRecorder, utf8Bytes } from "../helpers/officeRecorder";
import { figures, recordedRun, type RecordedRun } from "../helpers/recordedPipeline";

const LIMIT = 4_750_000;
const runs = new Map<number, Promise<RecordedRun>>();
const run = (rows: number) => {
  if (!runs.has(rows)) runs.set(rows, recordedRun(rows, { readThroughRecorder: true }));
  return runs.get(rows)!;
};

test("the recorder measures the body Office.js sends and answers loads from the fake", async () => {
  const fake = createFakeExcel();
  const recorder = createOfficeRecorder(fake, { keepBodies: true });
  const names = await recorder.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B1").values = [["Capaian ü", 1]];
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
  expect(names).toEqual(["Sheet1"]);
  expect(fake.cell("Sheet1", "A1").value).toBe("Capaian ü");
  expect(recorder.requests).toHaveLength(1);
  expect(recorder.requests[0]!.bytes).toBe(utf8Bytes(JSON.stringify(recorder.bodies[0])));
  expect(recorder.requests[0]!.write).toBe(true);
});

test("a null object comes back as one, as in Excel", async () => {
  const fake = createFakeExcel();
  const recorder = createOfficeRecorder(fake);
  const isNull = await recorder.run(async (context) => {
    const missing = context.workbook.worksheets.getItemOrNullObject("Tidak Ada");
    await context.sync();
    return missing.isNullObject;
  });
  expect(isNull).toBe(true);
});

describe.each([100, 1000])("%i indicators", (rows) => {
  // Writes against writes: the recorder's apply reuses the look-up its read made, while the fake's
  // own run of the plan makes its look-up sync first; the read's requests are no writes either.
  test("the fake's byte count of the write requests is within 10 % of Office.js's", async () => {
    const r = await run(rows);
    expect(r.ok).toBe(true);
    const f = figures(r);
    expect(f.fakeWritten).toBeGreaterThan(0);
    expect(Math.abs(f.fakeWritten - f.written) / f.written).toBeLessThan(0.1);
    expect(Math.abs(f.fakeLargestWrite - f.largestWrite) / f.largestWrite).toBeLessThan(0.1);
  }, 120_000);
});

test("1,000 indicators: at most 3 syncs in all, one of them writing at most 1.5 MB", async () => {
  const f = figures(await run(1000));
  // the sizes, the cells (with the rules the apply needs), the write: no look-up of its own
  expect(f.syncs).toBeLessThanOrEqual(3);
  expect(f.writeSyncs).toBe(1);
  expect(f.written).toBeLessThanOrEqual(1_500_000);
}, 120_000);

test("10,000 indicators: at most 5 syncs in all and 6 MB written, every request under 4.75 MB", async () => {
  const r = await run(10_000);
  expect(r.ok).toBe(true);
  const f = figures(r);
  expect(f.syncs).toBeLessThanOrEqual(5);
  expect(f.written).toBeLessThanOrEqual(6_000_000);
  for (const request of [...r.read, ...r.apply]) expect(request.bytes).toBeLessThanOrEqual(LIMIT);
}, 180_000);

test.each([100, 1000, 5000])(
  "%i indicators: every request stays under 4.75 MB",
  async (rows) => {
    const r = await run(rows);
    expect(r.ok).toBe(true);
    for (const request of r.apply) expect(request.bytes).toBeLessThanOrEqual(LIMIT);
  },
  300_000,
);

test("the recorder's run leaves the same workbook as the fake's own run of the plan", async () => {
  const r = await run(100);
  expect(r.dump).toBe(r.fakeDump);
}, 120_000);
