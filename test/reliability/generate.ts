/**
 * Agency-like workbooks for the reliability properties: a seed layout (test/fixtures/layouts) moved
 * to a random place on its sheet, its target and realisasi cells refilled with the messy values
 * agencies type, extra merges, and unrelated sheets beside it.
 */
import fc from "fast-check";
import type { CellValue, GridRange, SheetSnapshot, WorkbookSnapshot } from "../../src/engine/snapshot";
import { allLayouts, type LayoutFixture } from "../fixtures/layouts";
import { chartDataSheet, staffSheet } from "../fixtures/layouts/junk";

export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export interface GeneratedWorkbook {
  /** layout name and the random choices, for a failing case's message */
  label: string;
  snapshot: WorkbookSnapshot;
  /** every realisasi cell of an indicator row (absolute, after the move) */
  realisasi: CellRef[];
}

const LAYOUTS: LayoutFixture[] = allLayouts();

/** The values agencies type in target/realisasi cells. */
export const messyValue: fc.Arbitrary<CellValue> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.double({ min: 0, max: 5000, noNaN: true }).map((n) => Math.round(n * 100) / 100),
  },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 150 }) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }))
      .map(([a, b]) => `${a},${b} %`),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "-",
      "",
      "n/a",
      "BB",
      "A",
      "1.234,5",
      "Rp 57.367.577.759",
      "76.5%",
      "(12)",
      "–",
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: -50, max: -1 }) },
);

const junkCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.boolean(),
  fc.constant(""),
);

/** A sheet of unrelated data (a list, notes) with merges of its own. */
const junkSheet = (name: string): fc.Arbitrary<SheetSnapshot> =>
  fc
    .record({
      rows: fc.integer({ min: 1, max: 12 }),
      cols: fc.integer({ min: 1, max: 6 }),
      cells: fc.array(junkCell, { minLength: 72, maxLength: 72 }),
      merge: fc.option(fc.record({ row: fc.nat(10), col: fc.nat(4) }), { nil: null }),
    })
    .map(({ rows, cols, cells, merge }) => {
      const values = Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => cells[r * 6 + c] ?? ""),
      );
      const merges: GridRange[] =
        merge && merge.row + 1 < rows && merge.col + 1 < cols
          ? [{ row: merge.row, col: merge.col, rowCount: 2, colCount: 2 }]
          : [];
      return {
        name,
        origin: { row: 0, col: 0 },
        values,
        numberFormats: values.map((r) => r.map(() => "General")),
        formulas: values.map((r) => r.map(() => "")),
        merges,
        visibility: "visible" as const,
        protected: false,
      };
    });

/** The same sheet `dr` rows down and `dc` columns right (merges too). */
function moved(sheet: SheetSnapshot, dr: number, dc: number): SheetSnapshot {
  return {
    ...sheet,
    origin: { row: sheet.origin.row + dr, col: sheet.origin.col + dc },
    merges: sheet.merges.map((m) => ({ ...m, row: m.row + dr, col: m.col + dc })),
  };
}

function setCell(sheet: SheetSnapshot, row: number, col: number, value: CellValue): void {
  const r = sheet.values[row - sheet.origin.row];
  if (!r || col - sheet.origin.col >= r.length || col < sheet.origin.col) return;
  r[col - sheet.origin.col] = value;
}

function cloneSheet(s: SheetSnapshot): SheetSnapshot {
  return {
    ...s,
    values: s.values.map((r) => [...r]),
    numberFormats: s.numberFormats.map((r) => [...r]),
    formulas: s.formulas?.map((r) => [...r]),
    merges: s.merges.map((m) => ({ ...m })),
  };
}

/** The target/realisasi cells of a layout, before any move. */
function valueCells(layout: LayoutFixture): { realisasi: CellRef[]; target: CellRef[] } {
  const realisasi: CellRef[] = [];
  const target: CellRef[] = [];
  for (const t of layout.tables) {
    for (const ind of t.indicators ?? []) {
      for (const c of t.columns) {
        if (c.role === "realisasi") realisasi.push({ sheet: t.sheet, row: ind.row, col: c.col });
        if (c.role === "target") target.push({ sheet: t.sheet, row: ind.row, col: c.col });
      }
    }
  }
  return { realisasi, target };
}

const EXTRA_NAMES = ["Catatan", "Data Pegawai", "Lampiran", "Sheet9", "Rekap Lain"];

export const agencyWorkbook: fc.Arbitrary<GeneratedWorkbook> = fc
  .record({
    layout: fc.nat(LAYOUTS.length - 1),
    dr: fc.nat(3),
    dc: fc.nat(2),
    values: fc.array(messyValue, { minLength: 200, maxLength: 200 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    extras: fc.subarray(EXTRA_NAMES, { maxLength: 2 }),
    staff: fc.boolean(),
    chartData: fc.boolean(),
    junk: fc.array(junkSheet("x"), { minLength: 2, maxLength: 2 }),
  })
  .map(({ layout: li, dr, dc, values, share, extras, staff, chartData, junk }) => {
    const layout = LAYOUTS[li]!;
    const sheets = layout.snapshot.sheets.map(cloneSheet);
    const cells = valueCells(layout);
    // Refill a share of the value cells with messy text/numbers (the rest keeps the seed's values).
    let k = 0;
    for (const ref of [...cells.realisasi, ...cells.target]) {
      const v = values[k++ % values.length]!;
      if (k / values.length > share) continue;
      const s = sheets.find((x) => x.name === ref.sheet);
      if (s) setCell(s, ref.row, ref.col, v);
    }
    const tableSheets = new Set(layout.tables.map((t) => t.sheet));
    const out = sheets.map((s) => (tableSheets.has(s.name) ? moved(s, dr, dc) : s));
    if (staff && !out.some((s) => s.name === "Pegawai")) out.push(staffSheet());
    if (chartData && !out.some((s) => s.name === "Grafik")) out.push(chartDataSheet());
    extras.forEach((name, i) => {
      if (!out.some((s) => s.name.toLowerCase() === name.toLowerCase())) out.push({ ...junk[i]!, name });
    });
    const shift = (r: CellRef): CellRef =>
      tableSheets.has(r.sheet) ? { sheet: r.sheet, row: r.row + dr, col: r.col + dc } : r;
    return {
      label: `${layout.name} +${dr}r+${dc}c extra=[${extras.join(",")}]${staff ? " pegawai" : ""}${chartData ? " grafik" : ""}`,
      snapshot: { sheets: out, names: { ...layout.snapshot.names } },
      realisasi: cells.realisasi.map(shift),
    };
  });
