/** What a package holds, by kind of part: what a rewrite must not lose, macros, protected sheets. */
import { OoxmlPackage } from "./package";
import { Workbook } from "./workbook";

export type PartKind =
  | "worksheets"
  | "chartsheets"
  | "charts"
  | "chartStyles"
  | "pivotTables"
  | "pivotCaches"
  | "pivotCacheRecords"
  | "drawings"
  | "vmlDrawings"
  | "images"
  | "slicers"
  | "slicerCaches"
  | "timelines"
  | "comments"
  | "threadedComments"
  | "tables"
  | "vbaProject"
  | "externalLinks"
  | "embeddings"
  | "activeX"
  | "customXml"
  | "relationships"
  | "other";

const KINDS: [PartKind, RegExp][] = [
  ["relationships", /\.rels$/i],
  ["worksheets", /^xl\/worksheets\/[^/]+\.xml$/i],
  ["chartsheets", /^xl\/chartsheets\/[^/]+\.xml$/i],
  ["charts", /^xl\/charts\/chart\d*\.xml$/i],
  ["chartStyles", /^xl\/charts\/(style|colors)\d*\.xml$/i],
  ["pivotTables", /^xl\/pivotTables\/[^/]+\.xml$/i],
  ["pivotCaches", /^xl\/pivotCache\/pivotCacheDefinition\d*\.xml$/i],
  ["pivotCacheRecords", /^xl\/pivotCache\/pivotCacheRecords\d*\.xml$/i],
  ["drawings", /^xl\/drawings\/[^/]+\.xml$/i],
  ["vmlDrawings", /\.vml$/i],
  ["images", /^xl\/media\//i],
  ["slicers", /^xl\/slicers\//i],
  ["slicerCaches", /^xl\/slicerCaches\//i],
  ["timelines", /^xl\/timeline(s|Caches)\//i],
  ["comments", /^xl\/comments\d*\.xml$/i],
  ["threadedComments", /^xl\/threadedComments\//i],
  ["tables", /^xl\/tables\//i],
  ["vbaProject", /^xl\/vbaProject\.bin$/i],
  ["externalLinks", /^xl\/externalLinks\//i],
  ["embeddings", /^xl\/embeddings\//i],
  ["activeX", /^xl\/activeX\//i],
  ["customXml", /^customXml\//i],
];

export function kindOf(path: string): PartKind {
  return KINDS.find(([, re]) => re.test(path))?.[0] ?? "other";
}

export function classifyParts(paths: string[]): Partial<Record<PartKind, string[]>> {
  const out: Partial<Record<PartKind, string[]>> = {};
  for (const p of paths) (out[kindOf(p)] ??= []).push(p);
  return out;
}

/** True when a worksheet part carries <sheetProtection sheet="1"> (or "true"). */
export function isProtectedSheetXml(xml: string): boolean {
  return /<(?:[\w.-]+:)?sheetProtection\b[^>]*\ssheet\s*=\s*["'](?:1|true)["']/.test(xml);
}

export interface PackageInventory {
  parts: Partial<Record<PartKind, number>>;
  macros: boolean;
  protectedSheets: string[];
}

export async function inspect(input: Buffer | Uint8Array): Promise<PackageInventory> {
  const pkg = await OoxmlPackage.load(input);
  const parts: Partial<Record<PartKind, number>> = {};
  for (const [kind, list] of Object.entries(classifyParts(pkg.paths())))
    parts[kind as PartKind] = list.length;
  const wb = await Workbook.open(pkg);
  const type = (await pkg.contentTypeOf(wb.path)) ?? "";
  const macros = /macroEnabled/i.test(type) || !!parts.vbaProject;
  const protectedSheets: string[] = [];
  for (const sheet of await wb.sheets()) {
    if (!sheet.path) continue;
    // Only the sheet's head is needed; a regular expression spares parsing large sheets.
    const text = (await pkg.text(sheet.path)) ?? "";
    if (isProtectedSheetXml(text)) protectedSheets.push(sheet.name);
  }
  return { parts, macros, protectedSheets };
}
