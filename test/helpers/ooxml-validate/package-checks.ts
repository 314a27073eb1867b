/**
 * Package-level checks no schema makes: relationships and content types that point nowhere,
 * defined names on sheets that do not exist, docProps/app.xml titles out of step with the sheets.
 * Each returns its problems as sentences naming the part; [] when the package keeps the rule.
 */
import { partText, relsPartOf, resolveTarget, sourceOfRels, type Parts } from "./parts";
import { relationships, type WorkbookModel } from "./workbook";
import { all, children, first, parseXml } from "./xml";

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Every internal relationship target exists; ids are unique per .rels; every r:id a part uses is listed. */
export function checkRelationships(parts: Parts): string[] {
  const out: string[] = [];
  const names = new Set([...parts.keys()].map((n) => n.toLowerCase()));
  for (const rels of parts.keys()) {
    if (!rels.endsWith(".rels")) continue;
    const source = sourceOfRels(rels);
    if (source && !names.has(source.toLowerCase()))
      out.push(`${rels}: describes ${source}, which is missing`);
    const seen = new Set<string>();
    for (const r of relationships(parts, rels)) {
      if (seen.has(r.id)) out.push(`${rels}: relationship id ${r.id} used twice`);
      seen.add(r.id);
      if (r.external) continue;
      const target = resolveTarget(source, r.target);
      if (!names.has(target.toLowerCase())) out.push(`${rels}: ${r.id} → ${r.target} (${target}) is missing`);
    }
  }
  for (const [part] of parts) out.push(...unlistedIds(parts, part));
  return out;
}

/** r:id, r:embed … in a part whose id its .rels does not have. */
function unlistedIds(parts: Parts, part: string): string[] {
  if (!/\.(xml|vml)$/i.test(part)) return [];
  const text = partText(parts, part);
  const prefixes = [...text.matchAll(/xmlns:([\w.-]+)="([^"]*)"/g)]
    .filter((m) => m[2] === RELATIONSHIPS_NS)
    .map((m) => m[1]!);
  if (prefixes.length === 0) return [];
  const ids = new Set(relationships(parts, relsPartOf(part)).map((r) => r.id));
  const out: string[] = [];
  for (const p of prefixes) {
    for (const m of text.matchAll(new RegExp(`\\s${p}:(id|embed|link|pict|href)="([^"]*)"`, "g"))) {
      if (m[2] && !ids.has(m[2])) out.push(`${part}: ${p}:${m[1]}="${m[2]}" is not in ${relsPartOf(part)}`);
    }
  }
  return out;
}

/** Every Override names an existing part; every part has a content type (Override or Default). */
export function checkContentTypes(parts: Parts): string[] {
  const ct = "[Content_Types].xml";
  const text = partText(parts, ct);
  if (!text) return [`${ct} is missing`];
  const root = parseXml(text, ct);
  const names = new Map([...parts.keys()].map((n) => [n.toLowerCase(), n]));
  const overrides = new Set<string>();
  const out: string[] = [];
  for (const o of all(root, "Override")) {
    const name = (o.getAttribute("PartName") ?? "").replace(/^\//, "").toLowerCase();
    if (overrides.has(name)) out.push(`${ct}: Override for /${name} given twice`);
    overrides.add(name);
    if (!names.has(name)) out.push(`${ct}: Override for /${name}, which is not in the package`);
  }
  const defaults = new Set(
    all(root, "Default").map((d) => (d.getAttribute("Extension") ?? "").toLowerCase()),
  );
  for (const [lower, name] of names) {
    if (name === ct) continue;
    const ext = lower.includes(".") ? lower.slice(lower.lastIndexOf(".") + 1) : "";
    if (!overrides.has(lower) && !defaults.has(ext)) out.push(`${ct}: no content type for ${name}`);
  }
  return out;
}

/** A sheet name as written in a formula: 'Sheet name'!A1 or Sheet1!A1. */
const SHEET_PREFIX = /(?:'((?:[^']|'')+)'|([^\s'!"(),;:=+\-*/&^<>{}[\]]+))!/g;

