/**
 * What the gateway's read already knows and its apply would otherwise ask in a look-up sync: the
 * sheets with their protection and visibility, the workbook's structure protection, the names,
 * each sheet's charts and notes, and the ids of the conditional formats on and around every rule
 * range the add-in recorded in its state (the only ranges where its earlier rules can be). The
 * pipeline reads, plans from that read, then applies at once, so the apply builds its look-up from
 * these facts and sends no sync before its first write.
 *
 * The facts are used once, by the apply that follows the read within FACTS_MAX_AGE_MS; any other
 * apply (a plan made elsewhere, a read long ago) does the look-up sync (lookup.ts). So does a plan
 * that needs something the read did not ask: a note on a sheet whose notes were counted but not
 * located (an add-in sheet the plan does not clear), or rules on an add-in sheet the plan does not
 * clear. What changed in the workbook between the read and the write (a sheet the user deleted in
 * that moment) fails the write sync, which the gateway reports as a write that may be partial and
 * that a rerun completes.
 */
import { cellAddress, parseAddress } from "../engine/address";
import type { WritePlan } from "../engine/plan";
import { ownedOf } from "./cf-owned";
import { key, refuseUnderStructure, type Handle, type Lookup } from "./lookup";
import type { RuleIds } from "./read-bands";

/** How long after its read an apply may use the read's facts instead of looking up. */
export const FACTS_MAX_AGE_MS = 60_000;

export interface ReadFacts {
  /** Date.now() when the read ended */
  at: number;
  /** null: the read did not ask (an Excel before ExcelApi 1.7, which cannot apply anyway) */
  structureProtected: boolean | null;
  /** lower-case name → name, protection, visibility (Office.js spelling: "Visible" ...) */
  sheets: Map<string, { name: string; protected: boolean; visibility: string }>;
  /** lower-case sheet name → its charts' names, in order */
  charts: Map<string, string[]>;
  /** with the notes API: how many notes each sheet has, and where they are on the sheets read in full */
  notes: { counts: Map<string, number>; cells: Map<string, Set<string>> } | null;
  /** lower-case workbook names */
  names: Set<string>;
  /** key(sheet, address) of each rule range recorded in the state → the rule ids on and around it */
  rules: Map<string, RuleIds>;
  /** lower-case names of the add-in's own sheets (listed in its state) */
  own: Set<string>;
}

function cellKey(cell: string): string | null {
  try {
    const g = parseAddress(cell.replace(/\$/g, ""));
    return cellAddress(g.row, g.col);
  } catch {
    return null;
  }
}

/** The notes the plan replaces or removes; null when a sheet's notes were counted but not located. */
function notesOf(plan: WritePlan, facts: ReadFacts, live: (k: string) => boolean) {
  const out = new Map<string, Handle<Excel.Note>>();
  if (!facts.notes) return out;
  for (const n of plan.notes) {
    const k = n.sheet.toLowerCase();
    if (!live(k)) continue;
    const cells = facts.notes.cells.get(k);
    if (!cells) {
      if ((facts.notes.counts.get(k) ?? 0) > 0) return null;
      continue;
    }
    const cell = cellKey(n.cell);
    if (cell === null) return null;
    if (cells.has(cell)) out.set(key(n.sheet, n.cell), (_, sheet) => sheet(n.sheet).notes.getItem(n.cell));
  }
  return out;
}

/** The add-in's earlier rules on the plan's rule ranges; null when some were not read. */
function rulesOf(plan: WritePlan, facts: ReadFacts, live: (k: string) => boolean) {
  const entries: [string, RuleIds][] = [];
  const seen = new Set<string>();
  for (const c of plan.conditionalFormats) {
    const k = key(c.sheet, c.address);
    const sheetKey = c.sheet.toLowerCase();
    if (!live(sheetKey) || seen.has(k)) continue;
    seen.add(k);
    const ids = facts.rules.get(k);
    if (ids) entries.push([k, ids]);
    // On the user's sheets a range the state never recorded holds no rule of the add-in; on its
    // own sheets every rule is the add-in's, and those were not read.
    else if (facts.own.has(sheetKey)) return null;
  }
  return ownedOf(entries);
}

/** Deletes every chart and note of a sheet the plan empties, last first (positions stay valid). */
function clearHandle(name: string, charts: number, notes: number): Handle<void> {
  return (_, sheet) => {
    const ws = sheet(name);
    for (let i = charts - 1; i >= 0; i--) ws.charts.getItemAt(i).delete();
    for (let i = notes - 1; i >= 0; i--) ws.notes.getItemAt(i).delete();
  };
}

/**
 * The look-up of `plan` from the read's facts; null when the plan needs what the read did not ask
 * (the apply then looks up). Refuses, as the look-up does, a plan that changes the sheet structure
 * of a workbook whose structure is protected.
 */
export function lookupFromFacts(
  plan: WritePlan,
  facts: ReadFacts,
  withNotes: boolean,
  cleared: ReadonlySet<string>,
): Lookup | null {
  if (withNotes !== (facts.notes !== null) || facts.structureProtected === null) return null;
  refuseUnderStructure(plan, facts.structureProtected, [...facts.sheets.values()]);
  const existing = new Map([...facts.sheets].map(([k, s]) => [k, { name: s.name, protected: s.protected }]));
  // Sheets that exist and keep their content: what is on them is replaced one by one.
  const live = (k: string) => existing.has(k) && !cleared.has(k);
  const notes = notesOf(plan, facts, live);
  const rules = rulesOf(plan, facts, live);
  if (!notes || !rules) return null;
  const charts = new Map<string, Handle<Excel.Chart>>();
  for (const c of plan.charts)
    if (live(c.sheet.toLowerCase()) && facts.charts.get(c.sheet.toLowerCase())?.includes(c.name))
      charts.set(key(c.sheet, c.name), (_, sheet) => sheet(c.sheet).charts.getItem(c.name));
  const names = new Map<string, Handle<Excel.NamedItem>>();
  for (const n of plan.names)
    if (facts.names.has(n.name.toLowerCase()))
      names.set(n.name.toLowerCase(), (context) => context.workbook.names.getItem(n.name));
  const clear = new Map<string, Handle<void>>();
  for (const s of plan.sheets) {
    const k = s.name.toLowerCase();
    if (!s.clear || !existing.has(k)) continue;
    clear.set(k, clearHandle(s.name, facts.charts.get(k)?.length ?? 0, facts.notes?.counts.get(k) ?? 0));
  }
  return { existing, charts, notes, names, clear, rules };
}
