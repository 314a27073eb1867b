import { CellRecords } from "../../src/xlsx/ooxml/cell-records";
import { columnLetter } from "../../src/engine/address";

function text(out: Iterable<string>): string {
  return [...out].join("");
}

/** The rows as the cells are meant to be written, one plain string at a time. */
function expected(rows: number, cols: number, value: (r: number, c: number) => string | number): string {
  let body = "";
  for (let r = 0; r < rows; r++) {
    body += r === 1 ? `<row r="${r + 1}" ht="30" customHeight="1">` : `<row r="${r + 1}">`;
    for (let c = 0; c < cols; c++) {
      const v = value(r, c);
      const ref = `${columnLetter(c)}${r + 1}`;
      body +=
        typeof v === "number"
          ? `<c r="${ref}" s="3"><v>${v}</v></c>`
          : `<c r="${ref}" s="3" t="inlineStr"><is><t>${v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</t></is></c>`;
    }
    body += "</row>";
  }
  return `<sheetData>${body}</sheetData>`;
}

describe("CellRecords: a new sheet's cells written out in UTF-8 blocks", () => {
  it("writes every row and cell, across many join and block boundaries, with text outside Latin-1", () => {
    // 12,000 rows × 6 cells: ~40 pieces a row fill the 8,192-piece joins hundreds of times and the
    // 4 MB blocks more than once; "≥" and "—" make the joined text two bytes a unit, "𝒳" four in UTF-8.
    const rows = 12000;
    const cols = 6;
    const value = (r: number, c: number): string | number =>
      c % 2 ? r * 1.5 + c : `Indikator ${r} ≥ 75 % — kolom ${c} & <catatan> 𝒳 ${"x".repeat(c * 20)}.`;
    const rec = new CellRecords();
    // written right to left, so every cell but the first of a row is inserted before the others
    for (let r = 0; r < rows; r++) for (let c = cols - 1; c >= 0; c--) rec.setCell(r, c, value(r, c), 3);
    const got = text(rec.sheetData(new Map([[1, 30]]), "Tabel"));
    const want = expected(rows, cols, value);
    // where they first differ, rather than two megabytes of text
    let at = 0;
    while (at < want.length && got[at] === want[at]) at++;
    expect(got.slice(at, at + 200)).toBe(want.slice(at, at + 200));
    expect(got.length).toBe(want.length);
  });

  it("keeps a style written over a value after its type, and takes it away with style 0", () => {
    const rec = new CellRecords();
    rec.setCell(0, 0, "a", undefined);
    rec.setStyle(0, 0, 4);
    rec.setCell(0, 1, true, undefined);
    rec.setStyle(0, 1, 4);
    rec.setStyle(0, 1, 0);
    rec.setStyle(0, 2, 5);
    expect(rec.styleOf(0, 0)).toBe(4);
    expect(rec.styleOf(0, 1)).toBeUndefined();
    expect(rec.valueAt(0, 1)).toBe("TRUE");
    expect(text(rec.sheetData(new Map(), "S"))).toBe(
      '<sheetData><row r="1"><c r="A1" t="inlineStr" s="4"><is><t>a</t></is></c>' +
        '<c r="B1" t="b"><v>1</v></c><c r="C1" s="5"/></row></sheetData>',
    );
  });

  it("reads back what was written last, in any order, on rows far apart", () => {
    const rec = new CellRecords();
    rec.setCell(999, 3, "d", 2);
    rec.setCell(0, 5, -0, undefined);
    rec.setCell(0, 1, "eins", undefined);
    rec.setCell(0, 1, "zwei", undefined); // a string over a string
    rec.setCell(0, 3, "drei", undefined);
    rec.setCell(0, 3, 3, undefined); // a number over a string
    rec.setCell(0, 3, "vier", undefined); // and a string again
    rec.setCell(0, 2, false, 7);
    rec.setCell(0, 0, "", 6); // "" leaves a styled blank
    rec.setCell(0, 4, Number.NaN, undefined);
    rec.setCell(999, 0, 1e21, undefined);
    expect([0, 1, 2, 3, 4, 5].map((c) => rec.valueAt(0, c))).toEqual([
      undefined,
      "zwei",
      "FALSE",
      "vier",
      undefined,
      0,
    ]);
    expect(Object.is(rec.valueAt(0, 5), 0)).toBe(true);
    expect(rec.valueAt(999, 0)).toBe(1e21);
    expect(rec.styleOf(999, 3)).toBe(2);
    expect(rec.styleOf(500, 3)).toBeUndefined();
    expect(text(rec.sheetData(new Map(), "S"))).toBe(
      '<sheetData><row r="1"><c r="A1" s="6"/><c r="B1" t="inlineStr"><is><t>zwei</t></is></c>' +
        '<c r="C1" s="7" t="b"><v>0</v></c><c r="D1" t="inlineStr"><is><t>vier</t></is></c><c r="E1"/>' +
        '<c r="F1"><v>0</v></c></row><row r="1000"><c r="A1000"><v>1e+21</v></c>' +
        '<c r="D1000" s="2" t="inlineStr"><is><t>d</t></is></c></row></sheetData>',
    );
  });

  it("lets its cells go once they are written out, and says so when asked for them again", () => {
    const rec = new CellRecords();
    // more than one chunk of records (2^14 cells)
    for (let r = 0; r < 9000; r++) for (let c = 0; c < 2; c++) rec.setCell(r, c, r * 2 + c, undefined);
    expect(rec.valueAt(8999, 1)).toBe(17999);
    const got = text(rec.sheetData(new Map(), "S"));
    expect(got).toContain('<row r="9000"><c r="A9000"><v>17998</v></c><c r="B9000"><v>17999</v></c></row>');
    expect(() => text(rec.sheetData(new Map(), "S"))).toThrow(/written out already/);
    expect(() => rec.valueAt(0, 0)).toThrow(/after it was written out/);
  });
});
