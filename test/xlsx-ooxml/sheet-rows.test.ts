/**
 * User sheets keep their rows as text (sheet-rows.ts), whatever their spelling (CDATA, prefixes, rows
 * without numbers): rows the run did not write leave byte for byte, written cells come out as the
 * writer spells them, and the rules hold (shared formulas refused, formulas counted, attribute and
 * child order).
 */
import JSZip from "jszip";
import { emptyPlan, type WritePlan } from "../../src/engine/plan";
import { applyPlanToPackage, OoxmlRefusalError } from "../../src/xlsx/ooxml";
import { parseXml, serializeXml } from "../../src/xlsx/ooxml/xml";
import { entries, fixture, viaTree } from "./helpers";

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

const SHEET4 = "xl/worksheets/sheet4.xml";

/** A run over the sheet as it is, or over its twin with one value spelled as CDATA (spelled back after). */
async function run(input: Buffer, plan: WritePlan, asText: boolean) {
  if (asText) return applyPlanToPackage(input, plan);
  const twin = await viaTree(input, SHEET4);
  const out = await applyPlanToPackage(twin.input, plan);
  const parts = await entries(out.buffer);
  const zip = await JSZip.loadAsync(out.buffer);
  zip.file(SHEET4, twin.plain(parts.get(SHEET4)!.toString("utf8")));
  return { ...out, buffer: await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }) };
}

describe("user sheet rows kept as text", () => {
  test.each([
    ["rows back to back", ""],
    ["pretty-printed rows", "\n    "],
  ])("%s: a CDATA spelling changes nothing else; unwritten rows stay byte for byte", async (_, sep) => {
    const original = sheetXml(sep);
    const input = await workbook(original);
    const plan = planFor(WRITES);
    const asText = await entries((await run(input, plan, true)).buffer);
    const asTree = await entries((await run(input, plan, false)).buffer);
    const textPart = asText.get("xl/worksheets/sheet4.xml")!.toString("utf8");
    const treePart = asTree.get("xl/worksheets/sheet4.xml")!.toString("utf8");
    // The CDATA twin's part, spelled back, is the same bytes; the part is well-formed.
    expect(treePart).toBe(textPart);
    expect(serializeXml(parseXml(textPart, "text"))).toContain("<sheetData>");
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
  });

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
      expect(error instanceof OoxmlRefusalError).toBe(true);
      expect(String((error as Error).message)).toContain("A5");
    }
  });

  test("a row whose CDATA holds </sheetData> stays inside the rows, byte for byte", async () => {
    const cdata = `<row r="9"><c r="A9" t="str"><v><![CDATA[</sheetData>]]></v></c></row>`;
    const input = await workbook(sheetXml("").replace(ROWS[5]!, `${ROWS[5]}${cdata}`));
    const out = (await entries((await run(input, planFor([{ address: "C10", value: 42 }]), true)).buffer))
      .get(SHEET4)!
      .toString("utf8");
    expect(out).toContain(`${cdata}<row r="10"><c r="C10" s="`);
    expect(out.indexOf("<pageMargins")).toBeGreaterThan(out.lastIndexOf("</sheetData>"));
    expect(serializeXml(parseXml(out, "text"))).toContain("<sheetData>");
  });

  test("a prefixed sheet is written with its prefix, and says what the unprefixed one says", async () => {
    const plain = sheetXml("");
    const prefixed = plain
      .replace(`<worksheet xmlns="${MAIN}"`, `<x:worksheet xmlns:x="${MAIN}"`)
      .replace("</worksheet>", "</x:worksheet>")
      .replace(
        /<(\/?)(dimension|sheetFormatPr|sheetData|pageMargins|row|c|v|f|is|r|t|rPr|b|extLst|ext)([\s/>])/g,
        "<$1x:$2$3",
      );
    const plan = planFor(WRITES);
    const a = (await entries((await run(await workbook(plain), plan, true)).buffer))
      .get(SHEET4)!
      .toString("utf8");
    const b = (await entries((await run(await workbook(prefixed), plan, true)).buffer))
      .get(SHEET4)!
      .toString("utf8");
    expect(b).toContain('<x:c r="F1" s="');
    expect(b).toContain("<x:is><x:t>Baik</x:t></x:is>");
    // The same document: read back, the prefixed part's cells are the unprefixed part's.
    const cells = (xml: string): string[] =>
      [...parseXml(xml, "p").getElementsByTagNameNS(MAIN, "c")].map(
        (c) => `${c.getAttribute("r")}|${c.getAttribute("s")}|${c.getAttribute("t")}|${c.textContent}`,
      );
    expect(cells(b)).toEqual(cells(a));
  });

  test("a row without a number is the one after the previous; the CDATA twin gives the same bytes", async () => {
    const odd = sheetXml("").replace('<row r="2" spans="1:5">', '<row spans="1:5">');
    const input = await workbook(odd);
    const plan = planFor([{ address: "B2", value: "Baik" }]);
    const asText = (await entries((await run(input, plan, true)).buffer)).get("xl/worksheets/sheet4.xml");
    const asTree = (await entries((await run(input, plan, false)).buffer)).get("xl/worksheets/sheet4.xml");
    expect(asText!.equals(asTree!)).toBe(true);
  });

  test("rows out of order come out sorted, with the new row in its place and nothing lost", async () => {
    const odd = sheetXml("")
      .replace(ROWS[1]!, "")
      .replace(ROWS[0]!, `${ROWS[0]}`)
      .replace(ROWS[5]!, `${ROWS[5]}${ROWS[1]}`);
    const input = await workbook(odd);
    const out = (await entries((await run(input, planFor([{ address: "A7", value: 7 }]), true)).buffer))
      .get(SHEET4)!
      .toString("utf8");
    const order = [...out.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(order).toEqual([1, 2, 3, 5, 6, 7, 8]);
    expect(out).toContain(ROWS[1]);
  });
});

