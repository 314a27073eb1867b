/**
 * User sheets keep their rows as text (sheet-rows.ts): the written part must say exactly what the
 * whole-tree path says, rows the run did not write must leave byte for byte, and the rules the tree
 * path keeps (shared formulas refused, formulas counted, attribute and child order) must hold.
 */
import JSZip from "jszip";
import { emptyPlan, type WritePlan } from "../../src/engine/plan";
import { applyPlanToPackage, isOoxmlRefusalError } from "../../src/xlsx/ooxml";
import { sheetRowsAsText } from "../../src/xlsx/ooxml/sheet";
import { splitSheet } from "../../src/xlsx/ooxml/sheet-rows";
import { parseXml, serializeXml } from "../../src/xlsx/ooxml/xml";
import { entries, fixture } from "./helpers";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** Rows as Excel and other tools write them, with the odd forms a reader meets in the wild. */
const ROWS = [
  `<row r="1" spans="1:5" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1" t='inlineStr'><is><r><t xml:space="preserve">Pagu </t></r><r><rPr><b/></rPr><t>(Rp)</t></r></is></c></row>`,
  `<row r="2" spans="1:5"><c r="A2"><v>100</v></c><c><v>200</v></c><c r="D2"><f>A2+B2</f><v>300</v></c></row>`,
  `<row r="3" customFormat="1" s="2" x14ac:dyDescent="0.25"/>`,
  `<row r="5"><c r="A5"><f t="shared" ref="A5:A6" si="0">B5*2</f><v>4</v></c><c r="B5"><v>2</v></c></row>`,
  `<row r="6"><c r="A6"><f t="shared" si="0"/><v>6</v></c><c r="C6" s="1"><v>1</v><extLst><ext uri="{0}"/></extLst></c></row>`,
  `<row r="8"><c r="E8" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="F8" t="inlineStr"><is><t>&lt;tetap&gt; &#x41;</t></is></c></row>`,
];

