/**
 * Deleting the add-in's own sheets and names ("Hapus hasil"): each sheet with every part only it
 * reaches (its drawing, charts, notes), its relationship and content types, the names scoped to it,
 * and the workbook's sheet indices shifted as Excel shifts them. The plan lists only sheets the add-in
 * created, so every part reached from them alone is the add-in's; a part another sheet also reaches
 * (a shared image, say) stays.
 */
import { OoxmlPackage, REL_TYPE } from "./package";
import type { Workbook } from "./workbook";
import { child, children, root, type XElement } from "./xml";

/** Every internal part reachable from `from` through relationships (not `from` itself). */
async function reachable(pkg: OoxmlPackage, from: string[], stop: Set<string>): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [...from];
  while (queue.length > 0) {
    const part = queue.pop()!;
    for (const r of await pkg.rels(part)) {
      if (r.external || seen.has(r.target) || stop.has(r.target) || !pkg.has(r.target)) continue;
      seen.add(r.target);
      queue.push(r.target);
    }
  }
  return seen;
}

/** The parts only the sheet reaches: what goes with it. */
async function partsOnlyOf(pkg: OoxmlPackage, wb: Workbook, sheetPath: string): Promise<string[]> {
  const own = await reachable(pkg, [sheetPath], new Set([wb.path]));
  const others = (await pkg.rels(wb.path))
    .filter((r) => !r.external && r.target !== sheetPath)
    .map((r) => r.target);
  const shared = await reachable(pkg, ["", ...others], new Set([sheetPath]));
  for (const o of others) shared.add(o);
  return [...own].filter((p) => !shared.has(p));
}

/** localSheetId and the book view's tab indices follow the sheets that move up one place. */
function shiftIndices(wb: Workbook, index: number, remaining: number): void {
  const names = child(root(wb.doc), "definedNames");
  for (const d of names ? children(names, "definedName") : []) {
    const local = d.getAttribute("localSheetId");
    if (local === null) continue;
    const n = Number(local);
    if (n === index) names!.removeChild(d);
    else if (n > index) d.setAttribute("localSheetId", String(n - 1));
  }
  if (names && children(names, "definedName").length === 0) root(wb.doc).removeChild(names);
  const views = child(root(wb.doc), "bookViews");
  for (const v of views ? children(views, "workbookView") : []) {
    for (const attr of ["activeTab", "firstSheet"]) {
      const n = Number(v.getAttribute(attr) ?? "0");
      if (n > index || n >= remaining) v.setAttribute(attr, String(Math.max(0, n - 1)));
    }
  }
}

/** The calc chain lists cells by sheet id: a chain naming the deleted sheet goes (Excel rebuilds it). */
async function dropChainOf(pkg: OoxmlPackage, wb: Workbook, sheetId: string): Promise<void> {
  const calc = (await pkg.rels(wb.path)).find((r) => r.type === REL_TYPE.calcChain);
  if (!calc) return;
  const text = (await pkg.text(calc.target)) ?? "";
  if (new RegExp(`\\bi="${sheetId}"`).test(text)) await wb.dropCalcChain();
}

export async function deleteSheets(
  pkg: OoxmlPackage,
  wb: Workbook,
  names: ReadonlyArray<string>,
): Promise<void> {
  for (const name of names) {
    const entries = await wb.sheets();
    const index = entries.findIndex((e) => e.name.toLowerCase() === name.toLowerCase());
    const entry = entries[index];
    if (!entry) continue;
    for (const part of await partsOnlyOf(pkg, wb, entry.path)) await pkg.removePart(part);
    await pkg.removePart(entry.path);
    await pkg.removeRel(wb.path, entry.relId);
    await dropChainOf(pkg, wb, entry.element.getAttribute("sheetId") ?? "");
    entry.element.parentNode?.removeChild(entry.element);
    shiftIndices(wb, index, entries.length - 1);
    wb.touch();
  }
}

/** Workbook-level names, by name (case-insensitive, as Excel compares them). */
export function deleteNames(wb: Workbook, list: ReadonlyArray<string>): void {
  const el = child(root(wb.doc), "definedNames");
  if (!el || list.length === 0) return;
  const wanted = new Set(list.map((n) => n.toLowerCase()));
  const gone: XElement[] = children(el, "definedName").filter(
    (d) => !d.hasAttribute("localSheetId") && wanted.has((d.getAttribute("name") ?? "").toLowerCase()),
  );
  for (const d of gone) el.removeChild(d);
  if (children(el, "definedName").length === 0) root(wb.doc).removeChild(el);
  if (gone.length > 0) wb.touch();
}
