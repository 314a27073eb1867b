/**
 * The package rules no schema states, each shown to pass on a correct package and to object to
 * the one thing broken on purpose (a check that cannot fail would prove nothing).
 */
import {
  checkAppTitles,
  checkContentTypes,
  checkDefinedNames,
  checkMerges,
  checkRelationships,
  checkStyles,
  checkVmlShapes,
  packageProblems,
  readParts,
  workbookModel,
  writeParts,
  type Parts,
} from "../helpers/ooxml-validate";
import { asParts, broken, minimalPackage } from "./minimal-package";

const parts = (p: Map<string, string>): Parts => asParts(p);
const wb = (p: Map<string, string>) => workbookModel(parts(p));

test("the minimal package keeps every rule, also after a trip through a zip", async () => {
  expect(packageProblems(parts(minimalPackage()))).toEqual([]);
  const zipped = await readParts(await writeParts(minimalPackage()));
  expect(packageProblems(zipped)).toEqual([]);
});

describe("relationships", () => {
  test("a target that is not in the package", () => {
    const p = broken("xl/_rels/workbook.xml.rels", (t) => t.replace("styles.xml", "styles2.xml"));
    expect(checkRelationships(parts(p))).toEqual([
      "xl/_rels/workbook.xml.rels: rId3 → styles2.xml (xl/styles2.xml) is missing",
    ]);
  });
  test("an absolute target resolves from the package root; an external one is not looked for", () => {
    const p = broken("xl/_rels/workbook.xml.rels", (t) =>
      t.replace("/xl/worksheets/sheet2.xml", "/sheet2.xml"),
    );
    expect(checkRelationships(parts(p))).toEqual([
      "xl/_rels/workbook.xml.rels: rId2 → /sheet2.xml (sheet2.xml) is missing",
    ]);
  });
  test("an id listed twice, and an r:id the part uses that its .rels lacks", () => {
    const p = broken("xl/worksheets/_rels/sheet2.xml.rels", (t) =>
      t.replace(
        "</Relationships>",
        `${t.slice(t.indexOf("<Relationship "), t.indexOf("/>") + 2)}</Relationships>`,
      ),
    );
    expect(checkRelationships(parts(p))).toEqual([
      "xl/worksheets/_rels/sheet2.xml.rels: relationship id rId1 used twice",
    ]);
    const q = broken("xl/worksheets/sheet2.xml", (t) => t.replace('r:id="rId1"', 'r:id="rId7"'));
    expect(checkRelationships(parts(q))).toEqual([
      'xl/worksheets/sheet2.xml: r:id="rId7" is not in xl/worksheets/_rels/sheet2.xml.rels',
    ]);
  });
  test("a .rels whose part is gone", () => {
    const p = minimalPackage();
    p.set("xl/worksheets/_rels/sheet9.xml.rels", p.get("xl/worksheets/_rels/sheet2.xml.rels")!);
    expect(checkRelationships(parts(p))).toContain(
      "xl/worksheets/_rels/sheet9.xml.rels: describes xl/worksheets/sheet9.xml, which is missing",
    );
  });
});

describe("content types", () => {
  test("an Override for a part that is not there", () => {
    const p = broken("[Content_Types].xml", (t) => t.replace("/xl/styles.xml", "/xl/styles3.xml"));
    expect(checkContentTypes(parts(p))).toEqual([
      "[Content_Types].xml: Override for /xl/styles3.xml, which is not in the package",
    ]);
  });
  test("a part with neither an Override nor a Default", () => {
    const p = minimalPackage();
    p.set("xl/media/image1.png", "png");
    expect(checkContentTypes(parts(p))).toEqual([
      "[Content_Types].xml: no content type for xl/media/image1.png",
    ]);
  });
});

describe("style indices", () => {
  test("a cell, a row and a column style past cellXfs", () => {
    const p = broken("xl/worksheets/sheet1.xml", (t) =>
      t
        .replace('<c r="A1" s="1">', '<c r="A1" s="2">')
        .replace('row r="1" s="1"', 'row r="1" s="5"')
        .replace("<sheetData>", '<cols><col min="1" max="2" style="9"/></cols><sheetData>'),
    );
    expect(checkStyles(parts(p), wb(p))).toEqual([
      "xl/worksheets/sheet1.xml: cell A1 s=2, but xl/styles.xml has 2 cellXfs",
      "xl/worksheets/sheet1.xml: row 1 s=5, but xl/styles.xml has 2 cellXfs",
      "xl/worksheets/sheet1.xml: col 1 style=9, but xl/styles.xml has 2 cellXfs",
    ]);
  });
  test("a rule's dxfId past dxfs", () => {
    const p = broken("xl/worksheets/sheet1.xml", (t) => t.replace('dxfId="0"', 'dxfId="1"'));
    expect(checkStyles(parts(p), wb(p))).toEqual([
      "xl/worksheets/sheet1.xml: rule priority 1 dxfId=1, but xl/styles.xml has 1 dxfs",
    ]);
  });
  test("styles.xml itself: xfId, fillId, a custom numFmtId it does not define, a cell style's xfId", () => {
    const p = broken("xl/styles.xml", (t) =>
      t
        .replace(
          'numFmtId="164" fontId="0" fillId="1" borderId="0" xfId="0"',
          'numFmtId="165" fontId="0" fillId="2" borderId="0" xfId="1"',
        )
        .replace('builtinId="0"', 'builtinId="0" xfId="3"')
        .replace('name="Normal" xfId="0"', 'name="Normal"'),
    );
    expect(checkStyles(parts(p), wb(p))).toEqual([
      "xl/styles.xml: cellXfs xf #1 fillId=2, but there are 2",
      "xl/styles.xml: cellXfs xf #1 xfId=1, but there are 1",
      "xl/styles.xml: cellXfs xf #1 numFmtId=165 is not among its numFmts",
      'xl/styles.xml: cellStyle "Normal" xfId=3, but there are 1',
    ]);
  });
});

