/**
 * The Temuan sheet in the write plan: one row per finding of seed rows the engine checks (seed 001
 * L811 capaian 42,6 for 81,92; seed 000 L4926 "Sangat Baik" for "Baik"; seed 000 L7053 616,6 % of
 * a percentage; seed 002 L275 a target under last year's realisasi) and the seed-000 letter grade,
 * sorted by level, each cell linked; owned like the Tabel 3.x sheets and never a user's own sheet.
 */
import seedsJson from "../fixtures/corpus/temuan-seeds.json";
import { compute } from "../../src/engine/compute";
import type { Temuan } from "../../src/engine/model";
import type { WritePlan } from "../../src/engine/plan";
import type { SheetSnapshot } from "../../src/engine/snapshot";
import { readState } from "../../src/engine/state";
import { buildRemovalPlan } from "../../src/engine/writeback/hapus";
import { linesOf, pointsFor } from "../../src/engine/writeback/row-heights";
import { linkLocation, TEMUAN_SHEET } from "../../src/engine/writeback/temuan-sheet";
import { bandingKode } from "../../src/engine/writeback/temuan-urutan";
import { KodeTemuan } from "../../src/engine/model";
import { applyPlanToSnapshot } from "../helpers/applyPlan";
import { planCells } from "../helpers/planCells";
import { type CorpusRow, indicatorFromRow, settings } from "../engine/helpers";
import { SHEET, TEMUAN_SAKIP, workbook } from "../fixtures/writeback/seed000";
import { okPlan, setup, type Run } from "./build";

const seeds = seedsJson as unknown as CorpusRow[];
const seedRow = (seed: string, line: number, year?: number): CorpusRow =>
  seeds.find((x) => x.seed === seed && x.line === line && (year === undefined || x.year === year))!;

/** What the engine finds on one seed row, in the reporting year of that row. */
function findingsOf(seed: string, line: number, tahun: number, year?: number): Temuan[] {
  const ind = indicatorFromRow(seedRow(seed, line, year));
  return compute({ indicators: [ind], anggaran: [], aggregates: [], temuan: [] }, settings({ tahun })).temuan;
}

const empty = (name: string): SheetSnapshot => ({
  name,
  visibility: "visible",
  protected: false,
  origin: { row: 0, col: 0 },
  values: [[""]],
  numberFormats: [["General"]],
  merges: [],
});

/** The seed-000 workbook with the seed rows' sheets (their findings point there), and their findings. */
function seededRun(extra: SheetSnapshot[] = [], lembarTemuan = true): Run {
  const run = setup({}, { lembarTemuan });
  const found = [
    ...findingsOf("002", 275, 2023),
    ...findingsOf("000", 7053, 2024),
    ...findingsOf("000", 4926, 2024),
    ...findingsOf("001", 811, 2020, 2020),
  ];
  run.snapshot = workbook({}, [...extra, ...["001-L811", "000-L4926", "000-L7053", "002-L275"].map(empty)]);
  run.result = { ...run.result, temuan: [...found, TEMUAN_SAKIP] };
  return run;
}

function rowsOf(plan: WritePlan, sheet: string, from = 3): unknown[][] {
  const cells = planCells(plan, sheet);
  const out: unknown[][] = [];
  for (let r = from; cells.has(`A${r + 1}`); r++)
    out.push(["A", "B", "C", "D", "E", "F", "G"].map((c) => cells.get(`${c}${r + 1}`)?.value ?? null));
  return out;
}

