/** Shared helpers for the package-level writer tests: fixtures, zip entries, exceljs, LibreOffice. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { libreOfficeConvert } from "../helpers/libreoffice";

export function fixture(name: string): Buffer {
  return readFileSync(join(__dirname, "..", "fixtures", "ooxml", name));
}

/** Every file in the zip with its uncompressed bytes. */
export async function entries(buffer: Buffer | Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buffer);
  const out = new Map<string, Buffer>();
  for (const [path, file] of Object.entries(zip.files)) {
    if (!file.dir) out.set(path, await file.async("nodebuffer"));
  }
  return out;
}

export async function text(buffer: Buffer | Uint8Array, path: string): Promise<string> {
  const f = (await JSZip.loadAsync(buffer)).file(path);
  if (!f) throw new Error(`${path} missing`);
  return f.async("string");
}

export async function openWithExcelJs(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs's typings want its own Buffer type; a Node Buffer is what it reads.
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb;
}

export function hasLibreOffice(): boolean {
  return spawnSync("libreoffice", ["--version"], { stdio: "ignore", timeout: 30000 }).status === 0;
}

/** Converts with LibreOffice headless; returns the PDF's text (pdftotext) and page count. */
export function libreOfficePdf(buffer: Buffer, name: string): { pages: number; text: string } {
  const dir = mkdtempSync(join(tmpdir(), "ooxml-lo-"));
  try {
    const input = join(dir, `${name}.xlsx`);
    writeFileSync(input, buffer);
    const pdf = libreOfficeConvert(input, "pdf", dir, 120_000);
    const info = execFileSync("pdfinfo", [pdf]).toString();
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
    return { pages, text: execFileSync("pdftotext", [pdf, "-"]).toString() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Opens the workbook in LibreOffice headless and saves it again as .xlsx: what LibreOffice understood of it. */
export function libreOfficeResave(buffer: Buffer, name: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), "ooxml-lo-"));
  try {
    const input = join(dir, `${name}.xlsx`);
    writeFileSync(input, buffer);
    return readFileSync(libreOfficeConvert(input, "xlsx:Calc MS Excel 2007 XML", join(dir, "out"), 120_000));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Characters XML 1.0 forbids, or a lone surrogate: none may reach a part. */
export const INVALID_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The same workbook, with one plain value of a sheet part spelled as CDATA, which the row-text
 * editor must step over like any other spelling. `plain` turns that run's part back into the
 * spelling of the original, for comparing the two.
 */
export async function viaTree(
  input: Buffer,
  part: string,
): Promise<{ input: Buffer; plain(text: string): string }> {
  const zip = await JSZip.loadAsync(input);
  const xml = await zip.file(part)!.async("string");
  const m = /<v>([\w.-]+)<\/v>/.exec(xml);
  if (!m) throw new Error(`${part} has no plain value to spell as CDATA`);
  const cdata = `<v><![CDATA[${m[1]}]]></v>`;
  zip.file(part, xml.slice(0, m.index) + cdata + xml.slice(m.index + m[0].length));
  return {
    input: await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }),
    plain: (text) => text.replace(cdata, m[0]),
  };
}
