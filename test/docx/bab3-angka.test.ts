/**
 * `capaian hitung contoh.xlsx --docx bab3.docx` on the bundled sample: a valid .docx whose Word tables
 * are the Tabel 3.x of the workbook the same run wrote, number for number as Excel shows them, with
 * repeating header rows, landscape pages for the wide tables, the narrative and the findings appendix.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseAddress } from "../../src/engine/address";
import { sampleDocx, wordTables, type SampleDocx, type WordTable } from "./sample-docx";

jest.setTimeout(180_000);

let run: SampleDocx;
let tables: WordTable[];
let workbook: ExcelJS.Workbook;
let documentXml: string;

beforeAll(async () => {
  run = sampleDocx();
  tables = await wordTables(run.docx);
  workbook = new ExcelJS.Workbook();
  // exceljs's typings want its own Buffer type; a Node Buffer is what it reads
  await workbook.xlsx.load(run.xlsx as unknown as ExcelJS.Buffer);
  documentXml = await (await JSZip.loadAsync(run.docx)).file("word/document.xml")!.async("string");
});

/** decimals a number format shows: "#,##0.00" → 2, "#,##0" → 0 */
function decimals(numFmt: string | undefined): number {
  return /0\.(0+)/.exec(numFmt ?? "")?.[1]?.length ?? 0;
}

/** Excel's display of a number in an Indonesian locale, by the runtime's own Intl (not the project's formatter). */
function asExcelShows(v: number, numFmt: string | undefined): string {
  const d = decimals(numFmt);
  return new Intl.NumberFormat("id-ID", {
    minimumFractionDigits: d,
    maximumFractionDigits: d,
    useGrouping: true,
  })
    .format(v)
    .replace(/\u2212/g, "-");
}

/** Numeric cells of a sheet range, row by row, as Excel shows them. */
function workbookNumbers(sheet: string, rentang: string): string[] {
  const ws = workbook.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const [a, b = a] = rentang.split(":") as [string, string?];
  const from = parseAddress(a);
  const to = parseAddress(b);
  const out: string[] = [];
  for (let r = from.row; r <= to.row; r++)
    for (let c = from.col; c <= to.col; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      // exceljs answers a merged range's value in every cell of it; the merge shows it once
      if (cell.isMerged && cell.master.address !== cell.address) continue;
      if (typeof cell.value === "number") out.push(asExcelShows(cell.value, cell.numFmt));
    }
  return out;
}

const ANGKA = /^-?\d{1,3}(\.\d{3})*(,\d+)?$/;

function wordNumbers(t: WordTable): string[] {
  return t.rows.slice(t.headerRows).flatMap((r) => r.filter((c) => ANGKA.test(c)));
}

test("the command writes the .docx and names it in its summary", () => {
  expect(run.cli.stdout).toContain("Bab III (Word): bab3.docx");
  expect(run.docx.subarray(0, 2).toString()).toBe("PK");
  expect(documentXml).toContain("<w:body>");
});

test("one Word table per Tabel 3.x the workbook got, in its order, then the findings", () => {
  expect(run.report.tabel.length).toBeGreaterThanOrEqual(4);
  expect(tables).toHaveLength(run.report.tabel.length + 1);
  run.report.tabel.forEach((t, i) =>
    expect(tables[i]!.title).toMatch(new RegExp(`^Tabel ${t.nomor.replace(".", "\\.")} `)),
  );
});

test("every number of every table equals the workbook's, as Excel shows it", () => {
  for (const [i, t] of run.report.tabel.entries()) {
    const inWord = wordNumbers(tables[i]!);
    expect({ tabel: t.nomor, angka: inWord }).toEqual({
      tabel: t.nomor,
      angka: workbookNumbers(t.sheet, t.rentang),
    });
    expect(inWord.length).toBeGreaterThan(0);
  }
  // spot checks against the figures of the sample (seed 002): capaian 3,63 ÷ 3,25 and the budget Jumlah
  expect(wordNumbers(tables[0]!)).toContain("111,69");
  expect(wordNumbers(tables.find((t) => t.title.startsWith("Tabel 3.6"))!)).toContain("57.367.577.759");
});

test("header rows repeat on every page; rows do not split; wide tables get landscape pages", () => {
  for (const t of tables) expect(t.headerRows).toBeGreaterThanOrEqual(1);
  expect(documentXml).toContain("<w:cantSplit/>");
  expect(documentXml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
  // the findings appendix is portrait
  expect(documentXml).toMatch(/<w:pgSz [^>]*w:orient="portrait"[^>]*\/>(?:(?!<w:pgSz).)*<\/w:body>/s);
  // numbers at the right edge of their cells
  expect(documentXml).toMatch(/<w:jc w:val="right"\/>(?:(?!<\/w:p>).)*111,69/s);
});

test("the narrative sits under its table, the placeholder highlighted for the author", () => {
  const plain = documentXml.replace(/<[^>]+>/g, "");
  expect(plain).toContain(
    "Indikator “Persentase PPKS Mandiri” pada tahun 2023 ditargetkan 3,25 % dan terealisasi 3,63 %. Capaian kinerjanya 111,69 %",
  );
  expect(documentXml).toMatch(/<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>).)*\[Faktor pendukung: …\]/s);
  expect(plain.indexOf("Pagu anggaran seluruh program")).toBeGreaterThan(plain.indexOf("Tabel 3.6"));
});

test("the findings appendix: every finding of the report, the most serious first, with sheet!cell", () => {
  const temuan = tables[tables.length - 1]!;
  const body = temuan.rows.slice(temuan.headerRows);
  expect(body.length).toBeGreaterThanOrEqual(1);
  const rank = { Galat: 0, Peringatan: 1, Info: 2 } as Record<string, number>;
  const levels = body.map((r) => rank[r[1]!]);
  expect(levels).not.toContain(undefined);
  expect([...levels].sort()).toEqual(levels);
  for (const r of body) expect(r[3]).toMatch(/!\$?[A-Z]+\$?\d+/);
  const kode = new Set(body.map((r) => r[2]));
  for (const k of run.report.temuan) expect(kode).toContain(k.kode);
});