describe("the Temuan sheet", () => {
  it("lists every finding, errors first, then warnings, then information, in sheet order", () => {
    const out = okPlan(seededRun());
    const sheet = out.plan.sheets.find((s) => s.name === TEMUAN_SHEET)!;
    expect(sheet).toMatchObject({ create: true, clear: true, freeze: { rows: 3, cols: 0 } });
    const cells = planCells(out.plan, TEMUAN_SHEET);
    expect(cells.get("A1")?.value).toBe("Daftar Temuan Laporan Kinerja Tahun 2024");
    expect(rowsOf(out.plan, TEMUAN_SHEET, 2)[0]).toEqual([
      "No",
      "Tingkat",
      "Kode",
      "Sheet",
      "Sel",
      "Pesan",
      "Nilai seharusnya",
    ]);
    const rows = rowsOf(out.plan, TEMUAN_SHEET);
    expect(rows.map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([
      [1, "Galat", "PREDIKAT_HURUF_DI_BAWAH_TARGET", SHEET, "F5"],
      [2, "Galat", "CAPAIAN_TIDAK_SESUAI", "001-L811", "F1"],
      [3, "Galat", "PREDIKAT_TIDAK_SESUAI", "000-L4926", "G1"],
      [4, "Peringatan", "PERSEN_MELEBIHI_100", "000-L7053", "E1"],
      [5, "Info", "TARGET_DI_BAWAH_REALISASI_LALU", "002-L275", "D1"],
    ]);
    // the message in the user's language, and the value the cell should hold where the engine knows it
    expect(rows[1]![5]).toMatch(/^Capaian .* tercetak 42,6 .*seharusnya 81,92/);
    expect(rows[1]![6]).toBeCloseTo(81.92, 2);
    expect(rows[2]![6]).toBe("Baik");
    expect(rows[0]![6]).toBeNull();
    expect(cells.get("G5")?.format).toBe("#,##0.00");
  });

  it("links each cell to where the finding is, as a link and never a formula", () => {
    const out = okPlan(seededRun());
    const sheet = out.plan.sheets.find((s) => s.name === TEMUAN_SHEET)!;
    const links = [...(sheet.links ?? [])];
    expect(links[0]).toEqual({
      cell: "E4",
      location: "'Realisasi 2024'!F5",
      text: "F5",
      tip: "Buka sel F5 di sheet Realisasi 2024",
    });
    expect(links.map((l) => l.location)).toEqual([
      "'Realisasi 2024'!F5",
      "'001-L811'!F1",
      "'000-L4926'!G1",
      "'000-L7053'!E1",
      "'002-L275'!D1",
    ]);
    for (const c of planCells(out.plan, TEMUAN_SHEET).values())
      expect(typeof c.value === "string" && c.value.startsWith("=")).toBe(false);
    expect(linkLocation("Bab 'III'", "B2")).toBe("'Bab ''III'''!B2");
  });

  it("prints like the tables and fits its wrapped messages", () => {
    const out = okPlan(seededRun());
    const sheet = out.plan.sheets.find((s) => s.name === TEMUAN_SHEET)!;
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      fitToWidth: 1,
      titleRows: { first: 2, last: 2 },
      printArea: "A1:G8",
    });
    expect(sheet.columnWidths?.map((w) => w.width)).toEqual([5, 12, 30, 20, 9, 80, 16]);
    // each row as high as its longest text wrapped in its column; the header's "Nilai seharusnya" takes two lines
    const pesan = planCells(out.plan, TEMUAN_SHEET).get("F5")?.value as string;
    expect(linesOf(pesan, 80)).toBeGreaterThan(1);
    expect(sheet.rowHeights).toContainEqual({ row: 4, height: pointsFor(linesOf(pesan, 80)) });
    expect(sheet.rowHeights).toContainEqual({ row: 2, height: pointsFor(2) });
    const header = out.plan.ranges.find((r) => r.sheet === TEMUAN_SHEET && r.address === "A3:G3");
    expect(header?.style).toMatchObject({ bold: true, fill: "#D9E1F2", border: "thin" });
  });

  it("says so when there is no finding", () => {
    const run = setup({}, { lembarTemuan: true });
    run.result = { ...run.result, temuan: [] };
    const out = okPlan(run);
    expect(planCells(out.plan, TEMUAN_SHEET).get("A4")?.value).toBe("Tidak ada temuan.");
    expect(out.plan.merges).toContainEqual({ sheet: TEMUAN_SHEET, address: "A4:G4" });
    expect(out.plan.sheets.find((s) => s.name === TEMUAN_SHEET)?.links).toEqual([]);
  });

  it("is written in English when the run is", () => {
    const run = seededRun();
    run.settings = { ...run.settings, bahasa: "en" };
    const rows = rowsOf(okPlan(run).plan, TEMUAN_SHEET, 2);
    expect(rows[0]).toEqual(["No", "Level", "Code", "Sheet", "Cell", "Message", "Expected value"]);
    expect(rows[1]![1]).toBe("Error");
    expect(rows[2]![5]).toMatch(/^Capaian of .* expected 81\.92/);
  });

  it("is not written when the setting is off (the pane's default)", () => {
    const out = okPlan(seededRun([], false));
    expect(out.plan.sheets.map((s) => s.name)).not.toContain(TEMUAN_SHEET);
    expect(out.state.owned.sheets).not.toContain(TEMUAN_SHEET);
  });
});

