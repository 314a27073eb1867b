/** The workbook as the package checks need it: its part, its sheets (name → part) and defined names. */
import { partText, relsPartOf, resolveTarget, type Parts } from "./parts";
import { all, parseXml } from "./xml";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface WorkbookModel {
  part: string;
  sheets: { name: string; part: string | null }[];
  names: { name: string; localSheetId: string | null; formula: string }[];
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

export function relationships(parts: Parts, rels: string): Relationship[] {
  const text = partText(parts, rels);
  if (!text) return [];
  return all(parseXml(text, rels), "Relationship").map((r) => ({
    id: r.getAttribute("Id") ?? "",
    type: r.getAttribute("Type") ?? "",
    target: r.getAttribute("Target") ?? "",
    external: r.getAttribute("TargetMode") === "External",
  }));
}

/** The parts a part's relationships point at, by relationship id. */
export function targetsOf(parts: Parts, part: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of relationships(parts, relsPartOf(part)))
    if (!r.external) out.set(r.id, resolveTarget(part, r.target));
  return out;
}

export function workbookModel(parts: Parts): WorkbookModel {
  const main = relationships(parts, "_rels/.rels").find((r) => OFFICE_DOCUMENT.test(r.type));
  const part = main ? resolveTarget("", main.target) : "xl/workbook.xml";
  const root = parseXml(partText(parts, part), part);
  const targets = targetsOf(parts, part);
  const sheets = all(root, "sheet").map((s) => {
    const rid = Array.from(s.attributes).find((a) => a.localName === "id" && a.prefix)?.value ?? "";
    return { name: s.getAttribute("name") ?? "", part: targets.get(rid) ?? null };
  });
  const names = all(root, "definedName").map((d) => ({
    name: d.getAttribute("name") ?? "",
    localSheetId: d.getAttribute("localSheetId"),
    formula: d.textContent ?? "",
  }));
  return { part, sheets, names };
}

/** The worksheet parts of the workbook, with their sheet names (chartsheets and dialogs left out). */
export function worksheetParts(parts: Parts, wb: WorkbookModel): { name: string; part: string }[] {
  return wb.sheets
    .filter((s): s is { name: string; part: string } => s.part !== null && /worksheets\//.test(s.part))
    .filter((s) => parts.has(s.part));
}
