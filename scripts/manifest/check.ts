/**
 * Offline manifest checks. Microsoft's `office-addin-manifest validate` needs an online service,
 * so the XSD check runs with xmllint against the published schemas when they are present, and
 * the semantic checks below (which the old schemas cannot express) always run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";

const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
export const BUTTON_LABEL = "Hitung Capaian";

export interface ManifestCheck {
  errors: string[];
  /** set when the XSD check could not run, with the reason (shown, never hidden) */
  xsdSkipped?: string;
}

/** PNG width/height from the IHDR chunk; null when the file is not a PNG. */
export function pngSize(file: string): { width: number; height: number } | null {
  const buf = readFileSync(file);
  if (buf.length < 24 || buf.readUInt32BE(0) !== 0x89504e47) return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Semantic checks on the manifest text; `root` is where assets/ lives. */
export function checkManifestSemantics(xml: string, root: string): string[] {
  const errors: string[] = [];
  const parseErrors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => {
      if (level !== "warning") parseErrors.push(msg);
    },
  }).parseFromString(xml, "text/xml");
  if (parseErrors.length) return parseErrors.map((m) => `XML tidak valid: ${m}`);
  const all = Array.from(doc.getElementsByTagName("*"));

  const defined = new Map<string, Element>();
  for (const el of all) {
    const id = el.getAttribute("id");
    if (
      id &&
      el.namespaceURI === BT &&
      (el.localName === "Image" || el.localName === "Url" || el.localName === "String")
    )
      defined.set(id, el);
  }
  for (const el of all) {
    const resid = el.getAttribute("resid");
    if (resid && !defined.has(resid))
      errors.push(`resid "${resid}" (pada <${el.localName}>) tidak didefinisikan di <Resources>`);
  }

  for (const el of all) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v) && !v.startsWith("https://"))
        errors.push(`URL bukan https pada <${el.localName}>: ${v}`);
    }
    if ((el.localName === "AppDomain" || el.localName === "SourceLocation") && el.textContent?.trim()) {
      const v = el.textContent.trim();
      if (!v.startsWith("https://")) errors.push(`URL bukan https pada <${el.localName}>: ${v}`);
    }
  }

  const checkIcon = (url: string, size: number, where: string): void => {
    const m = /^https:\/\/[^/]+\/(.+)$/.exec(url);
    const file = m ? path.join(root, m[1]!) : null;
    const dim = file && existsSync(file) ? pngSize(file) : null;
    if (!m) errors.push(`${where}: URL ikon tidak dikenali: ${url}`);
    else if (!file || !existsSync(file)) errors.push(`${where}: berkas ikon tidak ada: ${m[1]}`);
    else if (!dim) errors.push(`${where}: ${m[1]} bukan PNG`);
    else if (dim.width !== size || dim.height !== size)
      errors.push(`${where}: ${m[1]} berukuran ${dim.width}×${dim.height}, seharusnya ${size}×${size}`);
  };
  for (const el of all) {
    if (el.localName === "IconUrl") checkIcon(el.getAttribute("DefaultValue") ?? "", 32, "IconUrl");
    if (el.localName === "HighResolutionIconUrl")
      checkIcon(el.getAttribute("DefaultValue") ?? "", 64, "HighResolutionIconUrl");
    if (el.localName === "Image" && el.getAttribute("resid")) {
      const target = defined.get(el.getAttribute("resid")!);
      const size = Number(el.getAttribute("size"));
      if (target) checkIcon(target.getAttribute("DefaultValue") ?? "", size, `ikon ${size}px`);
    }
  }

  const buttons = all.filter((el) => el.localName === "Control" && el.getAttribute("xsi:type") === "Button");
  if (buttons.length === 0) errors.push("tidak ada tombol ribbon");
  for (const button of buttons) {
    const label = Array.from(button.getElementsByTagName("Label")).find((el) => el.parentNode === button);
    const text = label
      ? defined.get(label.getAttribute("resid") ?? "")?.getAttribute("DefaultValue")
      : undefined;
    if (text !== BUTTON_LABEL)
      errors.push(`label tombol adalah "${text ?? ""}", seharusnya "${BUTTON_LABEL}"`);
  }
  const permissions = all.find((el) => el.localName === "Permissions")?.textContent?.trim();
  if (permissions !== "ReadWriteDocument")
    errors.push(`Permissions "${permissions}", seharusnya ReadWriteDocument`);
  const host = all.find((el) => el.localName === "Host" && el.getAttribute("Name"));
  if (host?.getAttribute("Name") !== "Workbook") errors.push("Host bukan Workbook");
  const excelSet = all.find((el) => el.localName === "Set" && el.getAttribute("Name") === "ExcelApi");
  if (!excelSet) errors.push("Requirements tidak menyebut ExcelApi");
  return errors;
}

/** XSD validation with xmllint; skipped (with the reason) when the schemas or xmllint are missing. */
export function checkManifestXsd(file: string, xsdDir: string): { errors: string[]; skipped?: string } {
  const xsd = path.join(xsdDir, "OfficeAppManifestV1_1.xsd");
  if (!existsSync(xsd))
    return { errors: [], skipped: `skema XSD tidak ditemukan (${path.basename(xsdDir)})` };
  const run = spawnSync("xmllint", ["--nonet", "--noout", "--schema", xsd, file], { encoding: "utf8" });
  if (run.error) return { errors: [], skipped: "xmllint tidak terpasang (paket Debian libxml2-utils)" };
  if (run.status === 0) return { errors: [] };
  return { errors: run.stderr.split("\n").filter((l) => l && !l.endsWith("fails to validate")) };
}

export function checkManifestFile(file: string, root: string, xsdDir: string): ManifestCheck {
  const semantic = checkManifestSemantics(readFileSync(file, "utf8"), root);
  const xsd = checkManifestXsd(file, xsdDir);
  return { errors: [...xsd.errors, ...semantic], xsdSkipped: xsd.skipped };
}

/** Where the shared schemas live beside the checkout; overridable for other layouts. */
export function defaultXsdDir(root: string): string {
  return process.env.MANIFEST_XSD_DIR ?? path.join(root, "..", "shared", "schemas", "office-addin-manifest");
}
