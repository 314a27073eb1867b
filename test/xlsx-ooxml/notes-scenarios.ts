/**
 * Runs of the notes writer whose parts are pinned (notes-golden.json): the comments and VML parts
 * each run leaves, as sha256 of their text. The hashes were taken from the text writer before the
 * tree writer was deleted; a note marked `user` targets a cell holding the user's own note and was
 * left out of that run (the writer now keeps such a note and reports it).
 */
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import type { NoteAt } from "../../src/xlsx/ooxml/notes";
import { OoxmlPackage } from "../../src/xlsx/ooxml/package";
import { SheetEditor } from "../../src/xlsx/ooxml/sheet";
import { Workbook } from "../../src/xlsx/ooxml/workbook";
import { entries, fixture } from "./helpers";

export const P = "Capaian Kinerja: ";
export type ScenarioNote = NoteAt & { user?: true };
export interface Step {
  sheet: string;
  notes: ScenarioNote[];
}
export interface Scenario {
  name: string;
  input: () => Promise<Buffer>;
  steps: Step[];
}

const SHEET = "Realisasi 2024";
const XLSX = async () => fixture("realisasi-2024.xlsx");

export const HOSTILE = [
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

function hostile(firstRow: number): ScenarioNote[] {
  return HOSTILE.map((text, i) => ({ row: firstRow + i, col: (i * 7) % 5, text: P + text }));
}

export async function excelJsWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  for (let r = 1; r <= 30; r++) ws.getRow(r).getCell(1).value = r;
  ws.getCell("A3").note = "Catatan pengguna di A3";
  ws.getCell("C10").note = { texts: [{ text: "Tebal ", font: { bold: true } }, { text: "biasa & <lain>" }] };
  ws.getCell("B20").note = "  spasi  ";
  // exceljs's typings want its own Buffer type; a Node Buffer is what it writes.
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const many = (): ScenarioNote[] =>
  Array.from({ length: 400 }, (_, r) => ({ row: r, col: r % 3, text: `${P}catatan ${r} <${r}>` }));

export const SCENARIOS: Scenario[] = [
  {
    name: "fresh sheet",
    input: XLSX,
    steps: [
      {
        sheet: "Referensi",
        notes: [
          { row: 5, col: 1, text: `${P}kedua` },
          { row: 1, col: 0, text: `${P}pertama` },
          { row: 5, col: 0, text: `${P}ketiga` },
        ],
      },
    ],
  },
  {
    name: "beside the user's notes",
    input: XLSX,
    steps: [
      {
        sheet: SHEET,
        notes: [
          { row: 1, col: 2, text: `${P}ganti catatan pengguna`, user: true },
          { row: 0, col: 0, text: `${P}sebelum` },
          { row: 40, col: 3, text: `${P}sesudah` },
          { row: 1, col: 1, text: `${P}sebaris` },
        ],
      },
    ],
  },
  {
    name: "reruns",
    input: XLSX,
    steps: [
      { sheet: SHEET, notes: [...hostile(3), { row: 1, col: 4, text: `${P}di samping catatan pengguna` }] },
      { sheet: SHEET, notes: [...hostile(3), { row: 2, col: 4, text: `${P}baru` }] },
      {
        sheet: SHEET,
        notes: [
          { row: 4, col: 0, text: "", remove: true },
          { row: 2, col: 4, text: `${P}baru lagi` },
          { row: 100, col: 0, text: `${P}paling bawah` },
        ],
      },
    ],
  },
  {
    name: "hostile text",
    input: XLSX,
    steps: [
      { sheet: "Referensi", notes: hostile(0) },
      { sheet: "Referensi", notes: hostile(5).reverse() },
    ],
  },
  {
    name: "removals only",
    input: XLSX,
    steps: [
      { sheet: "Referensi", notes: [{ row: 1, col: 1, text: "", remove: true }] },
      { sheet: SHEET, notes: [{ row: 1, col: 2, text: "", remove: true, user: true }] },
    ],
  },
  {
    name: "exceljs notes",
    input: excelJsWorkbook,
    steps: [
      {
        sheet: "Data",
        notes: [
          { row: 2, col: 0, text: `${P}ganti A3`, user: true },
          { row: 14, col: 1, text: `${P}di tengah` },
          { row: 29, col: 0, text: `${P}di akhir` },
        ],
      },
      { sheet: "Data", notes: [{ row: 14, col: 1, text: `${P}di tengah lagi` }] },
    ],
  },
  {
    name: "many notes",
    input: XLSX,
    steps: [
      { sheet: "Referensi", notes: many() },
      { sheet: "Referensi", notes: many().slice(100, 300).reverse() },
    ],
  },
];

export type Write = (pkg: OoxmlPackage, sheet: SheetEditor, notes: NoteAt[]) => Promise<unknown>;

/** One step: the package after the notes are written, and what the writer returned. */
export async function runStep(input: Buffer, step: Step, write: Write, notes: NoteAt[]) {
  const pkg = await OoxmlPackage.load(input);
  const wb = await Workbook.open(pkg);
  const entry = (await wb.sheets()).find((s) => s.name === step.sheet)!;
  const ed = await SheetEditor.open(pkg, entry.name, entry.path);
  const result = await write(pkg, ed, notes);
  return { buffer: await pkg.save(), result };
}

/** sha256 of the text of every comments and VML part. */
export async function noteHashes(buffer: Buffer): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [p, b] of await entries(buffer))
    if (/comments\d+\.xml$|\.vml$/.test(p)) out[p] = createHash("sha256").update(b).digest("hex");
  return out;
}
