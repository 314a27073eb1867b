/**
 * Builds the OOXML fixtures under test/fixtures/ooxml/ once (they are committed):
 * - realisasi-2024.xlsx: a user workbook with everything exceljs drops on a rewrite — a chart and
 *   an image in one drawing, a pivot table with its cache, a legacy note, a data validation, a
 *   defined name, a hidden sheet, a protected sheet, formulas (with calcChain) and cell styles.
 * - realisasi-2024.xlsm: the same workbook with a macro part (a small dummy vbaProject.bin).
 * - realisasi-2024-lo.xlsx: realisasi-2024.xlsx opened and saved again by LibreOffice (when it is
 *   installed), so the adapter also meets a second writer's way of laying out the parts.
 *
 * The parts are written by hand because no library here writes charts or pivot tables.
 * Run: npx tsx scripts/make-ooxml-fixtures.ts
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";

const OUT = resolve(__dirname, "..", "test", "fixtures", "ooxml");
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
// A 1×1 PNG (stands in for the logo an agency pastes next to its table).
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

interface Row {
  no: number;
  sasaran: string;
  indikator: string;
  satuan: string;
  target: number;
  realisasi: number;
}
const ROWS: Row[] = [
  {
    no: 1,
    sasaran: "Meningkatnya penanganan PMKS",
    indikator: "Persentase PMKS yang tertangani",
    satuan: "%",
    target: 76.5,
    realisasi: 81.6,
  },
  {
    no: 2,
    sasaran: "Meningkatnya pemberdayaan PSKS",
    indikator: "Persentase PSKS yang diberdayakan",
    satuan: "%",
    target: 57,
    realisasi: 59.97,
  },
  {
    no: 3,
    sasaran: "Meningkatnya perlindungan sosial korban bencana",
    indikator: "Persentase korban bencana yang menerima bantuan",
    satuan: "%",
    target: 100,
    realisasi: 100,
  },
];

const strings: string[] = [];
function si(text: string): number {
  const i = strings.indexOf(text);
  if (i >= 0) return i;
  strings.push(text);
  return strings.length - 1;
}
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const str = (ref: string, text: string, s = 0) => `<c r="${ref}" s="${s}" t="s"><v>${si(text)}</v></c>`;
const num = (ref: string, n: number, s = 0) => `<c r="${ref}" s="${s}"><v>${n}</v></c>`;

function realisasiSheet(): string {
  const header = ["No", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi"];
  const rows: string[] = [];
  rows.push(`<row r="1">${str("A1", "Capaian Kinerja Dinas Sosial Tahun 2024", 1)}</row>`);
  rows.push(`<row r="2">${header.map((h, i) => str(`${"ABCDEF"[i]}2`, h, 2)).join("")}</row>`);
  ROWS.forEach((r, i) => {
    const n = i + 3;
    rows.push(
      `<row r="${n}">${num(`A${n}`, r.no, 3)}${str(`B${n}`, r.sasaran, 3)}${str(`C${n}`, r.indikator, 3)}` +
        `${str(`D${n}`, r.satuan, 3)}${num(`E${n}`, r.target, 4)}${num(`F${n}`, r.realisasi, 4)}</row>`,
    );
  });
  const avgTarget = ROWS.reduce((a, r) => a + r.target, 0) / ROWS.length;
  const avgReal = ROWS.reduce((a, r) => a + r.realisasi, 0) / ROWS.length;
  rows.push(
    `<row r="6">${str("D6", "Rata-rata", 2)}<c r="E6" s="4"><f>AVERAGE(E3:E5)</f><v>${avgTarget}</v></c>` +
      `<c r="F6" s="4"><f>AVERAGE(F3:F5)</f><v>${avgReal}</v></c></row>`,
  );
  return (
    DECL +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
    `<dimension ref="A1:F6"/>` +
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    `<cols><col min="1" max="1" width="5" customWidth="1"/><col min="2" max="3" width="42" customWidth="1"/>` +
    `<col min="4" max="6" width="11" customWidth="1"/></cols>` +
    `<sheetData>${rows.join("")}</sheetData>` +
    `<mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells>` +
    `<conditionalFormatting sqref="F3:F5"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan">` +
    `<formula>E3</formula></cfRule></conditionalFormatting>` +
    `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="D3:D5">` +
    `<formula1>DaftarSatuan</formula1></dataValidation></dataValidations>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/>` +
    `</worksheet>`
  );
}

function pivotSheet(): string {
  return (
    DECL +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><dimension ref="A3:B7"/>` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `<sheetData>` +
    `<row r="3">${str("A3", "Satuan")}${str("B3", "Jumlah Target")}</row>` +
    `<row r="4">${str("A4", "%")}${num(
      "B4",
      ROWS.reduce((a, r) => a + r.target, 0),
    )}</row>` +
    `<row r="5">${str("A5", "Total")}${num(
      "B5",
      ROWS.reduce((a, r) => a + r.target, 0),
    )}</row>` +
    `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `</worksheet>`
  );
}

function simpleSheet(cells: string, extra = ""): string {
  return (
    DECL +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><sheetData>${cells}</sheetData>${extra}` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}

function chartXml(): string {
  const n = ROWS.length;
  const cat =
    `<c:cat><c:strRef><c:f>'Realisasi 2024'!$C$3:$C$${n + 2}</c:f><c:strCache><c:ptCount val="${n}"/>` +
    ROWS.map((r, i) => `<c:pt idx="${i}"><c:v>${esc(r.indikator)}</c:v></c:pt>`).join("") +
    `</c:strCache></c:strRef></c:cat>`;
  const ser = (idx: number, col: string, name: string, vals: number[]) =>
    `<c:ser><c:idx val="${idx}"/><c:order val="${idx}"/><c:tx><c:strRef><c:f>'Realisasi 2024'!$${col}$2</c:f>` +
    `<c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${name}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    `<c:invertIfNegative val="0"/>${cat}<c:val><c:numRef><c:f>'Realisasi 2024'!$${col}$3:$${col}$${n + 2}</c:f>` +
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${n}"/>` +
    vals.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("") +
    `</c:numCache></c:numRef></c:val></c:ser>`;
  return (
    DECL +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Target dan Realisasi 2024</a:t></a:r></a:p>` +
    `</c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    ser(
      0,
      "E",
      "Target",
      ROWS.map((r) => r.target),
    ) +
    ser(
      1,
      "F",
      "Realisasi",
      ROWS.map((r) => r.realisasi),
    ) +
    `<c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    `<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`
  );
}

function drawingXml(): string {
  const anchor = (c1: number, r1: number, c2: number, r2: number, body: string) =>
    `<xdr:twoCellAnchor><xdr:from><xdr:col>${c1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r1}</xdr:row>` +
    `<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${c2}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${r2}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;
  return (
    DECL +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    anchor(
      1,
      8,
      6,
      24,
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafik Realisasi"/><xdr:cNvGraphicFramePr/>` +
        `</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>` +
        `<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS_R}" r:id="rId1"/>` +
        `</a:graphicData></a:graphic></xdr:graphicFrame>`,
    ) +
    anchor(
      7,
      8,
      8,
      11,
      `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Logo Dinas"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/>` +
        `</xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${NS_R}" r:embed="rId2"/><a:stretch><a:fillRect/>` +
        `</a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="381000" cy="381000"/></a:xfrm>` +
        `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`,
    ) +
    `</xdr:wsDr>`
  );
}

const COMMENTS =
  DECL +
  `<comments xmlns="${NS_MAIN}"><authors><author>Bidang Perencanaan</author></authors><commentList>` +
  `<comment ref="C2" authorId="0"><text><r><t>Indikator sesuai Renstra 2021-2026</t></r></text></comment>` +
  `</commentList></comments>`;

const VML =
  `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ` +
  `xmlns:x="urn:schemas-microsoft-com:office:excel">\n <o:shapelayout v:ext="edit">\n  <o:idmap v:ext="edit" data="1"/>\n` +
  ` </o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">\n` +
  `  <v:stroke joinstyle="miter"/>\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\n </v:shapetype>` +
  `<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:200pt;margin-top:10pt;` +
  `width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">\n` +
  `  <v:fill color2="#ffffe1"/>\n  <v:shadow on="t" color="black" obscured="t"/>\n  <v:path o:connecttype="none"/>\n` +
  `  <v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>\n` +
  `  <x:ClientData ObjectType="Note">\n   <x:MoveWithCells/>\n   <x:SizeWithCells/>\n` +
  `   <x:Anchor>3, 15, 0, 10, 5, 15, 4, 4</x:Anchor>\n   <x:AutoFill>False</x:AutoFill>\n   <x:Row>1</x:Row>\n` +
  `   <x:Column>2</x:Column>\n  </x:ClientData>\n </v:shape></xml>`;

function pivotParts(): Record<string, string> {
  const n = ROWS.length;
  const cacheDef =
    DECL +
    `<pivotCacheDefinition xmlns="${NS_MAIN}" xmlns:r="${NS_R}" r:id="rId1" refreshOnLoad="0" createdVersion="3" ` +
    `refreshedVersion="3" minRefreshableVersion="3" recordCount="${n}">` +
    `<cacheSource type="worksheet"><worksheetSource ref="A2:F${n + 2}" sheet="Realisasi 2024"/></cacheSource>` +
    `<cacheFields count="6">` +
    `<cacheField name="No" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="${n}"/></cacheField>` +
    `<cacheField name="Sasaran" numFmtId="0"><sharedItems/></cacheField>` +
    `<cacheField name="Indikator" numFmtId="0"><sharedItems/></cacheField>` +
    `<cacheField name="Satuan" numFmtId="0"><sharedItems count="1"><s v="%"/></sharedItems></cacheField>` +
    `<cacheField name="Target" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="57" maxValue="100"/></cacheField>` +
    `<cacheField name="Realisasi" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="59.97" maxValue="100"/></cacheField>` +
    `</cacheFields></pivotCacheDefinition>`;
  const records =
    DECL +
    `<pivotCacheRecords xmlns="${NS_MAIN}" xmlns:r="${NS_R}" count="${n}">` +
    ROWS.map(
      (r) =>
        `<r><n v="${r.no}"/><s v="${esc(r.sasaran)}"/><s v="${esc(r.indikator)}"/><x v="0"/><n v="${r.target}"/><n v="${r.realisasi}"/></r>`,
    ).join("") +
    `</pivotCacheRecords>`;
  const table =
    DECL +
    `<pivotTableDefinition xmlns="${NS_MAIN}" name="PivotSatuan" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" ` +
    `applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Nilai" ` +
    `updatedVersion="3" minRefreshableVersion="3" createdVersion="3" useAutoFormatting="1" itemPrintTitles="1" indent="0" outline="1" outlineData="1">` +
    `<location ref="A3:B5" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>` +
    `<pivotFields count="6"><pivotField showAll="0"/><pivotField showAll="0"/><pivotField showAll="0"/>` +
    `<pivotField axis="axisRow" showAll="0"><items count="2"><item x="0"/><item t="default"/></items></pivotField>` +
    `<pivotField dataField="1" showAll="0"/><pivotField showAll="0"/></pivotFields>` +
    `<rowFields count="1"><field x="3"/></rowFields><rowItems count="2"><i><x/></i><i t="grand"><x/></i></rowItems>` +
    `<colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Jumlah Target" fld="4" baseField="0" baseItem="0"/></dataFields>` +
    `<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/>` +
    `</pivotTableDefinition>`;
  return {
    "xl/pivotCache/pivotCacheDefinition1.xml": cacheDef,
    "xl/pivotCache/pivotCacheRecords1.xml": records,
    "xl/pivotTables/pivotTable1.xml": table,
  };
}

const STYLES =
  DECL +
  `<styleSheet xmlns="${NS_MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>` +
  `<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
  `<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>` +
  `<font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
  `<fill><patternFill patternType="solid"><fgColor rgb="FF1F4E78"/><bgColor indexed="64"/></patternFill></fill></fills>` +
  `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>` +
  `<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>` +
  `<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
  `<xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">` +
  `<alignment horizontal="center" vertical="center" wrapText="1"/></xf>` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` +
  `<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>` +
  `<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

function rels(list: [string, string, string][]): string {
  return (
    DECL +
    `<Relationships xmlns="${NS_PKG_R}">` +
    list
      .map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
      .join("") +
    `</Relationships>`
  );
}

async function build(macro: boolean): Promise<Buffer> {
  strings.length = 0;
  const sheet1 = realisasiSheet();
  const sheet2 = pivotSheet();
  const sheet3 = simpleSheet(
    `<row r="1">${str("A1", "%")}</row><row r="2">${str("A2", "Orang")}</row><row r="3">${str("A3", "Dokumen")}</row>`,
  );
  const sheet4 = simpleSheet(
    `<row r="1">${str("A1", "Pagu anggaran (jangan diubah)")}</row><row r="2">${num("A2", 1250000000)}</row>`,
    `<sheetProtection sheet="1" objects="1" scenarios="1"/>`,
  );
  const zip = new JSZip();
  const date = new Date("2024-12-31T00:00:00Z");
  const put = (path: string, data: string | Buffer) => zip.file(path, data, { date });
  const mainType = macro
    ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  const ws = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
  put(
    "[Content_Types].xml",
    DECL +
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>` +
      `<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>` +
      (macro ? `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>` : "") +
      `<Override PartName="/xl/workbook.xml" ContentType="${mainType}"/>` +
      [1, 2, 3, 4]
        .map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${ws}"/>`)
        .join("") +
      `<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
      `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>` +
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>` +
      `<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
      `<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>` +
      `<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/>` +
      `<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>` +
      `<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
      `</Types>`,
  );
  put(
    "_rels/.rels",
    DECL +
      `<Relationships xmlns="${NS_PKG_R}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  );
  put(
    "docProps/core.xml",
    DECL +
      `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
      `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Dinas Sosial</dc:creator>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">2024-12-31T00:00:00Z</dcterms:created></cp:coreProperties>`,
  );
  put(
    "docProps/app.xml",
    DECL +
      `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`,
  );
  put(
    "xl/workbook.xml",
    DECL +
      `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}">${macro ? '<fileVersion codeName="{00000000-0000-0000-0000-000000000000}"/>' : ""}` +
      `<workbookPr${macro ? ' codeName="ThisWorkbook"' : ""} defaultThemeVersion="164011"/>` +
      `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>` +
      `<sheets><sheet name="Realisasi 2024" sheetId="1" r:id="rId1"/><sheet name="Pivot" sheetId="2" r:id="rId2"/>` +
      `<sheet name="Referensi" sheetId="3" state="hidden" r:id="rId3"/><sheet name="Anggaran" sheetId="4" r:id="rId4"/></sheets>` +
      `<definedNames><definedName name="DaftarSatuan">Referensi!$A$1:$A$3</definedName></definedNames>` +
      `<calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="1" r:id="rId9"/></pivotCaches></workbook>`,
  );
  const wbRels: [string, string, string][] = [
    ["rId1", "worksheet", "worksheets/sheet1.xml"],
    ["rId2", "worksheet", "worksheets/sheet2.xml"],
    ["rId3", "worksheet", "worksheets/sheet3.xml"],
    ["rId4", "worksheet", "worksheets/sheet4.xml"],
    ["rId5", "theme", "theme/theme1.xml"],
    ["rId6", "styles", "styles.xml"],
    ["rId7", "sharedStrings", "sharedStrings.xml"],
    ["rId8", "calcChain", "calcChain.xml"],
    ["rId9", "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml"],
  ];
  if (macro) {
    wbRels.push(["rId10", "vbaProject", "vbaProject.bin"]);
  }
  let wbRelsXml = rels(wbRels);
  // The vbaProject relationship type lives in Microsoft's namespace, not the OOXML one.
  wbRelsXml = wbRelsXml.replace(
    `${REL}/vbaProject`,
    "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
  );
  put("xl/_rels/workbook.xml.rels", wbRelsXml);
  put("xl/worksheets/sheet1.xml", sheet1);
  put("xl/worksheets/sheet2.xml", sheet2);
  put("xl/worksheets/sheet3.xml", sheet3);
  put("xl/worksheets/sheet4.xml", sheet4);
  put(
    "xl/worksheets/_rels/sheet1.xml.rels",
    rels([
      ["rId1", "drawing", "../drawings/drawing1.xml"],
      ["rId2", "vmlDrawing", "../drawings/vmlDrawing1.vml"],
      ["rId3", "comments", "../comments1.xml"],
    ]),
  );
  put(
    "xl/worksheets/_rels/sheet2.xml.rels",
    rels([["rId1", "pivotTable", "../pivotTables/pivotTable1.xml"]]),
  );
  put("xl/drawings/drawing1.xml", drawingXml());
  put(
    "xl/drawings/_rels/drawing1.xml.rels",
    rels([
      ["rId1", "chart", "../charts/chart1.xml"],
      ["rId2", "image", "../media/image1.png"],
    ]),
  );
  put("xl/charts/chart1.xml", chartXml());
  put("xl/media/image1.png", PNG);
  put("xl/comments1.xml", COMMENTS);
  put("xl/drawings/vmlDrawing1.vml", VML);
  for (const [path, xml] of Object.entries(pivotParts())) put(path, xml);
  put(
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
    rels([["rId1", "pivotCacheRecords", "pivotCacheRecords1.xml"]]),
  );
  put(
    "xl/pivotTables/_rels/pivotTable1.xml.rels",
    rels([["rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml"]]),
  );
  put("xl/calcChain.xml", DECL + `<calcChain xmlns="${NS_MAIN}"><c r="E6" i="1"/><c r="F6"/></calcChain>`);
  put(
    "xl/theme/theme1.xml",
    DECL +
      `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>` +
      `<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>` +
      `<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>` +
      `<a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>` +
      `<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>` +
      `<a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/>` +
      `<a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/>` +
      `</a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>` +
      `<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>` +
      `<a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>` +
      `<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle>` +
      `<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>` +
      `<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>` +
      `</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`,
  );
  put("xl/styles.xml", STYLES);
  put(
    "xl/sharedStrings.xml",
    DECL +
      `<sst xmlns="${NS_MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
      strings.map((s) => `<si><t>${esc(s)}</t></si>`).join("") +
      `</sst>`,
  );
  if (macro) {
    // Not a real VBA project: the tests only check that its bytes come out unchanged.
    const bin = Buffer.alloc(512);
    for (let i = 0; i < bin.length; i++) bin[i] = (i * 37 + 11) & 0xff;
    bin.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
    put("xl/vbaProject.bin", bin);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const xlsx = await build(false);
  writeFileSync(join(OUT, "realisasi-2024.xlsx"), xlsx);
  writeFileSync(join(OUT, "realisasi-2024.xlsm"), await build(true));
  try {
    const dir = mkdtempSync(join(tmpdir(), "ooxml-fixture-"));
    const src = join(dir, "realisasi-2024-lo-src.xlsx");
    writeFileSync(src, xlsx);
    execFileSync(
      "libreoffice",
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        join(dir, "out"),
        src,
      ],
      { stdio: "inherit", timeout: 120000 },
    );
    const saved = join(dir, "out", "realisasi-2024-lo-src.xlsx");
    if (existsSync(saved)) copyFileSync(saved, join(OUT, "realisasi-2024-lo.xlsx"));
  } catch (e) {
    console.warn("LibreOffice not available; realisasi-2024-lo.xlsx not rebuilt:", (e as Error).message);
  }
  console.log(`fixtures written to ${OUT}`);
}

void main();