describe("VML shapes", () => {
  test("the same shape id in two parts (the LibreOffice case: a part without o:idmap)", () => {
    const p = broken("xl/drawings/vmlDrawing2.vml", (t) =>
      t.replace(/<o:shapelayout.*<\/o:shapelayout>/, "").replace("_x0000_s2049", "_x0000_s1025"),
    );
    expect(checkVmlShapes(parts(p))).toEqual([
      "xl/drawings/vmlDrawing2.vml: shape id _x0000_s1025 is also in xl/drawings/vmlDrawing1.vml",
    ]);
  });
  test("two parts claiming one o:idmap block, and a shape outside its part's blocks", () => {
    const p = broken("xl/drawings/vmlDrawing2.vml", (t) => t.replace('data="2"', 'data="1,3"'));
    expect(checkVmlShapes(parts(p))).toEqual([
      "xl/drawings/vmlDrawing2.vml: o:idmap block 1 is also xl/drawings/vmlDrawing1.vml's",
      "xl/drawings/vmlDrawing2.vml: shape id _x0000_s2049 lies outside its o:idmap blocks [1,3]",
    ]);
  });
});

test("merges sharing a cell, on one sheet", () => {
  const p = broken("xl/worksheets/sheet1.xml", (t) => t.replace('ref="C1:D1"', 'ref="B2:C3"'));
  expect(checkMerges(parts(p), wb(p))).toEqual([
    "xl/worksheets/sheet1.xml (Realisasi 2024): merges A1:B2 and B2:C3 overlap",
  ]);
  const q = broken("xl/worksheets/sheet1.xml", (t) => t.replace('ref="C1:D1"', 'ref="A2"'));
  expect(checkMerges(parts(q), wb(q))).toEqual([
    "xl/worksheets/sheet1.xml (Realisasi 2024): merges A1:B2 and A2 overlap",
  ]);
});

describe("defined names", () => {
  test("a name on a sheet that does not exist, and a localSheetId past the sheets", () => {
    const p = broken("xl/workbook.xml", (t) =>
      t
        .replace("'Realisasi 2024'!$A$1", "'Realisasi 2023'!$A$1")
        .replace('localSheetId="1"', 'localSheetId="2"'),
    );
    expect(checkDefinedNames(wb(p))).toEqual([
      'xl/workbook.xml: name Capaian refers to missing sheet "Realisasi 2023"',
      "xl/workbook.xml: name _xlnm.Print_Area has localSheetId 2, but there are 2 sheets",
    ]);
  });
  test("one name twice in one scope; a sheet name inside a string is not a reference", () => {
    const p = broken("xl/workbook.xml", (t) =>
      t.replace(
        "</definedNames>",
        `<definedName name="CAPAIAN">INDIRECT("Lain!A1")</definedName></definedNames>`,
      ),
    );
    expect(checkDefinedNames(wb(p))).toEqual([
      "xl/workbook.xml: name CAPAIAN defined twice in scope workbook",
    ]);
  });
});

describe("docProps/app.xml titles", () => {
  test("a sheet added to the workbook but not to the titles", () => {
    const p = broken("xl/workbook.xml", (t) =>
      t.replace("</sheets>", '<sheet name="Tabel 3.2" sheetId="3" r:id="rId1"/></sheets>'),
    );
    expect(checkAppTitles(parts(p), wb(p))).toEqual([
      "docProps/app.xml: worksheet titles [Realisasi 2024, Tabel 3.1] are not the sheets [Realisasi 2024, Tabel 3.1, Tabel 3.2]",
    ]);
  });
  test("counts that do not add up", () => {
    const p = broken("docProps/app.xml", (t) =>
      t.replace("<vt:i4>1</vt:i4>", "<vt:i4>2</vt:i4>").replace('size="3"', 'size="4"'),
    );
    expect(checkAppTitles(parts(p), wb(p))).toEqual([
      'docProps/app.xml: TitlesOfParts size="4" but 3 titles',
      "docProps/app.xml: HeadingPairs count 4 titles, TitlesOfParts has 3",
    ]);
  });
});
