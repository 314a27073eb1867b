/**
 * The notes writer, text only: on the runs of notes-scenarios.ts it leaves the comments and VML
 * parts byte for byte as the text writer did before the tree writer went (notes-golden.json), keeps
 * the user's own notes, and takes parts in any well-formed form.
 */
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { applyPlanToPackage } from "../../src/xlsx/ooxml";
import { NoteAt, writeNotes } from "../../src/xlsx/ooxml/notes";
import { readComments } from "../../src/xlsx/ooxml/notes-comments";
import { readVml } from "../../src/xlsx/ooxml/notes-vml";
import type { Pesan } from "../../src/engine/model";
import { entries, fixture, openWithExcelJs } from "./helpers";
import { noteHashes, P, runStep, SCENARIOS, Step } from "./notes-scenarios";
import { realisasiPlan } from "./plan-fixture";

const GOLDEN = JSON.parse(
  readFileSync(join(__dirname, "..", "fixtures", "ooxml", "notes-golden.json"), "utf8"),
) as { scenarios: Record<string, Record<string, string>[]>; apply: Record<string, Record<string, string>[]> };

const XLSX = fixture("realisasi-2024.xlsx");
const SHEET = "Realisasi 2024";
async function step(input: Buffer, s: Step): Promise<{ buffer: Buffer; skipped: Pesan[] }> {
  const notes = s.notes.map(({ user: _user, ...n }) => n);
  const { buffer, result } = await runStep(input, s, (pkg, ed, n) => writeNotes(pkg, ed, n), notes);
  return { buffer, skipped: result as Pesan[] };
}

async function parts(buffer: Buffer): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [p, b] of await entries(buffer)) out[p] = b.toString("utf8");
  return out;
}

