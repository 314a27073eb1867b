/**
 * .xlsx → WorkbookSnapshot through exceljs's object model: the reference the package reader
 * (src/xlsx/package-snapshot.ts) is tested against. No production path loads exceljs any more.
 */
import ExcelJS from "exceljs";
import { parseAddress, quoteSheet } from "../../src/engine/address";
import type { CellValue, GridRange, SheetSnapshot, WorkbookSnapshot } from "../../src/engine/snapshot";
import {
  assertXlsxContainer,
  DAMAGED,
  normalizePackage,
  NOT_XLSX,
  protectedSheetNames,
} from "../../src/xlsx/container";
import { XlsxInputError } from "../../src/xlsx/errors";

const MS_PER_DAY = 86400000;
// Days between the Excel epochs (1899-12-30 and 1904-01-01) and 1970-01-01.
const EPOCH_1900 = 25569;
const EPOCH_1904 = 24107;

/** Loads the bytes with exceljs, turning every failure into a sentence for the user. */
export async function loadWorkbook(buffer: Uint8Array): Promise<ExcelJS.Workbook> {
  assertXlsxContainer(buffer);
  const bytes = await normalizePackage(buffer);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's Buffer type predates typed-array generics; the bytes are what it reads.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new XlsxInputError("RUSAK", DAMAGED);
  }
  // A zip without a workbook part (a .docx or any archive renamed .xlsx) loads as no sheets at all.
  if (wb.worksheets.length === 0) throw new XlsxInputError("BUKAN_XLSX", NOT_XLSX);
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
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
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
