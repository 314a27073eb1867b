/**
 * The text writer for notes (notes-text.ts) against the tree writer it replaces: for every part the
 * text writer takes, both must leave the same bytes in every part of the package.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { NoteAt, writeNotes } from "../../src/xlsx/ooxml/notes";
import { OoxmlPackage } from "../../src/xlsx/ooxml/package";
import { SheetEditor } from "../../src/xlsx/ooxml/sheet";
import { Workbook } from "../../src/xlsx/ooxml/workbook";
import * as xml from "../../src/xlsx/ooxml/xml";
import { readComments, readVml } from "../../src/xlsx/ooxml/notes-text";
import { entries, fixture } from "./helpers";

const XLSX = fixture("realisasi-2024.xlsx");
const SHEET = "Realisasi 2024";

interface Run {
  buffer: Buffer;
  skipped: string | undefined;
  /** parts parsed into trees while writing */
  parsed: string[];
}

async function run(input: Buffer, sheet: string, notes: NoteAt[], tree: boolean): Promise<Run> {
  const pkg = await OoxmlPackage.load(input);
  const wb = await Workbook.open(pkg);
  const entry = (await wb.sheets()).find((s) => s.name === sheet)!;
  const ed = await SheetEditor.open(pkg, entry.name, entry.path);
  const spy = jest.spyOn(xml, "parseXml");
  let skipped: string | undefined;
  let parsed: string[];
  try {
    skipped = await writeNotes(pkg, ed, notes, { tree });
  } finally {
    parsed = spy.mock.calls.map((c) => c[1]);
    spy.mockRestore();
  }
  return { buffer: await pkg.save(), skipped, parsed };
}

/** Every part of both packages, as text. */
async function parts(buffer: Buffer): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [p, b] of await entries(buffer)) out[p] = b.toString("utf8");
  return out;
}

/** Writes with both writers; expects the same parts, and returns the text writer's run. */
async function same(input: Buffer, sheet: string, notes: NoteAt[]): Promise<Run> {
  const viaTree = await run(input, sheet, notes, true);
  const viaText = await run(input, sheet, notes, false);
  expect(viaText.skipped).toEqual(viaTree.skipped);
  expect(await parts(viaText.buffer)).toEqual(await parts(viaTree.buffer));
  return viaText;
}

const noteParts = (r: Run) => r.parsed.filter((p) => /comments\d+\.xml$|\.vml$/.test(p));

const HOSTILE = [
  "  spasi di depan dan belakang  ",
  "<b>tebal</b> & \"kutip\" 'tunggal' > <",
  "baris\r\nbaru\rCR\nLF",
  "kontrol \u0001\u0008\u000b\u001f tab\t",
  "surrogat \ud800 sendiri \udc00 dan 😀 utuh",
  "_x0041_ sudah tampak seperti escape",
  "\u00a0nbsp\u2028",
  "]]> bukan CDATA",
  "",
  "\n",
  "&amp; &#13; &lt;",
];

function hostileNotes(firstRow: number): NoteAt[] {
  return HOSTILE.map((text, i) => ({ row: firstRow + i, col: (i * 7) % 5, text }));
}

