import { attr, sheetCells, toSheet } from "../../src/xlsx/sheet-cells";

describe("sheetCells: a worksheet's cells found by position", () => {
  it("reads cells with and without references, empty and self-closing ones, and skips look-alike tags", () => {
    const xml =
      '<worksheet><cols><col min="1" max="2"/></cols><sheetData>' +
      '<row r="2" spans="1:3"><c r="A2" t="s"><v>1</v></c><c/><c t="inlineStr"><is><t>x &amp; y</t></is></c></row>' +
      '<row><c r="B3"></c><c r="C3" s="1"><v xml:space="preserve">2.5</v></c><cell>no</cell></row>' +
      '<row r="5"/><row r="6"><c r="A6" t="b"><v>1</v></c><c r="B6"><f>A6*2</f><v>2</v></c></row>' +
      "</sheetData><rowBreaks/></worksheet>";
    const cells = sheetCells(xml, ["nol", "satu"], ["General", "0.00"]);
    expect(cells.rows).toEqual([1, 1, 2, 5, 5]);
    expect(cells.cols).toEqual([0, 2, 2, 0, 1]);
    expect(cells.values).toEqual(["satu", "x & y", 2.5, true, 2]);
    expect(cells.formats).toEqual(["General", "General", "0.00", "General", "General"]);
    expect(cells.formulas).toEqual(["", "", "", "", "=A6*2"]);
    const sheet = toSheet("S", "visible", false, [], cells);
    expect(sheet.origin).toEqual({ row: 1, col: 0 });
    expect(sheet.values[4]).toEqual([true, 2, ""]);
  });

  it("moves a shared formula from its master to each cell that shares it", () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="B1"><f t="shared" ref="B1:B3" si="0">A1+1</f><v>1</v></c></row>' +
      '<row r="2"><c r="B2"><f t="shared" si="0"/><v>2</v></c></row></sheetData></worksheet>';
    expect(sheetCells(xml, [], []).formulas).toEqual(["=A1+1", "=A2+1"]);
  });

  it("takes an attribute only where its name starts after white space", () => {
    expect(attr(' xr:uid="a" id="b"', "id")).toBe("b");
    expect(attr('r="A1" s="2"', "r")).toBe("A1");
    expect(attr(' t="a &amp; b"', "t")).toBe("a & b");
    expect(attr(' s="1', "s")).toBeUndefined();
  });
});
