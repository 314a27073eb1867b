/**
 * The Capaian/Predikat columns added beside a user's table continue its column-number row:
 * "(1) … (6)" gets "(7)", "(8)"; "1 … 6" as numbers gets 7, 8; a row of years is no such row.
 */
import type { CellValue, SheetSnapshot } from "../../src/engine/snapshot";
import { nomorBerikut, nomorKolom } from "../../src/engine/writeback/nomor-kolom";
import { planCells } from "../helpers/planCells";
import { SHEET, tableMapping } from "../fixtures/writeback/seed000";
import { okPlan, setup, type Run } from "./build";

const none = () => false;

function sheetOf(rows: CellValue[][]): SheetSnapshot {
  return {
    name: "S",
    origin: { row: 0, col: 0 },
    values: rows,
    numberFormats: rows.map((r) => r.map(() => "General")),
    merges: [],
    visibility: "visible",
    protected: false,
  };
}

describe("the column-number row", () => {
  const header = ["No", "Indikator", "Target", "Realisasi", "Capaian"];
  it.each<[string, CellValue[], { value: CellValue; format: string }]>([
    ["(1) … (5)", ["(1)", "(2)", "(3)", "(4)", "(5) = (4) / (3) x 100"], { value: "(7)", format: "@" }],
    ["numbers", [1, 2, 3, 4, 5], { value: 7, format: "General" }],
    ["digits as text", ["1", "2", "3", "4", "5"], { value: "7", format: "@" }],
  ])("%s: the second column after the table gets the next-but-one number", (_, nomor, expected) => {
    const k = nomorKolom(sheetOf([header, nomor]), [0, 1], { first: 0, last: 4 }, none);
    expect(k).toMatchObject({ row: 1, col: 4, n: 5 });
    expect(nomorBerikut(k!, 6)).toEqual(expected);
  });

  it.each<[string, CellValue[]]>([
    ["years", ["", "", 2022, 2023, 2024]],
    ["decreasing", ["(3)", "(2)", "(1)", "", ""]],
    ["one number only", ["(1)", "", "", "", ""]],
    ["words", ["(1)", "Target", "(3)", "", ""]],
  ])("%s is not a column-number row", (_, row) => {
    expect(nomorKolom(sheetOf([header, row]), [0, 1], { first: 0, last: 4 }, none)).toBeNull();
  });

  it("the added columns continue it in the plan, below their merged label", () => {
    // the seed-000 table with "(1)" … "(6)" under its header (row 3) and its rows one lower
    const run: Run = setup();
    const sheet = run.snapshot.sheets[0]!;
    const values = [...sheet.values];
    values.splice(2, 0, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]);
    run.snapshot = {
      ...run.snapshot,
      sheets: [{ ...sheet, values, numberFormats: values.map((r) => r.map(() => "General")) }],
    };
    const t = tableMapping();
    run.read = {
      ...run.read,
      tables: [{ ...t, range: "A2:F6", headerRows: [1, 2], firstDataRow: 3, lastDataRow: 5 }],
      indicators: run.read.indicators.map((ind) => {
        const cell = ind.source!.cell.replace(/\d+$/, (n) => String(Number(n) + 1));
        return { ...ind, source: { sheet: ind.source!.sheet, cell } };
      }),
    };
    const plan = okPlan(run).plan;
    const cells = planCells(plan, SHEET);
    expect([cells.get("G2")?.value, cells.get("H2")?.value]).toEqual(["Capaian (%)", "Predikat"]);
    expect([cells.get("G3"), cells.get("H3")]).toEqual([
      { value: "(7)", format: "@" },
      { value: "(8)", format: "@" },
    ]);
    // the label spans the header rows above the numbers only: one row here, so no merge
    expect(plan.merges.filter((m) => m.sheet === SHEET)).toEqual([]);
    expect(typeof cells.get("G4")?.value).toBe("number");
  });
});
