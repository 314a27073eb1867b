/**
 * WorkbookSnapshot straight from the package XML, without building an exceljs workbook: reading
 * is most of a file run's time on a large workbook, and the snapshot needs only values, formats,
 * formulas, merges, visibility, protection and names. Raw cell values are what Office.js gives
 * (a date is already its serial number). Equivalence with the exceljs reading is tested.
 */
import { parseAddress, quoteSheet } from "../engine/address";
import type { GridRange, SheetSnapshot, WorkbookSnapshot } from "../engine/snapshot";
import { openArchive, unprefixPart } from "./container";
import { XlsxInputError } from "./errors";
import { noteCells } from "./ooxml/notes-snapshot";
import { decodeXmlRefs } from "./ooxml/xml-scan";
import { attr, detached, itemText, sheetCells, toSheet } from "./sheet-cells";

export { shiftFormula } from "./sheet-cells";
import type { ZipArchive, ZipCodec } from "./ooxml/zip";

/** Built-in number formats (ECMA-376 18.8.30), spelled as exceljs spells them. */
const BUILTIN_FORMATS: Record<number, string> = {
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
 * else, as itemText reads it; undefined otherwise.
 */
function plainItem(text: string, from: number, to: number): string | undefined {
  if (!text.startsWith("<t", from) || !text.startsWith("</t>", to - 4)) return undefined;
  const c = text.charCodeAt(from + 2);
  const open = c === 62 ? from + 2 : c === 32 ? text.indexOf(">", from + 3) : -1;
  if (open < 0 || open >= to - 4 || text.charCodeAt(open - 1) === 47) return undefined;
  const inner = text.indexOf("<", open + 1);
  if (inner !== to - 4) return undefined;
  return detached(decodeXmlRefs(text.slice(open + 1, to - 4)));
}

/**
 * The shared string table, as the pattern /<si>([\s\S]*?)<\/si>|<si\/>/g and itemText read it.
 * Items that are one plain <t> (nearly all) are cut by position, and each string is detached from
 * the part's text so the 8 MB part (at 100,000 rows) is not kept for the run.
 */
function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  for (let at = xml.indexOf("<si"); at >= 0; at = xml.indexOf("<si", at + 1)) {
    const c = xml.charCodeAt(at + 3);
    if (c === 47 && xml.charCodeAt(at + 4) === 62) {
      out.push("");
      at += 4;
      continue;
    }
    if (c !== 62) continue;
    const close = xml.indexOf("</si>", at + 4);
    if (close < 0) continue;
    out.push(plainItem(xml, at + 4, close) ?? detached(itemText(xml.slice(at + 4, close))));
    at = close + 4;
  }
  return out;
}

/** cellXfs index → number format code. */
function cellFormats(xml: string | undefined): string[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    const id = attr(m[1]!, "numFmtId");
    const code = attr(m[1]!, "formatCode");
    if (id !== undefined && code !== undefined) custom.set(Number(id), code);
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  const out: string[] = [];
  for (const m of xfs.matchAll(/<xf\b([^>]*?)(?:\/>|>)/g)) {
    const id = Number(attr(m[1]!, "numFmtId") ?? 0);
    out.push(custom.get(id) ?? BUILTIN_FORMATS[id] ?? "General");
  }
  return out;
}

function mergesOf(xml: string): GridRange[] {
  const out: GridRange[] = [];
  for (const m of xml.matchAll(/<mergeCell\b([^>]*?)\/?>/g)) {
    const ref = attr(m[1]!, "ref");
    if (ref) out.push(parseAddress(ref));
  }
  return out;
}

function resolveTarget(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `xl/${target}`.split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== ".") out.push(p);
  }
  return out.join("/");
}

function namesOf(workbook: string): Record<string, string> {
  const names: Record<string, string> = {};
  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const name = attr(m[1]!, "name");
    if (!name || name.startsWith("_xlnm.")) continue;
    const first = decodeXmlRefs(m[2]!).split(",")[0]!.trim();
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
  for (const m of rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const id = attr(m[1]!, "Id");
    const target = attr(m[1]!, "Target");
    if (id && target) targets.set(id, resolveTarget(target));
  }
  const strings = sharedStrings(await text("xl/sharedStrings.xml"));
  const formats = cellFormats(await text("xl/styles.xml"));
  const sheets: SheetSnapshot[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const name = attr(m[1]!, "name");
    const rid = attr(m[1]!, "r:id");
    const path = rid ? targets.get(rid) : undefined;
    const xml = path ? await text(path) : undefined;
    // Chart sheets and dialog sheets have no cells; exceljs does not list them either.
    if (!name || !xml || !/<worksheet\b/.test(xml)) continue;
    const state = attr(m[1]!, "state");
    const visibility = state === "veryHidden" ? "veryHidden" : state === "hidden" ? "hidden" : "visible";
    const protection = /<sheetProtection\b([^>]*?)\/?>/.exec(xml)?.[1];
    const flag = protection ? attr(protection, "sheet") : undefined;
    const cells = sheetCells(xml, strings, formats);
    const sheet = toSheet(name, visibility, flag === "1" || flag === "true", mergesOf(xml), cells);
    sheets.push({ ...sheet, catatan: await noteCells(text, path) });
  }
  if (sheets.length === 0) throw new XlsxInputError("BAGIAN_HILANG", "the workbook lists no worksheet part");
  return { sheets, names: namesOf(workbook) };
}