function sheetXml(separator: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
    `xmlns:mc="${MC}" mc:Ignorable="x14ac" xmlns:x14ac="${X14AC}"><dimension ref="A1:F8"/>` +
    `<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData>${separator}${ROWS.join(separator)}${separator}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}

/** The fixture with its Anggaran sheet replaced by `xml` (and not protected). */
async function workbook(xml: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fixture("realisasi-2024.xlsx"));
  zip.file("xl/worksheets/sheet4.xml", xml);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function planFor(
  writes: { address: string; value?: string | number | boolean; styleOnly?: true }[],
): WritePlan {
  const plan = emptyPlan();
  for (const w of writes) {
    plan.ranges.push(
      w.styleOnly
        ? { sheet: "Anggaran", address: w.address, style: { border: "thin" } }
        : { sheet: "Anggaran", address: w.address, values: [[w.value ?? null]], style: { bold: true } },
    );
  }
  return plan;
}

const WRITES = [
  { address: "B2", value: "Baik" }, // a cell without r
  { address: "D2", value: 5 }, // over a formula
  { address: "F1", value: "=cmd|' /C calc'!A0" }, // new cell at the end of a row with spans
  { address: "A3", value: 1.5 }, // a self-closing row with its own format
  { address: "C6", value: true }, // a cell with an extLst
  { address: "A4", value: " spasi di depan" }, // a new row between two
  { address: "A7", value: "baris\nkedua\r" }, // a new row between two, text needing care
  { address: "C10", value: 42 }, // a new row after the last
  { address: "A6", value: "x" }, // a cell that uses a shared formula (not its master)
  { address: "B5", styleOnly: true as const }, // style only
  { address: "A1", value: "" }, // "" leaves the cell blank
];

async function run(input: Buffer, plan: WritePlan, asText: boolean) {
  sheetRowsAsText.enabled = asText;
  try {
    return await applyPlanToPackage(input, plan);
  } finally {
    sheetRowsAsText.enabled = true;
  }
}

describe("user sheet rows kept as text", () => {
  test.each([
    ["rows back to back", ""],
    ["pretty-printed rows", "\n    "],
  ])(
    "%s: the part says what the whole-tree path writes; unwritten rows stay byte for byte",
    async (_, sep) => {
      const original = sheetXml(sep);
      const input = await workbook(original);
      const plan = planFor(WRITES);
      const asText = await entries((await run(input, plan, true)).buffer);
      const asTree = await entries((await run(input, plan, false)).buffer);
      const textPart = asText.get("xl/worksheets/sheet4.xml")!.toString("utf8");
      const treePart = asTree.get("xl/worksheets/sheet4.xml")!.toString("utf8");
      // Same document: the text path's part, read and written by the tree, is the tree path's part.
      expect(serializeXml(parseXml(textPart, "text"))).toBe(treePart);
      // Every other part is the same too (styles, calcChain dropped for the overwritten formula, …).
      for (const [path, bytes] of asTree) {
        if (path !== "xl/worksheets/sheet4.xml")
          expect([path, asText.get(path)?.equals(bytes)]).toEqual([path, true]);
      }
      expect([...asText.keys()].sort()).toEqual([...asTree.keys()].sort());
      // The row nobody wrote comes out as it went in, entities and all.
      expect(textPart).toContain(ROWS[5]);
      // Written cells, as the tree writes them.
      expect(textPart).toContain(`<c r="B2" s="`);
      expect(textPart).toMatch(
        /<row r="1" x14ac:dyDescent="0.25">.*<c r="F1" s="\d+" t="inlineStr"><is><t>=cmd\|' \/C calc'!A0<\/t><\/is><\/c><\/row>/,
      );
      expect(textPart).toMatch(
        /<row r="4"><c r="A4" s="\d+" t="inlineStr"><is><t xml:space="preserve"> spasi di depan<\/t><\/is><\/c><\/row>/,
      );
      expect(textPart).toContain("baris\nkedua&#13;</t>");
      expect(textPart).toMatch(/<c r="C6" s="\d+" t="b"><v>1<\/v><extLst><ext uri="\{0\}"\/><\/extLst><\/c>/);
      expect(textPart.indexOf('<row r="10">')).toBeGreaterThan(textPart.indexOf('<row r="8">'));
    },
  );

  test("a second run over the first run's output gives the same bytes", async () => {
    const plan = planFor(WRITES);
    const first = (await run(await workbook(sheetXml("")), plan, true)).buffer;
    const second = (await run(first, plan, true)).buffer;
    expect((await entries(second)).get("xl/worksheets/sheet4.xml")!.toString("utf8")).toBe(
      (await entries(first)).get("xl/worksheets/sheet4.xml")!.toString("utf8"),
    );
  });

  test("the master of a shared formula is refused before anything is written, as on the tree", async () => {
    const input = await workbook(sheetXml(""));
    for (const asText of [true, false]) {
      const error = await run(input, planFor([{ address: "A5", value: 1 }]), asText).catch((e: unknown) => e);
      expect(isOoxmlRefusalError(error)).toBe(true);
      expect(String((error as Error).message)).toContain("A5");
    }
  });

  test("sheets the scanner cannot vouch for stay in the tree", () => {
    expect(splitSheet(`<worksheet><sheetData/></worksheet>`)).toBeUndefined();
    expect(
      splitSheet(`<x:worksheet><x:sheetData><x:row r="1"/></x:sheetData></x:worksheet>`),
    ).toBeUndefined();
    expect(
      splitSheet(
        `<worksheet><sheetData><row r="1"><c r="A1" t="str"><v><![CDATA[a]]></v></c></row></sheetData></worksheet>`,
      ),
    ).toBeUndefined();
    expect(splitSheet(`<worksheet><sheetData><row r="1"/></sheetData></worksheet>`)).toEqual({
      skeleton: "<worksheet><sheetData/></worksheet>",
      rowsText: '<row r="1"/>',
    });
  });

  test("rows without numbers or out of order go through the tree, with the same result", async () => {
    const odd = sheetXml("").replace('<row r="2" spans="1:5">', '<row spans="1:5">');
    const input = await workbook(odd);
    const plan = planFor([{ address: "B2", value: "Baik" }]);
    const asText = (await entries((await run(input, plan, true)).buffer)).get("xl/worksheets/sheet4.xml");
    const asTree = (await entries((await run(input, plan, false)).buffer)).get("xl/worksheets/sheet4.xml");
    expect(asText!.equals(asTree!)).toBe(true);
  });
});
