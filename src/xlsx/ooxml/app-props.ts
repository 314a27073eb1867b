/**
 * docProps/app.xml lists the workbook's sheets (HeadingPairs "Worksheets" with a count, and their
 * names in TitlesOfParts). Once a run adds or deletes sheets, that list follows the workbook, as
 * Excel writes it on save; the other groups (named ranges, charts) are left as they are. A package
 * without these lists (LibreOffice writes none) keeps none.
 */
import type { OoxmlPackage } from "./package";
import type { Workbook } from "./workbook";
import { child, children, createLike, root, setText, type XElement } from "./xml";

const APP = "docProps/app.xml";
/** Excel writes the heading in the language of its interface. */
const SHEET_HEADINGS =
  /^(worksheets|lembar kerja|sheets|feuilles de calcul|arbeitsblätter|hojas de cálculo)$/i;

interface Group {
  /** the variant holding the group's count */
  countEl: XElement;
  start: number;
  count: number;
}

/** The worksheet group of HeadingPairs: where its titles start and how many it has. */
function sheetGroup(pairs: XElement): Group | null {
  const vector = child(pairs, "vector");
  const variants = vector ? children(vector, "variant") : [];
  let start = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const heading = child(variants[i]!, "lpstr")?.textContent ?? "";
    const countEl = child(variants[i + 1]!, "i4");
    const count = Number(countEl?.textContent ?? NaN);
    if (!countEl || !Number.isInteger(count)) return null;
    if (SHEET_HEADINGS.test(heading)) return { countEl, start, count };
    start += count;
  }
  return null;
}

export async function syncAppTitles(pkg: OoxmlPackage, wb: Workbook): Promise<void> {
  if (!pkg.has(APP)) return;
  const doc = await pkg.xml(APP);
  if (!doc) return;
  const props = root(doc);
  const pairs = child(props, "HeadingPairs");
  const titlesOfParts = child(props, "TitlesOfParts");
  const vector = titlesOfParts && child(titlesOfParts, "vector");
  if (!pairs || !vector) return;
  const group = sheetGroup(pairs);
  if (!group) return;
  const names = (await wb.sheets()).filter((s) => /(^|\/)worksheets\//.test(s.path)).map((s) => s.name);
  const titles = children(vector, "lpstr");
  const current = titles.slice(group.start, group.start + group.count);
  if (current.map((t) => t.textContent ?? "").join("\u0000") === names.join("\u0000")) return;
  const after = titles[group.start + group.count] ?? null;
  for (const t of current) vector.removeChild(t);
  for (const name of names) {
    const el = createLike(vector, "lpstr");
    setText(el, name);
    vector.insertBefore(el, after);
  }
  setText(group.countEl, String(names.length));
  vector.setAttribute("size", String(titles.length - current.length + names.length));
  pkg.touch(APP);
}
