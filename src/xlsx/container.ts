/**
 * Checks on the raw file before it is read: is it a zip at all, is it an encrypted
 * (password-protected) workbook, which sheets are protected, and namespace-prefixed packages.
 */
import JSZip from "jszip";
import { XlsxInputError } from "./errors";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Encrypted OOXML and legacy .xls are OLE compound files.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buffer: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => buffer[i] === b);
}

export const NOT_XLSX = {
  id: "Berkas ini bukan buku kerja Excel (.xlsx).",
  en: "This file is not an Excel workbook (.xlsx).",
};

/** Throws XlsxInputError when the bytes cannot be an .xlsx workbook. */
export function assertXlsxContainer(buffer: Uint8Array): void {
  if (startsWith(buffer, OLE_MAGIC)) {
    throw new XlsxInputError("TERENKRIPSI", {
      id: "Berkas ini dilindungi kata sandi atau berformat .xls lama; buka di Excel, hapus kata sandinya dan simpan sebagai .xlsx.",
      en: "This file is password-protected or an old .xls; open it in Excel, remove the password and save it as .xlsx.",
    });
  }
  if (!startsWith(buffer, ZIP_MAGIC)) throw new XlsxInputError("BUKAN_XLSX", NOT_XLSX);
}

export const DAMAGED = {
  id: "Berkas .xlsx ini rusak dan tidak dapat dibaca.",
  en: "This .xlsx file is damaged and cannot be read.",
};

async function openZip(buffer: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(buffer);
  } catch {
    throw new XlsxInputError("RUSAK", DAMAGED);
  }
}

function xmlAttr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1];
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
export async function protectedSheetNames(buffer: Uint8Array): Promise<Set<string>> {
  const zip = await openZip(buffer);
  const workbookXml = await zip.file("xl/workbook.xml")?.async("string");
  const workbook = workbookXml === undefined ? undefined : unprefixPart(workbookXml);
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
    const raw = await zip.file(target)?.async("string");
    const xml = raw === undefined ? undefined : unprefixPart(raw);
    const protection = xml ? /<sheetProtection\b[^>]*>/.exec(xml)?.[0] : undefined;
    const flag = protection ? xmlAttr(protection, "sheet") : undefined;
    if (flag === "1" || flag === "true") result.add(unescapeXml(name));
  }
  return result;
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const CORE_PART = /^xl\/(workbook|sharedStrings|styles|worksheets\/[^/]+|comments\d*)\.xml$/i;

/** The prefix a part binds SpreadsheetML to at its root ("x" in <x:worksheet xmlns:x=...>), if any. */
function mainPrefix(xml: string): string | null {
  const root = /<([A-Za-z_][\w.-]*):[A-Za-z]+\b[^>]*>/.exec(xml);
  if (!root) return null;
  const prefix = root[1]!;
  return root[0].includes(`xmlns:${prefix}="${MAIN_NS}"`) ? prefix : null;
}

/** Rewrites a part written with a prefixed SpreadsheetML namespace to the default namespace. */
export function unprefixPart(xml: string): string {
  const prefix = mainPrefix(xml);
  if (!prefix) return xml;
  const p = prefix.replace(/[.-]/g, "\\$&");
  return xml
    .replace(new RegExp(`<(/?)${p}:`, "g"), "<$1")
    .replace(new RegExp(`xmlns:${p}="${MAIN_NS.replace(/[./]/g, "\\$&")}"`), `xmlns="${MAIN_NS}"`);
}

/**
 * Some generators (OpenXML SDK exports) write every element as <x:c>, <x:row>: valid, but
 * exceljs cannot read it. Such a package is rewritten to the default namespace before reading;
 * any other package is returned as it is.
 */
export async function normalizePackage(buffer: Uint8Array): Promise<Uint8Array> {
  const zip = await openZip(buffer);
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  if (!workbook || !mainPrefix(workbook)) return buffer;
  for (const path of Object.keys(zip.files)) {
    if (!CORE_PART.test(path)) continue;
    const xml = await zip.file(path)!.async("string");
    zip.file(path, unprefixPart(xml));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
