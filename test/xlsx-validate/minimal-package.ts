/**
 * A small, correct .xlsx package as part texts: two sheets (one with merges, a rule and a note),
 * styles, a defined name, app.xml titles, two VML parts with their own o:idmap blocks. The unit
 * tests break one thing in it at a time and expect exactly that check to object.
 */
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const PKG_RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
const T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const rel = (id: string, type: string, target: string, extra = ""): string =>
  `<Relationship Id="${id}" Type="${T}/${type}" Target="${target}"${extra}/>`;

function vml(block: number, shapes: number[]): string {
  const shape = (n: number): string =>
    `<v:shape id="_x0000_s${n}" type="#_x0000_t202" style="position:absolute;visibility:hidden">` +
    `<x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape>`;
  return (
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    `${shapes.map(shape).join("")}</xml>`
  );
}

function sheet(body: string, tail: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS} ${R}><sheetData>${body}</sheetData>${tail}</worksheet>`;
}

export function minimalPackage(): Map<string, string> {
  const p = new Map<string, string>();
  p.set(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
      `</Types>`,
  );
  p.set(
    "_rels/.rels",
    `<Relationships ${PKG_RELS}>${rel("rId1", "officeDocument", "xl/workbook.xml")}` +
      `${rel("rId2", "extended-properties", "docProps/app.xml")}</Relationships>`,
  );
  p.set(
    "xl/workbook.xml",
    `<workbook ${NS} ${R}><sheets><sheet name="Realisasi 2024" sheetId="1" r:id="rId1"/>` +
      `<sheet name="Tabel 3.1" sheetId="2" r:id="rId2"/></sheets><definedNames>` +
      `<definedName name="Capaian">'Realisasi 2024'!$A$1:$B$2</definedName>` +
      `<definedName name="_xlnm.Print_Area" localSheetId="1">'Tabel 3.1'!$A$1:$D$9</definedName>` +
      `</definedNames></workbook>`,
  );
  p.set(
    "xl/_rels/workbook.xml.rels",
    `<Relationships ${PKG_RELS}>${rel("rId1", "worksheet", "worksheets/sheet1.xml")}` +
      `${rel("rId2", "worksheet", "/xl/worksheets/sheet2.xml")}${rel("rId3", "styles", "styles.xml")}` +
      `${rel("rId4", "hyperlink", "https://example.org/lkjip", ' TargetMode="External"')}</Relationships>`,
  );
  p.set(
    "xl/styles.xml",
    `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="0.00&quot; %&quot;"/></numFmts>` +
      `<fonts count="1"><font/></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
      `<xf numFmtId="164" fontId="0" fillId="1" borderId="0" xfId="0"/></cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `<dxfs count="1"><dxf/></dxfs></styleSheet>`,
  );
  p.set(
    "xl/worksheets/sheet1.xml",
    sheet(
      `<row r="1" s="1" customFormat="1"><c r="A1" s="1"><v>1</v></c></row>`,
      `<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="C1:D1"/></mergeCells>` +
        `<conditionalFormatting sqref="A1"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>` +
        `<legacyDrawing r:id="rId1"/>`,
    ),
  );
  p.set(
    "xl/worksheets/_rels/sheet1.xml.rels",
    `<Relationships ${PKG_RELS}>${rel("rId1", "vmlDrawing", "../drawings/vmlDrawing1.vml")}</Relationships>`,
  );
  p.set(
    "xl/worksheets/sheet2.xml",
    sheet(`<row r="1"><c r="A1" s="0"/></row>`, `<legacyDrawing r:id="rId1"/>`),
  );
  p.set(
    "xl/worksheets/_rels/sheet2.xml.rels",
    `<Relationships ${PKG_RELS}>${rel("rId1", "vmlDrawing", "../drawings/vmlDrawing2.vml")}</Relationships>`,
  );
  p.set("xl/drawings/vmlDrawing1.vml", vml(1, [1025, 1026]));
  p.set("xl/drawings/vmlDrawing2.vml", vml(2, [2049]));
  p.set(
    "docProps/app.xml",
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
      `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>` +
      `<vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant>` +
      `<vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>Realisasi 2024</vt:lpstr>` +
      `<vt:lpstr>Tabel 3.1</vt:lpstr><vt:lpstr>Capaian</vt:lpstr></vt:vector></TitlesOfParts></Properties>`,
  );
  return p;
}

/** The package with one part's text edited (the edit must change something, or the test is void). */
export function broken(
  part: string,
  edit: (text: string) => string,
  base: Map<string, string> = minimalPackage(),
): Map<string, string> {
  const before = base.get(part);
  if (before === undefined) throw new Error(`no part ${part}`);
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${part} changed nothing`);
  const out = new Map(base);
  out.set(part, after);
  return out;
}

export function asParts(p: Map<string, string>): Map<string, Buffer> {
  return new Map([...p].map(([k, v]) => [k, Buffer.from(v, "utf8")]));
}
