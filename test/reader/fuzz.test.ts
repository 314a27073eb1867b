/** Random junk and damaged layouts never make the reader throw. */
import fc from "fast-check";
import type { CellValue, GridRange, SheetSnapshot, WorkbookSnapshot } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { allLayouts } from "../fixtures/layouts";

const words = [
  "No",
  "Sasaran",
  "Indikator Kinerja",
  "Target",
  "Realisasi",
  "Capaian",
  "Predikat",
  "Satuan",
  "2024",
  "T %",
  "R %",
  "TW I",
  "Jumlah",
  "Rata-rata Capaian",
  "Tujuan 1 :",
  "Program",
  "Kegiatan : ",
  "1.06.02.2.01",
  "Pagu",
  "Realisasi (Rp)",
  "Tabel 3.1",
  "Persentase PMKS yang tertangani",
  "76,5 %",
  "4.8294.89.225",
  "BB",
  "80-90",
  "-",
  "(1)",
  "Rp 57.367.577.759",
  "16,005,873,903",
  "#DIV/0!",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...words),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 3000 }),
  fc.boolean(),
  fc.constant(""),
);

const sheetArb: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    name: fc.oneof(
      fc.constantFrom("PK 2024", "Realisasi", "Tabel 3.1 x", "_CapaianKinerja", "IKU"),
      fc.string(),
    ),
    rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 9 }), { minLength: 0, maxLength: 14 }),
    merges: fc.array(
      fc.record({
        row: fc.integer({ min: -2, max: 16 }),
        col: fc.integer({ min: -2, max: 10 }),
        rowCount: fc.integer({ min: 0, max: 5 }),
        colCount: fc.integer({ min: 0, max: 5 }),
      }),
      { maxLength: 4 },
    ),
    origin: fc.record({ row: fc.integer({ min: 0, max: 5 }), col: fc.integer({ min: 0, max: 3 }) }),
  })
  .map(({ name, rows, merges, origin }) => {
    const width = Math.max(0, ...rows.map((r) => r.length));
    const values = rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill("")]);
    return {
      name,
      origin,
      values,
      numberFormats: values.map((r) => r.map((_, j) => (j % 3 === 0 ? "0.00%" : "General"))),
      merges: merges as GridRange[],
      visibility: "visible",
      protected: false,
    };
  });

describe("reader robustness", () => {
  it("never throws on random junk snapshots", () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { maxLength: 3 }), (sheets) => {
        const snap: WorkbookSnapshot = { sheets, names: {} };
        const read = readWorkbook(snap);
        expect(Array.isArray(read.indicators)).toBe(true);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it("never throws when the cells of a real layout are shuffled or blanked", () => {
    const base = allLayouts()[0]!.snapshot;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.double({ min: 0, max: 0.6, noNaN: true }),
        (seed, rate) => {
          let x = seed;
          const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648), x / 2147483648);
          const sheets = base.sheets.map((s) => ({
            ...s,
            values: s.values.map((row) =>
              row.map((v) =>
                rnd() < rate
                  ? rnd() < 0.5
                    ? ""
                    : (s.values[Math.floor(rnd() * s.values.length)]?.[0] ?? "")
                  : v,
              ),
            ),
          }));
          readWorkbook({ sheets, names: {} });
        },
      ),
      { numRuns: 60 },
    );
  });
});
