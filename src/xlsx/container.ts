/**
 * The raw file before it is read: is it a zip at all, is it an encrypted (password-protected)
 * workbook; how parts name each other; and packages whose SpreadsheetML carries a namespace prefix.
 * Imports nothing from Node: the reader and the writer both use it.
 */
import { XlsxInputError } from "./errors";
import { ZipArchive, type ZipCodec } from "./ooxml/zip";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Encrypted OOXML and legacy .xls are OLE compound files.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buffer: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => buffer[i] === b);
}

/** The input's archive, read once per run; XlsxInputError when the bytes cannot be an .xlsx workbook. */
export function openArchive(buffer: Uint8Array, codec: ZipCodec): ZipArchive {
  if (startsWith(buffer, OLE_MAGIC)) throw new XlsxInputError("TERENKRIPSI", "an OLE compound file");
  if (!startsWith(buffer, ZIP_MAGIC)) throw new XlsxInputError("BUKAN_XLSX", "no zip signature at the start");
  return ZipArchive.read(buffer, codec);
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels" */
export function relsPathOf(partPath: string): string {
  const i = partPath.lastIndexOf("/");
  return `${partPath.slice(0, i + 1)}_rels/${partPath.slice(i + 1)}.rels`;
}

/** A relationship target as a part path (no leading slash), relative to the folder of `sourcePart`. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = sourcePart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Whether the text declares a prefix for SpreadsheetML anywhere (`xmlns:x="…main"`). */
function declaresMainPrefix(xml: string): boolean {
  const value = `="${MAIN_NS}"`;
  for (let at = xml.indexOf(value); at >= 0; at = xml.indexOf(value, at + 1)) {
    let i = at - 1;
    while (i >= 0 && /[\w.-]/.test(xml.charAt(i))) i--;
    if (i < at - 1 && xml.startsWith("xmlns:", i - 5)) return true;
  }
  return false;
}

/** The prefix a part binds SpreadsheetML to at its root ("x" in <x:worksheet xmlns:x=...>), if any. */
function mainPrefix(xml: string): string | null {
  // The pattern below tries every "<" of a part that has no prefixed element (136 ms over the
  // sheets at 100,000 rows); without a prefixed declaration it cannot find one, and indexOf says so.
  if (!declaresMainPrefix(xml)) return null;
  const root = /<([A-Za-z_][\w.-]*):[A-Za-z]+\b[^>]*>/.exec(xml);
  if (!root) return null;
  const prefix = root[1]!;
  return root[0].includes(`xmlns:${prefix}="${MAIN_NS}"`) ? prefix : null;
}

/**
 * Rewrites a part written with a prefixed SpreadsheetML namespace (OpenXML SDK exports write every
 * element as <x:c>, <x:row>) to the default namespace, so one set of patterns reads both.
 */
export function unprefixPart(xml: string): string {
  const prefix = mainPrefix(xml);
  if (!prefix) return xml;
  const p = prefix.replace(/[.-]/g, "\\$&");
  return xml
    .replace(new RegExp(`<(/?)${p}:`, "g"), "<$1")
    .replace(new RegExp(`xmlns:${p}="${MAIN_NS.replace(/[./]/g, "\\$&")}"`), `xmlns="${MAIN_NS}"`);
}
