/**
 * WorkbookSnapshot straight from the package XML, without building an exceljs workbook: reading
 * is most of a file run's time on a large workbook, and the snapshot needs only values, formats,
 * formulas, merges, visibility, protection and names. Raw cell values are what Office.js gives
 * (a date is already its serial number). Equivalence with the exceljs reading is tested.
 */
import { parseAddress, quoteSheet } from "../engine/address";
import type { GridRange, SheetSnapshot, WorkbookSnapshot } from "../engine/snapshot";
import { openArchive, resolveTarget, unprefixPart } from "./container";
import { XlsxInputError } from "./errors";
import { noteCells } from "./ooxml/notes-snapshot";
import {
  attrValue,
  decodeXmlText,
  eachStartTag,
  endOfTag,
  newFound,
  nextElement,
  nextStartTag,
  runsText,
  TextScan,
} from "./ooxml/xml-scan";
import type { ZipArchive, ZipCodec } from "./ooxml/zip";
import { detached, sheetCells } from "./sheet-cells";
import { toSheet } from "./sheet-grid";

/** Built-in number formats (ECMA-376 18.8.30), spelled as exceljs spells them. */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * The text of the string item text[from, to) when it is one plain `<t>` (or `<t …>`) and nothing
 * else, as runsText reads it; undefined otherwise.
 */
function plainItem(text: string, from: number, to: number): string | undefined {
  if (!text.startsWith("<t", from) || !text.startsWith("</t>", to - 4)) return undefined;
  const c = text.charCodeAt(from + 2);
  const open = c === 62 ? from + 2 : c === 32 ? endOfTag(text, from) : -1;
  if (open < 0 || open >= to - 4 || text.charCodeAt(open - 1) === 47) return undefined;
  const inner = text.indexOf("<", open + 1);
  if (inner !== to - 4) return undefined;
  return detached(decodeXmlText(text.slice(open + 1, to - 4)));
}

/**
 * The shared string table. Items that are one plain <t> (nearly all) are cut by position, and each
 * string is detached from the part's text so the 8 MB part (at 100,000 rows) is not kept for the run.
 */
function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const scan = new TextScan(xml);
  const out: string[] = [];
  const si = newFound();
  for (let at = 0; nextElement(scan, "<si", "</si>", at, xml.length, si); at = si.end) {
    if (si.from < 0) out.push("");
    else out.push(plainItem(xml, si.from, si.to) ?? detached(runsText(xml.slice(si.from, si.to))));
  }
  return out;
}

/** cellXfs index → number format code. */
function cellFormats(xml: string | undefined): string[] {
  if (!xml) return [];
  const scan = new TextScan(xml);
  const custom = new Map<number, string>();
  eachStartTag(scan, "<numFmt", (t) => {
    const id = attrValue(xml, "numFmtId", t.attrsFrom, t.attrsTo);
    const code = attrValue(xml, "formatCode", t.attrsFrom, t.attrsTo);
    if (id !== undefined && code !== undefined) custom.set(Number(id), code);
  });
  const xfs = newFound();
  const xf = newFound();
  const out: string[] = [];
  if (!nextElement(scan, "<cellXfs", "</cellXfs>", 0, xml.length, xfs) || xfs.from < 0) return out;
  for (let at = xfs.from; nextStartTag(scan, "<xf", at, xfs.to, xf); at = xf.end) {
    const id = Number(attrValue(xml, "numFmtId", xf.attrsFrom, xf.attrsTo) ?? 0);
    out.push(custom.get(id) ?? BUILTIN_FORMATS[id] ?? "General");
  }
  return out;
}

function mergesOf(sheet: TextScan, from: number): GridRange[] {
  const out: GridRange[] = [];
  const merge = newFound();
  for (let at = from; nextStartTag(sheet, "<mergeCell", at, sheet.text.length, merge); at = merge.end) {
    const ref = attrValue(sheet.text, "ref", merge.attrsFrom, merge.attrsTo);
    if (ref) out.push(parseAddress(ref));
  }
  return out;
}

function namesOf(workbook: TextScan): Record<string, string> {
  const names: Record<string, string> = {};
  const xml = workbook.text;
  const el = newFound();
  for (let at = 0; nextElement(workbook, "<definedName", "</definedName>", at, xml.length, el); at = el.end) {
    const name = attrValue(xml, "name", el.attrsFrom, el.attrsTo);
    if (!name || name.startsWith("_xlnm.") || el.from < 0) continue;
    const first = decodeXmlText(xml.slice(el.from, el.to)).split(",")[0]!.trim();
    const bang = first.lastIndexOf("!");
    if (bang < 0) continue;
    const sheet = first
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    const range = first.slice(bang + 1).replace(/\$/g, "");
    if (!/^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(range)) continue;
    names[name] = `${quoteSheet(sheet)}!${range}`;
  }
  return names;
}