/** Defined names: localSheetId in range, no name twice in one scope, every sheet a name refers to exists. */
export function checkDefinedNames(wb: WorkbookModel): string[] {
  const out: string[] = [];
  const sheets = new Set(wb.sheets.map((s) => s.name.toLowerCase()));
  const scopes = new Set<string>();
  for (const n of wb.names) {
    const scope = n.localSheetId ?? "workbook";
    const key = `${scope}|${n.name.toLowerCase()}`;
    if (scopes.has(key)) out.push(`${wb.part}: name ${n.name} defined twice in scope ${scope}`);
    scopes.add(key);
    if (n.localSheetId !== null) {
      const id = Number(n.localSheetId);
      if (!Number.isInteger(id) || id < 0 || id >= wb.sheets.length)
        out.push(
          `${wb.part}: name ${n.name} has localSheetId ${n.localSheetId}, but there are ${wb.sheets.length} sheets`,
        );
    }
    // external references ([1]Sheet!A1) name another workbook's sheets
    if (n.formula.includes("[")) continue;
    const formula = n.formula.replace(/"(?:[^"]|"")*"/g, '""');
    for (const m of formula.matchAll(SHEET_PREFIX)) {
      const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? "");
      // a 3-D reference Sheet1:Sheet3!A1 names both ends
      for (const end of sheet.split(":"))
        if (!sheets.has(end.toLowerCase()))
          out.push(`${wb.part}: name ${n.name} refers to missing sheet "${end}"`);
    }
  }
  return out;
}

const SHEET_HEADINGS = /^(worksheets|lembar kerja|sheets)$/i;

/**
 * docProps/app.xml: HeadingPairs counts add up to the TitlesOfParts vector, and the worksheet
 * heading's titles are the workbook's sheets in order. A package without these lists passes.
 */
export function checkAppTitles(parts: Parts, wb: WorkbookModel): string[] {
  const app = "docProps/app.xml";
  const text = partText(parts, app);
  if (!text) return [];
  const root = parseXml(text, app);
  const titlesEl = first(root, "TitlesOfParts");
  const pairsEl = first(root, "HeadingPairs");
  if (!titlesEl && !pairsEl) return [];
  if (!titlesEl || !pairsEl) return [`${app}: HeadingPairs and TitlesOfParts must come together`];
  const out: string[] = [];
  const titleVector = first(titlesEl, "vector");
  const titles = titleVector ? all(titleVector, "lpstr").map((t) => t.textContent ?? "") : [];
  if (titleVector && Number(titleVector.getAttribute("size")) !== titles.length)
    out.push(`${app}: TitlesOfParts size="${titleVector.getAttribute("size")}" but ${titles.length} titles`);
  const pairVector = first(pairsEl, "vector");
  const variants = pairVector ? children(pairVector, "variant") : [];
  if (pairVector && Number(pairVector.getAttribute("size")) !== variants.length)
    out.push(
      `${app}: HeadingPairs size="${pairVector.getAttribute("size")}" but ${variants.length} variants`,
    );
  let offset = 0;
  let sheetTitles: string[] | null = null;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const heading = first(variants[i]!, "lpstr")?.textContent ?? "";
    const count = Number(first(variants[i + 1]!, "i4")?.textContent ?? NaN);
    if (SHEET_HEADINGS.test(heading)) sheetTitles = titles.slice(offset, offset + count);
    offset += count;
  }
  if (offset !== titles.length)
    out.push(`${app}: HeadingPairs count ${offset} titles, TitlesOfParts has ${titles.length}`);
  const worksheets = wb.sheets
    .filter((s) => s.part === null || /worksheets\//.test(s.part))
    .map((s) => s.name);
  if (sheetTitles && sheetTitles.join("\u0000") !== worksheets.join("\u0000"))
    out.push(
      `${app}: worksheet titles [${sheetTitles.join(", ")}] are not the sheets [${worksheets.join(", ")}]`,
    );
  return out;
}