describe("rows closed back to text while a write goes on", () => {
  /** 30 rows, more than stay open at once, some without numbers and with cells without r. */
  function tallSheet(): string {
    const rows: string[] = [];
    for (let r = 1; r <= 30; r++) {
      const num = r % 7 === 3 ? "" : ` r="${r}"`;
      const b = r % 5 === 0 ? `<c><v>${r}</v></c>` : `<c r="B${r}" t="s"><v>0</v></c>`;
      rows.push(`<row${num} spans="1:2" x14ac:dyDescent="0.25"><c r="A${r}"><v>${r}</v></c>${b}</row>`);
    }
    return sheetXml("").replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows.join("")}</sheetData>`);
  }

  const column = (col: string, f: (r: number) => string | number) => ({
    sheet: "Anggaran",
    address: `${col}1:${col}30`,
    values: Array.from({ length: 30 }, (_, i) => [f(i + 1)]),
    style: { bold: true },
  });

  test("a row opened again after it was closed comes out as if it had stayed open", async () => {
    const input = await workbook(tallSheet());
    const byColumn = emptyPlan();
    // D, then C, then B over the same rows: each row is closed and opened again twice
    byColumn.ranges.push(
      column("D", (r) => r * 2),
      column("C", (r) => `teks ${r}`),
      column("B", (r) => r / 4),
    );
    const byRow = emptyPlan();
    for (let r = 1; r <= 30; r++)
      byRow.ranges.push({
        sheet: "Anggaran",
        address: `B${r}:D${r}`,
        values: [[r / 4, `teks ${r}`, r * 2]],
        style: { bold: true },
      });
    const a = (await entries((await applyPlanToPackage(input, byColumn)).buffer)).get(SHEET4)!;
    const b = (await entries((await applyPlanToPackage(input, byRow)).buffer)).get(SHEET4)!;
    expect(a.toString("utf8")).toBe(b.toString("utf8"));
    expect(a.toString("utf8")).toContain(
      '<row r="30" x14ac:dyDescent="0.25"><c r="A30"><v>30</v></c><c r="B30" s="',
    );
  });
});
