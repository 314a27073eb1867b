/**
 * Issue 8, part 4 — hostile input never crashes: formula-looking text, 40,000-character text,
 * control characters, right-to-left text, emoji, lone surrogates, NaN/±Infinity/1e308, negative
 * targets, dates, booleans, error values. Every indicator ends computed or with a finding;
 * formula-looking text is written back as text; no exception escapes runCapaian or the command line.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import type { RunOutcome } from "../../src/pipeline/run";
import { CapaianReport } from "../../src/engine/report";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { runCapaian } from "../../src/pipeline/run";
import type { CellValue, WorkbookSnapshot } from "../../src/engine/snapshot";
import { createXlsxGateway } from "../../src/xlsx/gateway";
import { readSnapshot } from "../helpers/read-snapshot";
import { runCli } from "../cli/run-cli";
import { snapshotToXlsx } from "../fixtures/layouts";
import { FORMULA_LOOKING, hostileWorkbook } from "./hostile";
import { realisasiWorkbook } from "./simple";
import { excelGateway, guardedRun, newTally } from "./suite";

const RUNS = Number(process.env.RELIABILITY_RUNS ?? 20);

/** Indicators of the reporting year that ended neither computed nor with a finding about them. */
export function silentIndicators(outcome: RunOutcome): string[] {
  if (!outcome.result) return [];
  const flagged = new Set(outcome.result.temuan.map((t) => t.indicatorId).filter(Boolean));
  return outcome.result.indikator
    .filter((r) => r.status !== "dihitung" && !flagged.has(r.indicatorId))
    .map((r) => `${r.indicatorId} (${r.status})`);
}

/** Empty, or the dash agencies type for "no value". */
const blank = (v: CellValue | undefined) =>
  v === undefined || (typeof v === "string" && /^[-–—]?$/.test(v.trim()));

/**
 * Silent indicators that have a realisasi: a blank target, an error value (#N/A) or a non-finite
 * number as target or realisasi all get a finding now. A blank realisasi (not reported yet) may
 * stay silent by design.
 */
function unexplained(outcome: RunOutcome, wb: WorkbookSnapshot): string[] {
  const sheet = wb.sheets[0]!;
  return silentIndicators(outcome).filter((s) => {
    const row = Number(/!(\d+) /.exec(s)?.[1]) - 1 - sheet.origin.row;
    return !blank(sheet.values[row]?.[5]);
  });
}

/** Cells holding a formula in `after` that `before` did not have: the run must never write one. */
function newFormulas(before: WorkbookSnapshot, after: WorkbookSnapshot): string[] {
  const had = new Set<string>();
  for (const s of before.sheets)
    s.formulas?.forEach((row, i) =>
      row.forEach((f, j) => f && had.add(`${s.name}!${s.origin.row + i},${s.origin.col + j}`)),
    );
  const out: string[] = [];
  for (const s of after.sheets)
    s.formulas?.forEach((row, i) =>
      row.forEach((f, j) => {
        if (f && !had.has(`${s.name}!${s.origin.row + i},${s.origin.col + j}`)) out.push(`${s.name}: ${f}`);
      }),
    );
  return out;
}

/** Formula-looking strings the run wrote, found back as text values. */
function formulaTextKept(after: WorkbookSnapshot): number {
  let n = 0;
  for (const s of after.sheets)
    for (const row of s.values)
      for (const v of row) if (typeof v === "string" && FORMULA_LOOKING.includes(v)) n++;
  return n;
}

