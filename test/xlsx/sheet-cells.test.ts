import { attrValue, TextScan } from "../../src/xlsx/ooxml/xml-scan";
import { sheetCells as cellsOfScan } from "../../src/xlsx/sheet-cells";
import { toSheet } from "../../src/xlsx/sheet-grid";
import type { CellRows } from "../../src/xlsx/sheet-grid";
import { newCellRows, putCell } from "../../src/xlsx/sheet-grid";

const sheetCells = (xml: string, strings: string[], formats: string[]): CellRows =>
  cellsOfScan(new TextScan(xml), strings, formats);

describe("sheetCells: a worksheet's cells found by position", () => {
  it("reads cells with and without references, empty and self-closing ones, and skips look-alike tags", () => {
    const xml =
      '<worksheet><cols><col min="1" max="2"/></cols><sheetData>' +
      '<row r="2" spans="1:3"><c r="A2" t="s"><v>1</v></c><c/><c t="inlineStr"><is><t>x &amp; y</t></is></c></row>' +
      '<row><c r="B3"></c><c r="C3" s="1"><v xml:space="preserve">2.5</v></c><cell>no</cell></row>' +
      '<row r="5"/><row r="6"><c r="A6" t="b"><v>1</v></c><c r="B6"><f>A6*2</f><v>2</v></c></row>' +
      "</sheetData><rowBreaks/></worksheet>";
    const sheet = toSheet("S", "visible", false, [], sheetCells(xml, ["nol", "satu"], ["General", "0.00"]));
    expect(sheet.origin).toEqual({ row: 1, col: 0 });
    expect(sheet.values).toEqual([
      ["satu", "", "x & y"],
      ["", "", 2.5],
      ["", "", ""],
      ["", "", ""],
      [true, 2, ""],
    ]);
    expect(sheet.numberFormats[1]).toEqual(["General", "General", "0.00"]);
    expect(sheet.numberFormats[4]).toEqual(["General", "General", "General"]);
    expect(sheet.formulas).toEqual([
      ["", "", ""],
      ["", "", ""],
      ["", "", ""],
      ["", "", ""],
      ["", "=A6*2", ""],
    ]);
  });

  it("moves a shared formula from its master to each cell that shares it", () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="B1"><f t="shared" ref="B1:B3" si="0">A1+1</f><v>1</v></c></row>' +
      '<row r="2"><c r="B2"><f t="shared" si="0"/><v>2</v></c></row></sheetData></worksheet>';
    expect(toSheet("S", "visible", false, [], sheetCells(xml, [], [])).formulas).toEqual([
      ["=A1+1"],
      ["=A2+1"],
    ]);
  });

  it("reads numbers as Number does, the plain forms by position and the rest the slow way", () => {
    const forms = ["0", "-0", "12.50", "1.5E-3", "1e400", " 7 ", ".5", "0x1F", "123456789012345678", "abc"];
    const xml = `<worksheet><sheetData><row r="1">${forms.map((v) => `<c><v>${v}</v></c>`).join("")}</row></sheetData></worksheet>`;
    const values = toSheet("S", "visible", false, [], sheetCells(xml, [], [])).values[0]!;
    forms.forEach((v, i) => expect(Object.is(values[i], Number(v))).toBe(true));
  });

  it("reads attributes written with references, and cells whose references come out of order", () => {
    const xml =
      '<worksheet><sheetData><row r="&#51;"><c r="C&#51;" t="&#115;" s="&#49;"><v>0</v></c></row>' +
      '<row r="2"><c r="B2" s="1"><v>5</v></c><c r="B2"><v>6</v></c></row></sheetData></worksheet>';
    const sheet = toSheet("S", "visible", false, [], sheetCells(xml, ["nol"], ["General", "0%"]));
    expect(sheet.origin).toEqual({ row: 1, col: 1 });
    // The later cell at B2 replaces the earlier one, its format included.
    expect(sheet.values).toEqual([
      [6, ""],
      ["", "nol"],
    ]);
    expect(sheet.numberFormats).toEqual([
      ["General", "General"],
      ["General", "0%"],
    ]);
  });

  it("reads attributes and elements by the tokenizer's rules: either quote, spaces around =, > in a value, comments skipped", () => {
    expect(attrValue(' xr:uid="a" id="b"', "id")).toBe("b");
    expect(attrValue(' t="a &amp; b"', "t")).toBe("a & b");
    expect(attrValue(' s="1', "s")).toBeUndefined();
    expect(attrValue(" s = '1' ", "s")).toBe("1");
    const xml =
      '<worksheet><sheetData><!-- <row r="9"><c><v>9</v></c></row> -->' +
      "<row r='2'><c r = 'A2' note=\"a>b\"><v>1</v></c><c:x r=\"B2\"/><c r=\"C2\" t='str'><v>x &amp; y</v></c></row>" +
      "</sheetData></worksheet>";
    const sheet = toSheet("S", "visible", false, [], sheetCells(xml, [], []));
    expect(sheet.origin).toEqual({ row: 1, col: 0 });
    expect(sheet.values).toEqual([[1, "", "x & y"]]);
  });

  it("refuses a row number or a cell reference no worksheet has", () => {
    const xml = '<worksheet><sheetData><row r="x"><c><v>1</v></c></row></sheetData></worksheet>';
    expect(() => sheetCells(xml, [], [])).toThrow(expect.objectContaining({ kode: "BAGIAN_RUSAK" }));
    // upper-case letters then 1 to 15 digits only: no "$", no lower case, no range, no spaces
    for (const ref of ["A", "7", "A1B", "A&amp;1", "a1", "$A$1", "A1:B2", " A1", "A1234567890123456"]) {
      const cell = `<worksheet><sheetData><row><c r="${ref}"><v>1</v></c></row></sheetData></worksheet>`;
      expect(() => sheetCells(cell, [], [])).toThrow(expect.objectContaining({ kode: "BAGIAN_RUSAK" }));
    }
    const refs =
      '<row r="3"><c r="&#65;&#66;3"><v>1</v></c><c r="C03"><v>2</v></c><c r=""><v>3</v></c></row>';
    const sheet = toSheet(
      "S",
      "visible",
      false,
      [],
      sheetCells(`<worksheet><sheetData>${refs}</sheetData></worksheet>`, [], []),
    );
    // a decoded ref (AB3), a leading zero (C03 is C3) and an empty one (the column after the last)
    expect(sheet.origin).toEqual({ row: 2, col: 2 });
    expect([sheet.values[0]![0], sheet.values[0]![1], sheet.values[0]![25]]).toEqual([2, 3, 1]);
  });
});

