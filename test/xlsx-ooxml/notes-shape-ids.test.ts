/**
 * Every VML drawing owns its block of shape ids (o:idmap N owns N*1024+1 … N*1024+1023), drawings
 * other programs wrote without an o:idmap included: Excel shows its repair dialog when two drawings
 * use one id. The workbooks are the fixture with its drawing replaced by one in LibreOffice's form.
 */
import JSZip from "jszip";
import { emptyPlan } from "../../src/engine/plan";
import { applyPlanToPackage } from "../../src/xlsx/ooxml";
import { entries, fixture, openWithExcelJs } from "./helpers";

const V = "urn:schemas-microsoft-com:vml";
const O = "urn:schemas-microsoft-com:office:office";
const X = "urn:schemas-microsoft-com:office:excel";

/** A note's drawing as LibreOffice saves it: no o:shapelayout, its own shape type, the note on C2. */
function libreOfficeVml(shapeId: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xml xmlns:v="${V}" xmlns:o="${O}" xmlns:x="${X}" xmlns:w10="urn:schemas-microsoft-com:office:word">` +
    `<v:shapetype id="shapetype_202" coordsize="21600,21600" o:spt="202" path="m,l,21600l21600,21600l21600,xe">` +
    `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
    `<v:shape id="${shapeId}" fillcolor="#ffffe1" stroked="t" type="#shapetype_202" style="position:absolute;` +
    `margin-left:634.25pt;margin-top:7.5pt;width:153.95pt;height:55.45pt;visibility:hidden">` +
    `<w10:wrap type="none"/><v:fill o:detectmouseclick="t" type="solid" color2="#00001e"/>` +
    `<v:shadow on="t" obscured="t" color="black"/><x:ClientData ObjectType="Note"><x:MoveWithCells/>` +
    `<x:SizeWithCells/><x:Anchor>3, 15, 0, 10, 5, 15, 4, 4</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>1</x:Row><x:Column>2</x:Column></x:ClientData></v:shape></xml>`
  );
}

async function withDrawing(vml: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fixture("realisasi-2024.xlsx"));
  zip.file("xl/drawings/vmlDrawing1.vml", vml);
  return zip.generateAsync({ type: "nodebuffer" });
}

interface Drawing {
  path: string;
  blocks: number[];
  ids: number[];
}

async function drawings(buffer: Buffer): Promise<Drawing[]> {
  return [...(await entries(buffer))]
    .filter(([p]) => p.endsWith(".vml"))
    .map(([path, b]) => {
      const t = b.toString("utf8");
      const data = /<o:idmap [^>]*data="([\d,]+)"/.exec(t)?.[1];
      return {
        path,
        blocks: data ? data.split(",").map(Number) : [],
        ids: [...t.matchAll(/<v:shape [^>]*\bid="_x0000_s(\d+)"/g)].map((m) => Number(m[1])),
      };
    });
}

/**
 * The checks: ids unique across drawings, blocks not shared (a drawing without o:idmap counts the
 * blocks its ids fall in), each id inside its drawing's blocks; a drawing the add-in wrote has an o:idmap.
 */
function expectOwnBlocks(list: Drawing[], written = list.map((d) => d.path)): void {
  const ids = list.flatMap((d) => d.ids);
  expect(new Set(ids).size).toBe(ids.length);
  const blocksOf = (d: Drawing) =>
    d.blocks.length ? d.blocks : [...new Set(d.ids.map((id) => Math.floor(id / 1024)))];
  const blocks = list.flatMap(blocksOf);
  expect(new Set(blocks).size).toBe(blocks.length);
  for (const d of list) {
    if (written.includes(d.path)) expect(d.blocks.length).toBeGreaterThan(0);
    for (const id of d.ids) {
      expect(blocksOf(d)).toContain(Math.floor(id / 1024));
      expect(id % 1024).not.toBe(0);
    }
  }
}

function plan(cells: [string, string][]) {
  const p = emptyPlan();
  for (const [sheet, cell] of cells) p.notes.push({ sheet, cell, text: `Capaian Kinerja: temuan ${cell}` });
  return p;
}

describe("shape ids of VML drawings", () => {
  test.each([
    ["_x0000_s1025", "numbered as Excel numbers them"],
    ["shape_0", "named as recent LibreOffice names them"],
  ])("a LibreOffice drawing without o:idmap (shape %s, %s) and new notes on another sheet", async (id) => {
    const input = await withDrawing(libreOfficeVml(id));
    // a second sheet first, then the LibreOffice sheet itself
    const { buffer, report } = await applyPlanToPackage(
      input,
      plan([
        ["Referensi", "A2"],
        ["Referensi", "B3"],
        ["Realisasi 2024", "D5"],
      ]),
    );
    expect(report.skipped).toEqual([]);
    const list = await drawings(buffer);
    expect(list).toHaveLength(2);
    expectOwnBlocks(list);
    const wb = await openWithExcelJs(buffer);
    expect(JSON.stringify(wb.getWorksheet("Referensi")!.getCell("A2").note)).toContain("temuan A2");
    expect(JSON.stringify(wb.getWorksheet("Realisasi 2024")!.getCell("D5").note)).toContain("temuan D5");
    // a rerun keeps them apart too
    expectOwnBlocks(await drawings((await applyPlanToPackage(buffer, plan([["Referensi", "C4"]]))).buffer));
  });

  test("new notes on another sheet only: the drawing without o:idmap keeps its block to itself", async () => {
    const input = await withDrawing(libreOfficeVml("_x0000_s1025"));
    const { buffer } = await applyPlanToPackage(input, plan([["Referensi", "A2"]]));
    const list = await drawings(buffer);
    expectOwnBlocks(list, ["xl/drawings/vmlDrawing2.vml"]);
    expect(list.find((d) => d.path.endsWith("vmlDrawing2.vml"))!.blocks).toEqual([2]);
  });

  test("more notes than one block holds: the drawing takes a further block and lists it", async () => {
    const input = await withDrawing(libreOfficeVml("_x0000_s1025"));
    const cells: [string, string][] = [];
    for (let r = 1; r <= 1100; r++) cells.push(["Referensi", `A${r}`]);
    const { buffer } = await applyPlanToPackage(input, plan(cells));
    const list = await drawings(buffer);
    expectOwnBlocks(list, ["xl/drawings/vmlDrawing2.vml"]);
    expect(list.find((d) => d.path.endsWith("vmlDrawing2.vml"))!.blocks).toEqual([2, 3]);
  });
});
