/**
 * .xlsx → WorkbookSnapshot through exceljs's object model: the reference the package reader
 * (src/xlsx/package-snapshot.ts) is tested against. No production path loads exceljs any more.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseAddress, quoteSheet } from "../../src/engine/address";
import type { CellValue, GridRange, SheetSnapshot, WorkbookSnapshot } from "../../src/engine/snapshot";
import { unprefixPart } from "../../src/xlsx/container";

const MS_PER_DAY = 86400000;
// Days between the Excel epochs (1899-12-30 and 1904-01-01) and 1970-01-01.
const EPOCH_1900 = 25569;
const EPOCH_1904 = 24107;

function xmlAttr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * Names of the protected sheets, read from the sheet XML itself: exceljs only recognises
 * sheet="1", while LibreOffice writes sheet="true".
 */
async function protectedSheetNames(buffer: Uint8Array): Promise<Set<string>> {
  const zip = await JSZip.loadAsync(buffer);
  const part = async (path: string) => {
    const xml = await zip.file(path)?.async("string");
    return xml === undefined ? undefined : unprefixPart(xml);
  };
  const workbook = await part("xl/workbook.xml");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  const result = new Set<string>();
  if (!workbook || !rels) return result;
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = xmlAttr(tag, "Id");
    const target = xmlAttr(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  for (const tag of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = xmlAttr(tag, "name");
    const rid = xmlAttr(tag, "r:id");
    const target = rid ? targets.get(rid) : undefined;
    if (!name || !target) continue;
    const xml = await part(target);
    const protection = xml ? /<sheetProtection\b[^>]*>/.exec(xml)?.[0] : undefined;
    const flag = protection ? xmlAttr(protection, "sheet") : undefined;
    if (flag === "1" || flag === "true") result.add(unescapeXml(name));
  }
  return result;
}

const CORE_PART = /^xl\/(workbook|sharedStrings|styles|worksheets\/[^/]+|comments\d*)\.xml$/i;

/** exceljs cannot read a package with prefixed SpreadsheetML (<x:c>): such a one is rewritten first. */
async function normalizePackage(buffer: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(buffer);
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  if (!workbook || unprefixPart(workbook) === workbook) return buffer;
  for (const path of Object.keys(zip.files)) {
    if (!CORE_PART.test(path)) continue;
    zip.file(path, unprefixPart(await zip.file(path)!.async("string")));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Loads the bytes with exceljs (the reference reads only inputs the package reader accepts). */
async function loadWorkbook(buffer: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs's Buffer type predates typed-array generics; the bytes are what it reads.
  await wb.xlsx.load((await normalizePackage(buffer)) as unknown as ExcelJS.Buffer);
  return wb;
}

export function dateToSerial(date: Date, date1904: boolean): number {
  const serial = date.getTime() / MS_PER_DAY + (date1904 ? EPOCH_1904 : EPOCH_1900);
  // Keep whole seconds; exceljs's Date round trip adds float noise below that.
  return Math.round(serial * 86400) / 86400;
}

type RawValue = ExcelJS.CellValue | undefined;

function plainValue(v: RawValue, date1904: boolean): CellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v === "object") {
    if ("error" in v && typeof v.error === "string") return v.error;
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: RawValue }).result;
      return plainValue(result, date1904);
    }
    if ("text" in v) {
      const t = (v as { text: unknown }).text;
      if (typeof t === "string") return t;
      if (t && typeof t === "object" && "richText" in t)
        return plainValue(t as ExcelJS.CellRichTextValue, date1904);
    }
  }
  return "";
}

function formulaOf(cell: ExcelJS.Cell): string {
  if (cell.type !== ExcelJS.ValueType.Formula) return "";
  const f = cell.formula;
  return f ? `=${f}` : "";
}

function visibilityOf(ws: ExcelJS.Worksheet): SheetSnapshot["visibility"] {
  if (ws.state === "veryHidden") return "veryHidden";
  if (ws.state === "hidden") return "hidden";
  return "visible";
}

function mergesOf(ws: ExcelJS.Worksheet): GridRange[] {
  // exceljs keeps merges in the worksheet model as "A1:B2" strings.
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  return merges.map((m) => parseAddress(m));
}

export function sheetSnapshot(ws: ExcelJS.Worksheet, date1904: boolean, isProtected = false): SheetSnapshot {
  let minRow = Infinity;
  let minCol = Infinity;
  let maxRow = -1;
  let maxCol = -1;
  const cells: { row: number; col: number; value: CellValue; format: string; formula: string }[] = [];
  // cells holding a note (exceljs drops a note on an empty, unstyled cell: none such in the tests)
  const catatan: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.note) catatan.push(cell.address);
      // A merged area's other cells are empty in Excel; exceljs echoes the master's value there.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = plainValue(cell.value, date1904);
      const formula = formulaOf(cell);
      if (value === "" && formula === "") return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      minRow = Math.min(minRow, r);
      minCol = Math.min(minCol, c);
      maxRow = Math.max(maxRow, r);
      maxCol = Math.max(maxCol, c);
      cells.push({ row: r, col: c, value, format: cell.numFmt || "General", formula });
    });
  });
  const base = {
    name: ws.name,
    merges: mergesOf(ws),
    visibility: visibilityOf(ws),
    protected: isProtected,
    catatan,
  };
  if (maxRow < 0) {
    // Office.js reports an empty sheet's used range as A1 holding "".
    return {
      ...base,
      origin: { row: 0, col: 0 },
      values: [[""]],
      numberFormats: [["General"]],
      formulas: [[""]],
    };
  }
  const rows = maxRow - minRow + 1;
  const cols = maxCol - minCol + 1;
  const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(""));
  const numberFormats: string[][] = Array.from({ length: rows }, () =>
    new Array<string>(cols).fill("General"),
  );
  const formulas: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill(""));
  for (const c of cells) {
    values[c.row - minRow]![c.col - minCol] = c.value;
    numberFormats[c.row - minRow]![c.col - minCol] = c.format;
    formulas[c.row - minRow]![c.col - minCol] = c.formula;
  }
  return { ...base, origin: { row: minRow, col: minCol }, values, numberFormats, formulas };
}

function namesOf(wb: ExcelJS.Workbook): Record<string, string> {
  const names: Record<string, string> = {};
  // exceljs exposes defined names only through the model: [{ name, ranges: ["'S'!$A$1:$B$2"] }].
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const { name, ranges } of model) {
    const first = ranges[0];
    if (!first) continue;
    const bang = first.lastIndexOf("!");
    if (bang < 0) continue;
    const sheet = first
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    names[name] = `${quoteSheet(sheet)}!${first.slice(bang + 1).replace(/\$/g, "")}`;
  }
  return names;
}

export function workbookSnapshot(
  wb: ExcelJS.Workbook,
  protectedSheets: Set<string> = new Set(),
): WorkbookSnapshot {
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  return {
    sheets: wb.worksheets.map((ws) => sheetSnapshot(ws, date1904, protectedSheets.has(ws.name))),
    names: namesOf(wb),
  };
}

/**
 * The same snapshot through exceljs's object model. The gateway reads with the faster package
 * reader (package-snapshot.ts); this one is the reference its equivalence tests compare against.
 */
export async function readSnapshotWithExceljs(buffer: Uint8Array): Promise<WorkbookSnapshot> {
  const wb = await loadWorkbook(buffer);
  return workbookSnapshot(wb, await protectedSheetNames(buffer));
}