describe("the snapshot grid: rows made in place", () => {
  it("shares one frozen row for the formats and formulas a row does not set, and shifts rows to the used columns", () => {
    const cells = newCellRows();
    putCell(cells, 0, 2, "a", "General", "");
    putCell(cells, 1, 3, 1, "0.00", "=B1");
    putCell(cells, 3, 2, 2, "General", "");
    const sheet = toSheet("S", "visible", false, [], cells);
    expect(sheet.origin).toEqual({ row: 0, col: 2 });
    expect(sheet.values).toEqual([
      ["a", ""],
      ["", 1],
      ["", ""],
      [2, ""],
    ]);
    expect(sheet.numberFormats).toEqual([
      ["General", "General"],
      ["General", "0.00"],
      ["General", "General"],
      ["General", "General"],
    ]);
    expect(sheet.formulas![1]).toEqual(["", "=B1"]);
    expect(sheet.numberFormats[0]).toBe(sheet.numberFormats[3]);
    expect(Object.isFrozen(sheet.formulas![0])).toBe(true);
  });

  it("an empty sheet is A1 holding an empty string", () => {
    const sheet = toSheet("S", "visible", false, [], newCellRows());
    expect(sheet).toMatchObject({ origin: { row: 0, col: 0 }, values: [[""]], numberFormats: [["General"]] });
  });
});