/** Reads an .xlsx file the way the Excel gateway reads an open workbook, inflating through `codec`. */
export function readPackageSnapshot(buffer: Uint8Array, codec: ZipCodec): Promise<WorkbookSnapshot> {
  return snapshotOfArchive(openArchive(buffer, codec));
}

/**
 * The snapshot of an archive already opened. The parts it inflates are not kept in the archive: the
 * writer inflates again the few it edits, and the run does not carry the rest.
 */
export async function snapshotOfArchive(zip: ZipArchive): Promise<WorkbookSnapshot> {
  const text = async (path: string): Promise<string | undefined> => {
    const xml = await zip.readText(path);
    return xml === undefined ? undefined : unprefixPart(xml);
  };
  const workbook = await text("xl/workbook.xml");
  if (!workbook) {
    const detail = "no xl/workbook.xml";
    // A zip that is no spreadsheet package at all (a .docx renamed) is not an incomplete one.
    if (!zip.byName.has("[Content_Types].xml")) throw new XlsxInputError("BUKAN_XLSX", detail);
    throw new XlsxInputError("BAGIAN_HILANG", detail, "xl/workbook.xml");
  }
  const rels = await text("xl/_rels/workbook.xml.rels");
  if (!rels)
    throw new XlsxInputError("BAGIAN_HILANG", "no workbook relationships", "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  eachStartTag(new TextScan(rels), "<Relationship", (t) => {
    const id = attrValue(rels, "Id", t.attrsFrom, t.attrsTo);
    const target = attrValue(rels, "Target", t.attrsFrom, t.attrsTo);
    if (id && target) targets.set(id, resolveTarget("xl/workbook.xml", target));
  });
  const strings = sharedStrings(await text("xl/sharedStrings.xml"));
  const formats = cellFormats(await text("xl/styles.xml"));
  const book = new TextScan(workbook);
  const sheets: SheetSnapshot[] = [];
  for (const entry of sheetEntries(book)) {
    const path = entry.rid ? targets.get(entry.rid) : undefined;
    const xml = path ? await text(path) : undefined;
    const sheet = xml === undefined ? undefined : readSheet(entry, new TextScan(xml), strings, formats);
    if (sheet) sheets.push({ ...sheet, catatan: await noteCells(text, path) });
  }
  if (sheets.length === 0) throw new XlsxInputError("BAGIAN_HILANG", "the workbook lists no worksheet part");
  return { sheets, names: namesOf(book) };
}

/** A sheet as the workbook part lists it. */
interface SheetEntry {
  name: string | undefined;
  rid: string | undefined;
  state: string | undefined;
}

function sheetEntries(workbook: TextScan): SheetEntry[] {
  const xml = workbook.text;
  const out: SheetEntry[] = [];
  eachStartTag(workbook, "<sheet", ({ attrsFrom: from, attrsTo: to }) => {
    const [name, rid, state] = ["name", "r:id", "state"].map((n) => attrValue(xml, n, from, to));
    out.push({ name, rid, state });
  });
  return out;
}

/** A worksheet's snapshot without its notes; undefined for a part that is no worksheet. */
function readSheet(
  entry: SheetEntry,
  sheet: TextScan,
  strings: string[],
  formats: string[],
): Omit<SheetSnapshot, "catatan"> | undefined {
  const found = newFound();
  // Chart sheets and dialog sheets have no cells; exceljs does not list them either.
  if (!entry.name || !nextStartTag(sheet, "<worksheet", 0, sheet.text.length, found)) return undefined;
  const visibility = entry.state === "veryHidden" || entry.state === "hidden" ? entry.state : "visible";
  // Both follow the rows in a worksheet (CT_Worksheet's order), so they are looked for after them.
  const after = Math.max(0, sheet.findLast("</sheetData>"));
  const protection = nextStartTag(sheet, "<sheetProtection", after, sheet.text.length, found);
  const flag = protection ? attrValue(sheet.text, "sheet", found.attrsFrom, found.attrsTo) : undefined;
  const cells = sheetCells(sheet, strings, formats);
  return toSheet(entry.name, visibility, flag === "1" || flag === "true", mergesOf(sheet, after), cells);
}

/** True when no sheet holds a single value. */
export function isEmptySnapshot(snapshot: WorkbookSnapshot): boolean {
  return snapshot.sheets.every((s) => s.values.every((row) => row.every((v) => v === "")));
}