describe("the Temuan sheet is the add-in's", () => {
  function rerun(first: Run, plan: WritePlan, lembarTemuan: boolean): Run {
    const snapshot = applyPlanToSnapshot(first.snapshot, plan);
    return {
      ...first,
      snapshot,
      state: readState(snapshot).state,
      settings: { ...first.settings, lembarTemuan },
    };
  }

  it("is listed as owned, replaced by a second run with the same writes, and removed by Hapus hasil", () => {
    const first = seededRun();
    const one = okPlan(first);
    expect(one.state.owned.sheets).toContain(TEMUAN_SHEET);
    const second = rerun(first, one.plan, true);
    const two = okPlan(second);
    expect(two.plan).toEqual({
      ...one.plan,
      sheets: one.plan.sheets.map((s) => ({ ...s, create: false })),
    });
    const removal = buildRemovalPlan(second.snapshot, second.state);
    expect(removal.ok && removal.plan.deleteSheets).toContain(TEMUAN_SHEET);
  });

  it("an earlier run's sheet is emptied, and says why, when the setting is turned off", () => {
    const first = seededRun();
    const one = okPlan(first);
    const two = okPlan(rerun(first, one.plan, false));
    const sheet = two.plan.sheets.find((s) => s.name === TEMUAN_SHEET);
    expect(sheet).toMatchObject({ clear: true, create: false });
    expect(rowsOf(two.plan, TEMUAN_SHEET, 0)).toEqual([
      [
        "Lembar Temuan tidak ditulis untuk tahun 2024: pengaturan lembar temuan tidak aktif.",
        null,
        null,
        null,
        null,
        null,
        null,
      ],
    ]);
    expect(two.state.owned.sheets).toContain(TEMUAN_SHEET);
  });

  it("a user's own sheet named Temuan is never written: the list goes beside it", () => {
    const own: SheetSnapshot = {
      ...empty("temuan"),
      values: [["Temuan Inspektorat 2023"]],
    };
    const out = okPlan(seededRun([own]));
    const name = "Temuan (Capaian Kinerja)";
    expect(out.plan.sheets.map((s) => s.name)).toContain(name);
    for (const list of [out.plan.ranges, out.plan.merges, out.plan.notes, out.plan.conditionalFormats])
      expect(list.some((w) => w.sheet.toLowerCase() === "temuan")).toBe(false);
    expect(out.plan.sheets.some((s) => s.name === "temuan")).toBe(false);
    expect(planCells(out.plan, name).get("C4")?.value).toBe("PREDIKAT_HURUF_DI_BAWAH_TARGET");
    // and keeps that name on the next run
    const second = rerun(seededRun([own]), out.plan, true);
    expect(okPlan(second).plan.sheets.map((s) => s.name)).toContain(name);
    expect(second.state.owned.sheets).not.toContain("temuan");
    expect(second.state.owned.sheets).toContain(name);
    expect(second.snapshot.sheets.find((s) => s.name === "temuan")?.values).toEqual(own.values);
  });
});

describe("bandingKode", () => {
  test("orders codes as localeCompare does, without the collator", () => {
    const sign = (n: number) => Math.sign(n);
    const texts = [
      ...KodeTemuan.options,
      "A_B",
      "AB",
      "A",
      "A_",
      "_A",
      "AB_C",
      "ABC",
      "kode-lain",
      "Ä_B",
      "",
    ];
    for (const a of texts)
      for (const b of texts)
        expect([a, b, sign(bandingKode(a, b))]).toEqual([a, b, sign(a.localeCompare(b))]);
  });
});
