/**
 * What a package holds, by kind of part, whether it carries macros and which sheets are protected:
 * what the tests check a written copy kept. The writer reports only the kinds it kept.
 */
import { classifyParts, isProtectedSheetXml, type PartKind } from "../../src/xlsx/ooxml/inspect";
import { OoxmlPackage } from "../../src/xlsx/ooxml/package";
import { Workbook } from "../../src/xlsx/ooxml/workbook";

export interface PackageInventory {
  parts: Partial<Record<PartKind, number>>;
  macros: boolean;
  protectedSheets: string[];
}

export async function inspectPackage(input: Buffer | Uint8Array): Promise<PackageInventory> {
  const pkg = await OoxmlPackage.load(input);
  const parts: Partial<Record<PartKind, number>> = {};
  for (const [kind, list] of Object.entries(classifyParts(pkg.paths())))
    parts[kind as PartKind] = list.length;
  const wb = await Workbook.open(pkg);
  // the workbook part's own content type (its Override) says whether it is macro-enabled
  const types = (await pkg.text("[Content_Types].xml")) ?? "";
  const override = new RegExp(`<Override[^>]*"/${wb.path.replace(/\./g, "\\.")}"[^>]*>`, "i").exec(types);
  const macros = /macroEnabled/i.test(override?.[0] ?? "") || !!parts.vbaProject;
  const protectedSheets: string[] = [];
  for (const sheet of await wb.sheets()) {
    if (!sheet.path) continue;
    // Only the sheet's head is needed; a regular expression spares parsing large sheets.
    const text = (await pkg.text(sheet.path)) ?? "";
    if (isProtectedSheetXml(text)) protectedSheets.push(sheet.name);
  }
  return { parts, macros, protectedSheets };
}
