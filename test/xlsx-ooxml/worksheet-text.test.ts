/** A worksheet part kept as text: edits touch one top-level child each, the user's other bytes stay. */
import JSZip from "jszip";
import { applyPlanToPackage } from "../../src/xlsx/ooxml";
import * as layout from "../../src/xlsx/ooxml/sheet-layout";
import { WorksheetText } from "../../src/xlsx/ooxml/worksheet-text";
import { NS } from "../../src/xlsx/ooxml/xml";
import { fixture, text as partText } from "./helpers";
import { realisasiPlan } from "./plan-fixture";

const DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n`;

function sheet(body: string, root = `<worksheet xmlns="${NS.main}">`, end = "</worksheet>"): WorksheetText {
  return WorksheetText.parse(`${DECL}${root}${body}${end}`);
}

const text = (ws: WorksheetText) => [...ws.text()].join("");

describe("WorksheetText", () => {
  it("gives back the part as it came when nothing is edited", () => {
    const body = `<!-- a user's note --><sheetPr codeName='Lembar1'/>\n  <sheetData/><pageMargins left="0.7"/>`;
    const raw = `${DECL}<x:worksheet xmlns:x="${NS.main}">${body.replace(/<(\/?)([a-z])/g, "<$1x:$2")}</x:worksheet>\n`;
    expect(text(WorksheetText.parse(raw))).toBe(raw);
  });

  it("inserts a child in schema order and leaves every other child's bytes alone", () => {
    const ws = sheet(`<sheetPr codeName='A'/><!-- keep --><sheetData/>\n<pageMargins left='0.7'/>`);
    layout.setColumnWidth(ws, 2, 12.345);
    expect(text(ws)).toBe(
      `${DECL}<worksheet xmlns="${NS.main}"><sheetPr codeName='A'/><!-- keep -->` +
        `<cols><col min="3" max="3" width="12.35" customWidth="1"/></cols><sheetData/>\n<pageMargins left='0.7'/></worksheet>`,
    );
  });

  it("writes new elements with the prefix of a prefixed worksheet", () => {
    const ws = sheet(`<x:sheetData/>`, `<x:worksheet xmlns:x="${NS.main}">`, "</x:worksheet>");
    layout.setFreeze(ws, 1, 0);
    layout.setTabColor(ws, "FF00FF00");
    expect(text(ws)).toContain(
      `<x:sheetPr><x:tabColor rgb="FF00FF00"/></x:sheetPr><x:sheetViews><x:sheetView workbookViewId="0">` +
        `<x:pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><x:selection pane="bottomLeft"/>` +
        `</x:sheetView></x:sheetViews><x:sheetData/>`,
    );
  });

  it("cuts a column out of its span, the neighbours keeping its settings", () => {
    const ws = sheet(`<cols><col min="2" max="5" style="3"/></cols><sheetData/>`);
    layout.setColumnWidth(ws, 2, 20);
    expect(ws.find("cols")!.text).toBe(
      `<cols><col min="2" max="2" style="3"/><col min="3" max="3" style="3" width="20" customWidth="1"/>` +
        `<col min="4" max="5" style="3"/></cols>`,
    );
    layout.standardWidth(ws, 2);
    expect(ws.find("cols")!.text).toContain(`<col min="3" max="3" style="3"/>`);
  });

  it("takes <cols> away with its last column given back its standard width", () => {
    const ws = sheet(`<cols><col min="1" max="1" width="9" customWidth="1"/></cols><sheetData/>`);
    layout.standardWidth(ws, 0);
    expect(ws.find("cols")).toBeUndefined();
  });

  it("places an element by the one an mc:AlternateContent block wraps", () => {
    const alt =
      `<mc:AlternateContent xmlns:mc="${NS.mc}"><mc:Choice Requires="x14"><drawing r:id="rId1"/></mc:Choice>` +
      `</mc:AlternateContent>`;
    const ws = sheet(`<sheetData/>${alt}`);
    ws.insert("legacyDrawing", `<legacyDrawing r:id="rId2"/>`);
    ws.insert("pageMargins", `<pageMargins left="1"/>`);
    expect(text(ws)).toContain(`<sheetData/><pageMargins left="1"/>${alt}<legacyDrawing r:id="rId2"/>`);
  });

  it("declares a namespace on the root only when it has no prefix for it", () => {
    const ws = sheet(`<sheetData/>`, `<worksheet xmlns="${NS.main}" xmlns:rel='${NS.r}'>`);
    expect(ws.prefixFor(NS.r, "r")).toBe("rel");
    const bare = sheet(`<sheetData/>`);
    expect(bare.prefixFor(NS.r, "r")).toBe("r");
    expect(text(bare)).toContain(`<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}"><sheetData/>`);
  });

  it("sets the dimension to the old used range joined with what was written", () => {
    const ws = sheet(`<dimension ref='B2:C3'/><sheetData/>`);
    layout.updateDimension(ws, { row: 0, col: 0, rowCount: 1, colCount: 1 }, false);
    expect(ws.find("dimension")!.text).toBe(`<dimension ref="A1:C3"/>`);
  });

  it("replaces rule blocks on a block and numbers new rules after the highest priority", () => {
    const cf = (sqref: string, p: number) =>
      `<conditionalFormatting sqref="${sqref}"><cfRule type="expression" priority="${p}"><formula>1</formula></cfRule></conditionalFormatting>`;
    const ws = sheet(`<sheetData/>${cf("$A$1:A3", 4)}${cf("B1", 2)}<pageMargins left="1"/>`);
    expect(layout.maxPriority(ws)).toBe(4);
    expect(layout.removeRulesOn(ws, "A1:A3")).toBe(1);
    layout.addRuleBlock(ws, "c1:c2", ["<cfRule/>"]);
    expect(text(ws)).toContain(
      `${cf("B1", 2)}<conditionalFormatting sqref="C1:C2"><cfRule/></conditionalFormatting><pageMargins`,
    );
  });
});

test("a user's sheet keeps its bytes outside the children a plan edits", async () => {
  const kept = [
    `<!-- the user's own comment -->`,
    `<sheetView tabSelected='1' workbookViewId="0"/>`,
    `<dataValidation type='list' allowBlank="1" showErrorMessage="1" sqref="D3:D5">`,
    `<pageMargins left='0.7' right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
  ];
  const zip = await JSZip.loadAsync(fixture("realisasi-2024.xlsx"));
  const path = "xl/worksheets/sheet1.xml";
  const xml = (await zip.file(path)!.async("string"))
    .replace(/<sheetView [^>]*\/>/, kept[1]!)
    .replace(/<dataValidation [^>]*>/, kept[2]!)
    .replace(/<pageMargins [^>]*\/>/, kept[0]! + kept[3]!);
  zip.file(path, xml);
  const { buffer } = await applyPlanToPackage(
    await zip.generateAsync({ type: "nodebuffer" }),
    realisasiPlan(),
  );
  const out = await partText(buffer, path);
  for (const bytes of kept) expect(out).toContain(bytes);
  // the part was edited all the same
  expect(out).toContain('<conditionalFormatting sqref="G3:G5">');
});