async function editPart(buffer: Buffer, path: string, edit: (text: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  zip.file(path, edit(await zip.file(path)!.async("string")));
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("notes written as text, as before the tree writer went", () => {
  for (const scenario of SCENARIOS) {
    test(scenario.name, async () => {
      let buffer = await scenario.input();
      for (const [i, s] of scenario.steps.entries()) {
        const out = await step(buffer, s);
        buffer = out.buffer;
        expect(await noteHashes(buffer)).toEqual(GOLDEN.scenarios[scenario.name]![i]);
        // every note on a cell holding the user's note is left out and reported (removals quietly)
        const kept = s.notes.filter((n) => n.user && !n.remove).length;
        expect(out.skipped).toHaveLength(kept);
      }
    });
  }

  test("the package writer on the fixtures and a rerun", async () => {
    for (const f of ["realisasi-2024.xlsx", "realisasi-2024.xlsm"]) {
      const first = await applyPlanToPackage(fixture(f), realisasiPlan());
      const second = await applyPlanToPackage(first.buffer, realisasiPlan());
      expect([await noteHashes(first.buffer), await noteHashes(second.buffer)]).toEqual(GOLDEN.apply[f]);
    }
  });
});

describe("a user's own note is never replaced", () => {
  test("a note on a cell with the user's note: the note stays as it was, the cell is reported", async () => {
    const before = (await parts(XLSX))["xl/comments1.xml"]!;
    const out = await step(XLSX, { sheet: SHEET, notes: [{ row: 1, col: 2, text: `${P}temuan` }] });
    expect(out.skipped).toEqual([
      {
        id: expect.stringContaining("'Realisasi 2024'!C2"),
        en: expect.stringContaining("already holds your note"),
      },
    ]);
    expect((await parts(out.buffer))["xl/comments1.xml"]).toBe(before);
    const removal = await step(XLSX, { sheet: SHEET, notes: [{ row: 1, col: 2, text: "", remove: true }] });
    expect(removal.skipped).toEqual([]);
    expect((await parts(removal.buffer))["xl/comments1.xml"]).toBe(before);
  });

  test("a note the add-in wrote is replaced and taken away as before", async () => {
    const first = await step(XLSX, { sheet: SHEET, notes: [{ row: 6, col: 3, text: `${P}lama` }] });
    const again = await step(first.buffer, { sheet: SHEET, notes: [{ row: 6, col: 3, text: `${P}baru` }] });
    const c = (await parts(again.buffer))["xl/comments1.xml"]!;
    expect(c).toContain("baru");
    expect(c).not.toContain("lama");
    const gone = await step(again.buffer, {
      sheet: SHEET,
      notes: [{ row: 6, col: 3, text: "", remove: true }],
    });
    expect((await parts(gone.buffer))["xl/comments1.xml"]).not.toContain('ref="D7"');
  });
});

describe("parts in any well-formed form", () => {
  const notes: NoteAt[] = [
    { row: 1, col: 2, text: "", remove: true },
    { row: 3, col: 3, text: `${P}baru` },
  ];

  async function written(input: Buffer, ns: NoteAt[] = notes) {
    const out = await step(input, { sheet: SHEET, notes: ns });
    const p = await parts(out.buffer);
    return { ...out, comments: p["xl/comments1.xml"]!, vml: p["xl/drawings/vmlDrawing1.vml"]! };
  }

  /** The fixture with the user's note on C2 made the add-in's, so a plan may take it away. */
  const own = () => editPart(XLSX, "xl/comments1.xml", (t) => t.replace("Indikator sesuai", `${P}Indikator`));

  test("a note shape inside a group is found and replaced; the new shape is written", async () => {
    const group = await editPart(await own(), "xl/drawings/vmlDrawing1.vml", (t) =>
      t.replace(/<v:shape /, '<v:group id="g"><v:shape ').replace(/<\/v:shape>/, "</v:shape></v:group>"),
    );
    const out = await written(group);
    expect(out.vml).toContain('<v:group id="g"></v:group>');
    expect(out.vml).toMatch(/<x:Row>3<\/x:Row><x:Column>3<\/x:Column>/);
    expect(out.vml).not.toMatch(/<x:Row>1<\/x:Row>\s*<x:Column>2<\/x:Column>/);
    expect(readVml(out.vml).root.entries.filter((e) => e.id)).toHaveLength(1);
  });

  test("CDATA, comments, single quotes and a prefixed comments part", async () => {
    const cdata = await editPart(await own(), "xl/comments1.xml", (t) =>
      t
        .replace("<author>", "<!-- a --><author>")
        .replace("Indikator Renstra", "<![CDATA[a<b]]>Indikator Renstra")
        .replace('ref="C2"', "ref = 'C2'"),
    );
    const a = await written(cdata);
    expect(a.comments).toContain("<!-- a -->");
    expect(a.comments).not.toContain("a<b"); // C2 was the add-in's and is taken away
    const prefixed = await editPart(XLSX, "xl/comments1.xml", (t) =>
      t
        .replace('<comments xmlns="', '<x:comments xmlns:x="')
        .replace(/<(\/?)(authors|author|commentList|comment|text|r|t)\b/g, "<$1x:$2")
        .replace("</comments>", "</x:comments>"),
    );
    const b = await written(prefixed);
    expect(b.comments).toContain('<x:comment ref="D4" authorId="1"><x:text><x:r><x:t>');
    expect(b.comments).toContain("<x:author>Capaian Kinerja</x:author>");
    expect(readComments(b.comments).list.entries.filter((e) => e.ref)).toHaveLength(2); // the user's C2 stays
  });

  test("an unsorted list takes each note before the first later entry", async () => {
    const unsorted = await editPart(XLSX, "xl/comments1.xml", (t) =>
      t.replace(
        "</commentList>",
        '<comment ref="E9" authorId="0"><text><r><t>di bawah</t></r></text></comment>' +
          '<comment ref="A1" authorId="0"><text><r><t>di depan</t></r></text></comment></commentList>',
      ),
    );
    const out = await written(unsorted);
    const refs = readComments(out.comments)
      .list.entries.filter((e) => e.ref)
      .map((e) => e.ref);
    expect(refs).toEqual(["C2", "D4", "E9", "A1"]);
  });

  test("a drawing without the note shape type gets it before the first shape", async () => {
    const input = await editPart(XLSX, "xl/drawings/vmlDrawing1.vml", (t) =>
      t.replace(/<v:shapetype[\s\S]*?<\/v:shapetype>/, ""),
    );
    const out = await written(input);
    expect(out.vml.indexOf('id="_x0000_t202"')).toBeGreaterThan(0);
    expect(out.vml.indexOf('id="_x0000_t202"')).toBeLessThan(out.vml.indexOf("<v:shape "));
    expect(
      JSON.stringify((await openWithExcelJs(out.buffer)).getWorksheet(SHEET)!.getCell("D4").note),
    ).toContain("baru");
  });

  test("a drawing that is not XML: the sheet's notes are skipped with a sentence", async () => {
    const broken = await editPart(XLSX, "xl/drawings/vmlDrawing1.vml", (t) =>
      t.replace("</xml>", "<br></xml>"),
    );
    const out = await written(broken);
    expect(out.skipped).toEqual([expect.objectContaining({ en: expect.stringContaining("cannot be read") })]);
  });

  test("many notes: the fast readers take the writer's own entries", async () => {
    let buffer = XLSX;
    for (const s of SCENARIOS.find((x) => x.name === "many notes")!.steps)
      buffer = (await step(buffer, s)).buffer;
    const p = await parts(buffer);
    expect(readComments(p["xl/comments2.xml"]!).list.entries).toHaveLength(400);
    expect(readVml(p["xl/drawings/vmlDrawing2.vml"]!).root.entries.filter((e) => e.id)).toHaveLength(400);
  });
});
