/**
 * Issue 8, part 3 — refuse before writing: a user's value in an output cell, a protected sheet, a
 * user sheet already called "Tabel 3.1", a table against Excel's last column. The run stops before
 * any write with a message naming the sheet (and cell) and what to do; the workbook is untouched
 * (Excel: zero write syncs; file: no copy written; command line: exit 2, one sentence each, no file).
 * A failure inside Excel's write sync leaves no half-written table.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { isApplyRefusedError } from "../../src/pipeline/gateway";
import { runCapaian } from "../../src/pipeline/run";
import { createXlsxGateway } from "../../src/xlsx/gateway";
import { readSnapshot } from "../helpers/read-snapshot";
import { runCli } from "../cli/run-cli";
import { snapshotToXlsx } from "../fixtures/layouts";
import { CASES, protectedFile, userSheetNamed } from "./refusals";
import { realisasiWorkbook } from "./simple";
import { excelGateway } from "./suite";

describe.each(CASES)("refuses before writing: $name", (c) => {
  test("Excel: refusal naming it, zero write syncs, workbook unchanged", async () => {
    const fake = fakeWorkbookFromSnapshot(await c.snapshot());
    const before = fake.dump();
    const outcome = await runCapaian(excelGateway(fake));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.refusals.map((r) => r.kode)).toContain(c.kode);
    const r = outcome.refusals.find((x) => x.kode === c.kode)!;
    expect(r.pesan.en).toMatch(c.names);
    expect(r.pesan.id).toMatch(c.names);
    expect(fake.stats.writeSyncs).toBe(0);
    expect(fake.dump()).toBe(before);
  });

  test("file: the same refusal and no copy written", async () => {
    const input = c.file ? await c.file() : await snapshotToXlsx(await c.snapshot());
    const copy = Buffer.from(input);
    const outputs: Buffer[] = [];
    const outcome = await runCapaian(createXlsxGateway({ input, onOutput: (b) => void outputs.push(b) }));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.refusals.map((r) => r.kode)).toContain(c.kode);
    expect(outputs).toHaveLength(0);
    expect(input.equals(copy)).toBe(true);
  });
});

test("the command line: exit 2, one sentence per refused file naming sheet and cell, no file written", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "capaian-refuse-"));
  try {
    for (const [i, c] of CASES.entries())
      writeFileSync(
        path.join(dir, `kasus-${i}.xlsx`),
        c.file ? await c.file() : await snapshotToXlsx(await c.snapshot()),
      );
    const listed = readdirSync(dir).sort();
    const r = runCli(["hitung", ".", "--bahasa", "en"], dir);
    expect(r.code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(listed);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(CASES.length);
    CASES.forEach((c, i) => {
      const line = lines.find((l) => l.includes(`kasus-${i}.xlsx`))!;
      expect(line).toMatch(c.names);
      expect(line).not.toMatch(/\n\s+at |Error:/);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

test("file: a protection the reading missed is still refused by the package writer, as a refusal of the run", async () => {
  const input = await protectedFile(realisasiWorkbook(8));
  const outputs: Buffer[] = [];
  const inner = createXlsxGateway({ input, onOutput: (b) => void outputs.push(b) });
  // A reading that did not see the protection (an older file, a reader bug): the writer must still stop.
  const blind = {
    read: async () => {
      const snap = await readSnapshot(input);
      return { ...snap, sheets: snap.sheets.map((s) => ({ ...s, protected: false })) };
    },
    apply: inner.apply,
  };
  const dry = await runCapaian(blind, { tulis: false });
  expect(dry.ok).toBe(true);
  if (!dry.ok) return;
  const thrown = await inner.apply(dry.plan).then(
    () => null,
    (e: unknown) => e,
  );
  expect(isApplyRefusedError(thrown)).toBe(true);
  const outcome = await runCapaian(blind);
  expect(outcome.ok).toBe(false);
  if (!outcome.ok)
    expect(outcome.refusals[0]).toMatchObject({ kode: "SHEET_TERPROTEKSI", sheet: "Pengukuran Kinerja" });
  expect(outputs).toHaveLength(0);
});

test("Excel: a failure inside the write sync leaves no half-written table", async () => {
  // The first write sync, found by counting on a twin run (reads and look-ups before it vary).
  const twin = fakeWorkbookFromSnapshot(realisasiWorkbook(200));
  expect((await runCapaian(excelGateway(twin))).ok).toBe(true);
  const firstWrite = twin.stats.writeAt[0]!;
  expect(firstWrite).toBeGreaterThan(1);

  const fake = fakeWorkbookFromSnapshot(realisasiWorkbook(200));
  const before = fake.dump();
  fake.failSync(firstWrite);
  // Office.js batches are not transactions: the run says some changes may be written (the fake's
  // failed sync applies nothing, so the workbook is as it was).
  await expect(runCapaian(excelGateway(fake))).rejects.toMatchObject({ kode: "TULISAN_TERPUTUS" });
  expect(fake.stats.failedSyncs).toBe(1);
  expect(fake.stats.writeAt).toEqual([firstWrite]);
  expect(fake.dump()).toBe(before);
  // The next run (Excel back) writes everything at once.
  const outcome = await runCapaian(excelGateway(fake));
  expect(outcome.ok).toBe(true);
  expect(fake.sheetNames()).toContain("Tabel 3.1");
});

test('a user sheet named "Tabel 3.1" is kept as it is, and the table goes beside it (Excel and file)', async () => {
  const wb = realisasiWorkbook(8);
  wb.sheets.push(userSheetNamed("Tabel 3.1"));
  const fake = fakeWorkbookFromSnapshot(wb);
  const outcome = await runCapaian(excelGateway(fake));
  expect(outcome.ok).toBe(true);
  if (outcome.ok)
    expect(outcome.tables.find((t) => t.nomor === "3.1")?.sheet).toBe("Tabel 3.1 (Capaian Kinerja)");
  const outputs: Buffer[] = [];
  const file = await runCapaian(
    createXlsxGateway({ input: await snapshotToXlsx(wb), onOutput: (b) => void outputs.push(b) }),
  );
  expect(file.ok).toBe(true);
  const after = await readSnapshot(outputs[0]!);
  const kept = after.sheets.find((s) => s.name === "Tabel 3.1")!;
  expect(kept.values.flat().filter((v) => v !== "")).toEqual([
    "Tabel 3.1 buatan saya",
    "Isi lama yang masih saya pakai",
  ]);
  expect(after.sheets.some((s) => s.name === "Tabel 3.1 (Capaian Kinerja)")).toBe(true);
});