describe("hostile input never crashes", () => {
  test(`the strict Excel fake (${RUNS} workbooks)`, async () => {
    const tally = newTally();
    let kept = 0;
    await fc.assert(
      fc.asyncProperty(hostileWorkbook, async (wb) => {
        const fake = fakeWorkbookFromSnapshot(wb);
        const before = fake.toSnapshot();
        const run = await guardedRun(() => runCapaian(excelGateway(fake)), tally);
        expect(run.ok ? null : run.error).toBeNull();
        if (!run.ok) return;
        expect(unexplained(run.outcome, wb)).toEqual([]);
        const after = fake.toSnapshot();
        expect(newFormulas(before, after)).toEqual([]);
        kept += formulaTextKept(after) - formulaTextKept(before);
      }),
      { numRuns: RUNS },
    );
    expect(tally.crashes).toBe(0);
    // Formula-looking names reached the generated tables as text.
    expect(kept).toBeGreaterThan(0);
  }, 120_000);

  test(`.xlsx files (${RUNS} workbooks)`, async () => {
    const tally = newTally();
    await fc.assert(
      fc.asyncProperty(hostileWorkbook, async (wb) => {
        const input = await snapshotToXlsx(wb);
        let written: Buffer | null = null;
        const gateway = createXlsxGateway({ input, onOutput: (b) => void (written = b) });
        const run = await guardedRun(() => runCapaian(gateway), tally);
        expect(run.ok ? null : run.error).toBeNull();
        if (!run.ok || !run.outcome.ok) return;
        // judged on the workbook as the file holds it: a control character (NUL) the generator put in a
        // cell cannot be stored in .xlsx, so that cell is blank in the file the run reads
        const stored = await readSnapshot(input);
        expect(unexplained(run.outcome, stored)).toEqual([]);
        expect(written).not.toBeNull();
        const after = await readSnapshot(written!);
        expect(newFormulas(stored, after)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    expect(tally.crashes).toBe(0);
  }, 120_000);

  test("the command line: exit 0 or 2 with sentences, never a stack", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "capaian-hostile-"));
    try {
      const books = fc.sample(hostileWorkbook, { numRuns: 6, seed: 42 });
      for (const [i, wb] of books.entries())
        writeFileSync(path.join(dir, `hostile-${i}.xlsx`), await snapshotToXlsx(wb));
      writeFileSync(path.join(dir, "bukan-excel.xlsx"), "=cmd|' /C calc'!A0\n");
      writeFileSync(path.join(dir, "terpotong.xlsx"), (await snapshotToXlsx(books[0]!)).subarray(0, 300));
      const r = runCli(["hitung", ".", "--keluar", "hasil"], dir);
      expect([0, 2]).toContain(r.code);
      for (const out of [r.stdout, r.stderr]) {
        expect(out).not.toMatch(/^\s+at /m);
        expect(out).not.toMatch(/Kesalahan internal|TypeError|RangeError/);
      }
      expect(r.stderr).toMatch(/bukan-excel\.xlsx: .*bukan buku kerja Excel/);
      expect(r.stderr).toMatch(/terpotong\.xlsx: .*rusak/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  test("a 100,000-row sheet: every indicator computed or with a finding, three syncs on the fake", async () => {
    const rows = 100_000;
    const wb = realisasiWorkbook(rows, {
      values: (i) => (i % 1000 === 7 ? [80, "lima puluh"] : [75 + (i % 20), 60 + ((i * 7) % 45)]),
    });
    const fake = fakeWorkbookFromSnapshot(wb);
    const outcome = await runCapaian(excelGateway(fake), { tabel: [] });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.indikator).toHaveLength(rows);
    expect(outcome.result.indikator.filter((r) => r.status === "dihitung")).toHaveLength(rows - rows / 1000);
    expect(silentIndicators(outcome)).toEqual([]);
    expect(fake.cell("Pengukuran Kinerja", `G${rows + 1}`).value).not.toBe("");
  }, 300_000);

  /*
   * Gaps this suite once found (each was a skipped test): a 40,000-character name refused by the
   * Excel adapter, an infinite capaian, and silent rows beside a blank, error or non-finite value.
   * `hostileWorkbook` generates all of these again.
   */
  const one = (t: CellValue, r: CellValue, name?: string) =>
    realisasiWorkbook(3, {
      values: (i) => (i === 1 ? [t, r] : [80, 70]),
      name: (i) => (i === 1 && name) || `Indikator ${i + 1}`,
    });

  test("[excel] a 40,000-character indicator name: the Excel run cuts it to 32,767 characters and says so once, naming the cells", async () => {
    const fake = fakeWorkbookFromSnapshot(one(80, 70, "x".repeat(40_000)));
    const outcome = await runCapaian(excelGateway(fake));
    expect(outcome).toMatchObject({ ok: true });
    if (!outcome.ok) return;
    // Cut to Excel's limit, as the package writer does, and said once, naming the cells.
    const cut = (outcome.report?.skipped ?? []).filter((s) => /32767 karakter/.test(s.id));
    expect(cut).toHaveLength(1);
    expect(cut[0]!.id).toMatch(/^\d+ teks dipotong .*'Tabel 3\.1'![A-Z]+\d+/);
    const written = fake
      .toSnapshot()
      .sheets.filter((s) => s.name === "Tabel 3.1")
      .flatMap((s) => s.values.flat())
      .filter((v) => typeof v === "string" && v.startsWith("xxxx"));
    expect(written.length).toBeGreaterThan(0);
    for (const v of written) expect((v as string).length).toBeLessThanOrEqual(32_767);
    expect(written.some((v) => (v as string).length === 32_767)).toBe(true);
  });

  test("[engine] realisasi 1e308 over target 0.5 (or target 5e-324): capaian is finite or null with a finding, never Infinity; the Excel run writes", async () => {
    for (const [t, r] of [
      [0.5, 1e308],
      [5e-324, 80],
      [0.5, -1e308],
    ] as const) {
      const fake = fakeWorkbookFromSnapshot(one(t, r));
      const outcome = await runCapaian(excelGateway(fake), { tulis: false });
      expect(outcome.result!.indikator.every((r) => r.capaian === null || Number.isFinite(r.capaian))).toBe(
        true,
      );
      const row = outcome.result!.indikator[1]!;
      expect(row).toMatchObject({ capaian: null, status: "tidak-terbaca" });
      const own = outcome.result!.temuan.filter((x) => x.indicatorId === row.indicatorId);
      const tidakTerbaca = own.filter((x) => x.kode === "NILAI_TIDAK_TERBACA");
      expect(tidakTerbaca.map((x) => x.sel.map((c) => c.cell).sort())).toEqual([["E3", "F3"]]);
      // and the write goes through on the strict fake
      await expect(runCapaian(excelGateway(fake))).resolves.toMatchObject({ ok: true });
    }
  });

  test("[engine] realisasi 1e308 over target 0.5 on the command line: exit 0 and a valid JSON report", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "capaian-inf-"));
    try {
      writeFileSync(path.join(dir, "besar.xlsx"), await snapshotToXlsx(one(0.5, 1e308)));
      const r = runCli(["hitung", "besar.xlsx", "--keluar", "hasil", "--json", "laporan.json"], dir);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const report = CapaianReport.parse(JSON.parse(readFileSync(path.join(dir, "laporan.json"), "utf8")));
      expect(JSON.stringify(report)).toMatch(/NILAI_TIDAK_TERBACA/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  test("[engine] a blank target beside a realisasi gets a finding", async () => {
    for (const blankTarget of ["", "-"]) {
      const outcome = await runCapaian(excelGateway(fakeWorkbookFromSnapshot(one(blankTarget, 70))), {
        tulis: false,
      });
      expect(silentIndicators(outcome)).toEqual([]);
      const row = outcome.result!.indikator[1]!;
      expect(row.status).toBe("tanpa-target");
      const own = outcome.result!.temuan.filter((x) => x.indicatorId === row.indicatorId);
      // names the target cell (E3), which the reader keeps no value of
      expect(own.map((x) => [x.kode, x.sel[0]?.cell])).toEqual([["TARGET_TIDAK_TERBACA", "E3"]]);
    }
  });

  test("[engine] an error value (#N/A) as target gets a finding, not a silent 'tanpa-target'", async () => {
    for (const err of ["#N/A", "#DIV/0!"]) {
      const outcome = await runCapaian(excelGateway(fakeWorkbookFromSnapshot(one(err, 70))), {
        tulis: false,
      });
      expect(silentIndicators(outcome)).toEqual([]);
      const row = outcome.result!.indikator[1]!;
      const own = outcome.result!.temuan.filter((x) => x.indicatorId === row.indicatorId);
      expect(own.map((x) => x.kode)).toEqual(["NILAI_TIDAK_TERBACA"]);
      expect(own[0]!.sel[0]?.cell).toBe("E3");
      expect(own[0]!.pesan.id).toContain(err);
    }
  });

  test("[engine] NaN or ±Infinity as realisasi gets a NILAI_TIDAK_TERBACA finding", async () => {
    for (const bad of [Number.NaN, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]) {
      const outcome = await runCapaian(excelGateway(fakeWorkbookFromSnapshot(one(80, bad))), {
        tulis: false,
      });
      expect(silentIndicators(outcome)).toEqual([]);
      const row = outcome.result!.indikator[1]!;
      const own = outcome.result!.temuan.filter((x) => x.indicatorId === row.indicatorId);
      expect(own.map((x) => [x.kode, x.sel[0]?.cell])).toEqual([["NILAI_TIDAK_TERBACA", "F3"]]);
    }
  });
});
