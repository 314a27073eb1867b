/**
 * The schema check itself: the markup-compatibility pre-pass keeps what ISO/IEC 29500 defines and
 * drops only what the part declares ignorable; xmllint then passes a correct part and fails a part
 * with an element out of order, an unknown attribute, or a VML shape with a stray attribute.
 */
import { compatibilityPrePass, validateParts } from "../helpers/ooxml-validate";
import { minimalPackage } from "./minimal-package";
import { describeWithSchemas } from "./with-schemas";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";

const excelSheet = (extra = ""): string =>
  `<worksheet xmlns="${MAIN}" xmlns:mc="${MC}" xmlns:x14ac="${X14AC}" xmlns:x14="${X14}" mc:Ignorable="x14ac">` +
  `<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData><row r="1" x14ac:dyDescent="0.25">` +
  `<c r="A1" t="inlineStr"><is><t xml:space="preserve"> Capaian </t></is></c></row></sheetData>${extra}</worksheet>`;

describe("markup-compatibility pre-pass", () => {
  test("drops attributes of namespaces listed in mc:Ignorable, and the hint itself", () => {
    const out = compatibilityPrePass(excelSheet());
    expect(out).not.toContain("dyDescent");
    expect(out).not.toContain("Ignorable");
    expect(out).toContain('defaultRowHeight="15"');
    expect(out).toContain('<t xml:space="preserve"> Capaian </t>');
  });
  test("mc:AlternateContent becomes its Fallback when the Choice needs an extension namespace", () => {
    const alt =
      `<mc:AlternateContent><mc:Choice Requires="x14"><x14:sparklineGroups/></mc:Choice>` +
      `<mc:Fallback><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></mc:Fallback></mc:AlternateContent>`;
    const out = compatibilityPrePass(excelSheet(alt));
    expect(out).not.toContain("AlternateContent");
    expect(out).not.toContain("sparklineGroups");
    expect(out).toContain('<pageMargins left="0.7"');
  });
  test("a Choice whose namespaces are all understood is taken; no Fallback and no Choice leaves nothing", () => {
    const taken = compatibilityPrePass(
      excelSheet(
        `<mc:AlternateContent xmlns:s="${MAIN}"><mc:Choice Requires="s"><s:pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/></mc:Choice></mc:AlternateContent>`,
      ),
    );
    expect(taken).toContain('pageMargins left="1"');
    const dropped = compatibilityPrePass(
      excelSheet(`<mc:AlternateContent><mc:Choice Requires="x14"><x14:a/></mc:Choice></mc:AlternateContent>`),
    );
    expect(dropped).not.toMatch(/AlternateContent|x14:a/);
  });
  test("an element of an ignorable namespace goes with its content; one not declared ignorable stays", () => {
    const xml = excelSheet("<x14ac:extra><x14ac:inner/></x14ac:extra><x14:kept/>");
    const out = compatibilityPrePass(xml);
    expect(out).not.toContain("x14ac:extra");
    expect(out).toContain("x14:kept");
  });
  test("a part without markup compatibility comes back byte for byte", () => {
    const xml = minimalPackage().get("xl/styles.xml")!;
    expect(compatibilityPrePass(xml)).toBe(xml);
  });
});

describeWithSchemas("xmllint against ISO/IEC 29500 Transitional", (entry) => {
  test("correct parts pass: an Excel sheet after the pre-pass (xml:space on <t> is the schema's artefact), styles, VML, rels", () => {
    const p = minimalPackage();
    const parts = [
      { name: "excel-sheet", xml: excelSheet() },
      ...[
        "xl/styles.xml",
        "xl/worksheets/sheet1.xml",
        "xl/drawings/vmlDrawing1.vml",
        "xl/_rels/workbook.xml.rels",
        "[Content_Types].xml",
        "docProps/app.xml",
      ].map((n) => ({ name: n, xml: p.get(n)! })),
    ];
    expect(validateParts(entry, parts)).toEqual([]);
  });
  test("wrong parts fail, each with xmllint's words, in one batch with a correct one", () => {
    const sheet = minimalPackage().get("xl/worksheets/sheet1.xml")!;
    const failed = validateParts(entry, [
      {
        name: "order",
        xml: sheet
          .replace(/(<legacyDrawing[^>]*>)/, "")
          .replace("<sheetData>", '<legacyDrawing r:id="rId1"/><sheetData>'),
      },
      { name: "ok", xml: sheet },
      { name: "unknown-attribute", xml: sheet.replace('<c r="A1"', '<c r="A1" warna="merah"') },
      { name: "extension-not-ignorable", xml: excelSheet().replace(' mc:Ignorable="x14ac"', "") },
      {
        name: "vml",
        xml: minimalPackage()
          .get("xl/drawings/vmlDrawing2.vml")!
          .replace("<v:shape ", '<v:shape catatan="x" '),
      },
      { name: "not-xml", xml: "<worksheet><sheetData></worksheet>" },
      { name: "xml-space-and-a-real-error", xml: excelSheet().replace('<c r="A1"', '<c r="A1" s="x"') },
    ]);
    expect(failed.map((f) => f.part)).toEqual([
      "order",
      "unknown-attribute",
      "extension-not-ignorable",
      "vml",
      "not-xml",
      "xml-space-and-a-real-error",
    ]);
    const byName = new Map(failed.map((f) => [f.part, f.errors.join("\n")]));
    expect(byName.get("order")).toMatch(/legacyDrawing.*not expected/);
    expect(byName.get("unknown-attribute")).toMatch(/attribute 'warna'.*not allowed/);
    expect(byName.get("extension-not-ignorable")).toMatch(/dyDescent.*not allowed/);
    expect(byName.get("vml")).toMatch(/attribute 'catatan'/);
    expect(byName.get("not-xml")).toMatch(/not well-formed|mismatch/i);
    expect(byName.get("xml-space-and-a-real-error")).toMatch(/attribute 's'/);
    expect(byName.get("xml-space-and-a-real-error")).not.toMatch(/space/);
  });
});