async function excelJsWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  for (let r = 1; r <= 30; r++) ws.getRow(r).getCell(1).value = r;
  ws.getCell("A3").note = "Catatan pengguna di A3";
  ws.getCell("C10").note = { texts: [{ text: "Tebal ", font: { bold: true } }, { text: "biasa & <lain>" }] };
  ws.getCell("B20").note = "  spasi  ";
  // exceljs's typings want its own Buffer type; a Node Buffer is what it writes.
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function editPart(buffer: Buffer, path: string, edit: (text: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  zip.file(path, edit(await zip.file(path)!.async("string")));
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("notes written as text", () => {
  test("a sheet without notes: both parts created as text, the same bytes as the tree writer", async () => {
    const notes: NoteAt[] = [
      { row: 5, col: 1, text: "kedua" },
      { row: 1, col: 0, text: "pertama" },
      { row: 5, col: 0, text: "ketiga" },
    ];
    const out = await same(XLSX, "Referensi", notes);
    expect(noteParts(out)).toEqual([]);
    const vml = (await parts(out.buffer))["xl/drawings/vmlDrawing2.vml"]!;
    // ids and z-order in the order the notes came, places in cell order
    expect([...vml.matchAll(/_x0000_s(\d+)"/g)].map((m) => m[1])).toEqual(["2050", "2051", "2049"]);
  });

  test("a sheet with the user's notes: kept byte for byte, replaced and new notes in cell order", async () => {
    const notes: NoteAt[] = [
      { row: 1, col: 2, text: "ganti catatan pengguna" },
      { row: 0, col: 0, text: "sebelum" },
      { row: 40, col: 3, text: "sesudah" },
      { row: 1, col: 1, text: "sebaris" },
    ];
    const out = await same(XLSX, SHEET, notes);
    expect(noteParts(out)).toEqual([]);
  });

  test("a rerun over its own output and a second rerun with other cells", async () => {
    const first = await same(XLSX, SHEET, [
      ...hostileNotes(3),
      { row: 1, col: 4, text: "di samping catatan pengguna" },
    ]);
    const again = await same(first.buffer, SHEET, [...hostileNotes(3), { row: 2, col: 4, text: "baru" }]);
    expect(noteParts(again)).toEqual([]);
    const mixed = await same(again.buffer, SHEET, [
      { row: 4, col: 0, text: "", remove: true },
      { row: 2, col: 4, text: "baru lagi" },
      { row: 100, col: 0, text: "paling bawah" },
    ]);
    expect(noteParts(mixed)).toEqual([]);
  });

  test("hostile note text on a fresh sheet and after it", async () => {
    const first = await same(XLSX, "Referensi", hostileNotes(0));
    const again = await same(first.buffer, "Referensi", hostileNotes(5).reverse());
    expect(noteParts(again)).toEqual([]);
    const comments = (await parts(again.buffer))["xl/comments2.xml"]!;
    expect(comments).toContain("&#13;");
    expect(comments).toContain('xml:space="preserve"');
  });

  test("removals only: nothing on a sheet without notes, the note gone on a sheet with them", async () => {
    const none = await same(XLSX, "Referensi", [{ row: 1, col: 1, text: "", remove: true }]);
    expect(Object.keys(await parts(none.buffer)).filter((p) => /comments2|vmlDrawing2/.test(p))).toEqual([]);
    const gone = await same(XLSX, SHEET, [{ row: 1, col: 2, text: "", remove: true }]);
    expect(noteParts(gone)).toEqual([]);
    expect((await parts(gone.buffer))["xl/comments1.xml"]).not.toContain('ref="C2"');
  });

  test("a workbook whose notes exceljs wrote", async () => {
    const input = await excelJsWorkbook();
    const first = await same(input, "Data", [
      { row: 2, col: 0, text: "ganti A3" },
      { row: 14, col: 1, text: "di tengah" },
      { row: 29, col: 0, text: "di akhir" },
    ]);
    expect(noteParts(first)).toEqual([]);
    const again = await same(first.buffer, "Data", [{ row: 14, col: 1, text: "di tengah lagi" }]);
    expect(noteParts(again)).toEqual([]);
  });

  test("parts the text writer does not take go the tree way, with the same result", async () => {
    const group = await editPart(XLSX, "xl/drawings/vmlDrawing1.vml", (t) =>
      t.replace(/<v:shape /, '<v:group id="g"><v:shape ').replace(/<\/v:shape>/, "</v:shape></v:group>"),
    );
    const cdata = await editPart(XLSX, "xl/comments1.xml", (t) =>
      t.replace("Indikator", "<![CDATA[a<b]]>Indikator"),
    );
    const prefixed = await editPart(XLSX, "xl/comments1.xml", (t) =>
      t
        .replace('<comments xmlns="', '<x:comments xmlns:x="')
        .replace(/<(\/?)(authors|author|commentList|comment|text|r|t)\b/g, "<$1x:$2")
        .replace("</comments>", "</x:comments>"),
    );
    const unsorted = await editPart(XLSX, "xl/comments1.xml", (t) =>
      t.replace(
        "</commentList>",
        '<comment ref="E9" authorId="0"><text><r><t>di bawah</t></r></text></comment>' +
          '<comment ref="A1" authorId="0"><text><r><t>di depan</t></r></text></comment></commentList>',
      ),
    );
    const broken = await editPart(XLSX, "xl/drawings/vmlDrawing1.vml", (t) =>
      t.replace("</xml>", "<br></xml>"),
    );
    const notes: NoteAt[] = [
      { row: 1, col: 2, text: "ganti" },
      { row: 3, col: 3, text: "baru" },
    ];
    // xmldom reports the broken drawing on the console; the skipped sentence is what counts here
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    for (const input of [group, cdata, prefixed, unsorted, broken]) {
      const out = await same(input, SHEET, notes);
      expect(noteParts(out).length).toBeGreaterThan(0);
    }
    expect((await run(broken, SHEET, notes, false)).skipped).toMatch(/cannot be read/);
    quiet.mockRestore();
  });

  test("many notes: the fast readers take the writer's own entries", async () => {
    const many: NoteAt[] = [];
    for (let r = 0; r < 400; r++) many.push({ row: r, col: r % 3, text: `catatan ${r} <${r}>` });
    const first = await same(XLSX, "Referensi", many);
    const again = await same(first.buffer, "Referensi", many.slice(100, 300).reverse());
    expect(noteParts(again)).toEqual([]);
    const p = await parts(again.buffer);
    expect(readComments(p["xl/comments2.xml"]!).list.entries).toHaveLength(400);
    expect(readVml(p["xl/drawings/vmlDrawing2.vml"]!).root.entries.filter((e) => e.id)).toHaveLength(400);
  });
});
