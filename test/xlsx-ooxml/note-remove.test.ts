/** NoteWrite.remove in the package writer: the comment and its VML shape go, the other notes stay. */
import { emptyPlan } from "../../src/engine/plan";
import { applyPlanToPackage } from "../../src/xlsx/ooxml";
import { fixture, openWithExcelJs, text } from "./helpers";

const XLSX = fixture("realisasi-2024.xlsx");
const SHEET = "Realisasi 2024";

/** ref → text of every comment of the sheet's comments part (the fixture's sheet keeps xl/comments1.xml). */
async function notesOn(buffer: Buffer): Promise<Record<string, string>> {
  const xml = await text(buffer, "xl/comments1.xml");
  const out: Record<string, string> = {};
  for (const m of xml.matchAll(/<comment ref="([A-Z]+\d+)"[^>]*>(.*?)<\/comment>/gs))
    out[m[1]!] = m[2]!.replace(/<[^>]+>/g, "");
  return out;
}

describe("removing notes in the package writer", () => {
  test("only the removed cell loses its note (comment and shape); a cell without a note is left alone", async () => {
    const write = emptyPlan();
    write.notes = [
      { sheet: SHEET, cell: "C3", text: "Capaian Kinerja: temuan lama" },
      { sheet: SHEET, cell: "C4", text: "Capaian Kinerja: temuan lain" },
    ];
    const first = (await applyPlanToPackage(XLSX, write)).buffer;
    const before = await notesOn(first);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(["C3", "C4"]));

    const remove = emptyPlan();
    remove.notes = [
      { sheet: SHEET, cell: "C3", text: "", remove: true },
      { sheet: SHEET, cell: "B20", text: "", remove: true },
    ];
    const second = (await applyPlanToPackage(first, remove)).buffer;
    const after = await notesOn(second);
    expect(after.C3).toBeUndefined();
    expect(after.C4).toBe(before.C4);
    const { C3: _gone, ...rest } = before;
    expect(after).toEqual(rest);
    const vml = await text(second, "xl/drawings/vmlDrawing1.vml");
    expect(vml).not.toMatch(/<x:Row>2<\/x:Row>\s*<x:Column>2<\/x:Column>/);
    expect(vml).toMatch(/<x:Row>3<\/x:Row>\s*<x:Column>2<\/x:Column>/);
    // another reader pairs the remaining notes with their cells
    const ws = (await openWithExcelJs(second)).getWorksheet(SHEET)!;
    expect(ws.getCell("C3").note).toBeUndefined();
    expect(JSON.stringify(ws.getCell("C4").note)).toContain("temuan lain");
  });
});
