/** The add-in's own cells (listed in the state) are never read as part of the user's table. */
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts";
import { pengukuran2023 } from "../fixtures/layouts/seed002";

describe("owned cells", () => {
  test("a Predikat column the add-in added (header merged down, values beside) reads as if absent", () => {
    const plain = new SheetBuilder("Realisasi 2023");
    pengukuran2023(plain);
    const before = readWorkbook(workbook(plain.build()));
    const t = before.tables[0]!;
    const col = Math.max(...t.columns.map((c) => c.col)) + 1;

    // the same sheet after a run: a "Predikat" header over the column-number row and a grade per row
    const sheet = plain.build();
    const top = Math.min(...t.headerRows);
    const values = sheet.values.map((row, r) => {
      const out = [...row];
      while (out.length <= col) out.push("");
      if (r >= top && r <= t.lastDataRow)
        out[col] = r <= Math.max(...t.headerRows) ? "Predikat" : "Sangat Baik";
      return out;
    });
    const after = {
      ...sheet,
      values,
      numberFormats: values.map((row) => row.map(() => "General")),
      merges: [...sheet.merges, { row: top, col, rowCount: t.firstDataRow - top, colCount: 1 }],
    };
    const address = `${String.fromCharCode(65 + col)}${top + 1}:${String.fromCharCode(65 + col)}${t.lastDataRow + 1}`;
    const owned = { sheets: [], ranges: [{ sheet: "Realisasi 2023", address }], names: [], charts: [] };

    const masked = readWorkbook(workbook(after), undefined, { owned });
    expect(masked.tables.map((x) => [x.range, x.headerRows, x.firstDataRow, x.lastDataRow])).toEqual(
      before.tables.map((x) => [x.range, x.headerRows, x.firstDataRow, x.lastDataRow]),
    );
    expect(masked.indicators.map((i) => i.indikator)).toEqual(before.indicators.map((i) => i.indikator));
    expect(masked.tables[0]!.columns.some((c) => c.role === "predikat")).toBe(false);

    // without the state the added column is read as the table's own Predikat column
    const unmasked = readWorkbook(workbook(after));
    expect(unmasked.tables[0]!.columns.some((c) => c.role === "predikat")).toBe(true);
  });
});
