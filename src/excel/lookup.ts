/**
 * The look-up sync of an apply: which sheets exist and are protected, and the charts, notes and
 * names the plan replaces. Reads only, so a failed look-up changes nothing. An apply that follows
 * the gateway's own read needs none of it (carried.ts builds the same answer from what the read
 * found); this sync is the fallback.
 */
import type { WritePlan } from "../engine/plan";
import { answered, ownedRules, queueRuleLookup } from "./cf-owned";
import { ExcelApplyError, workbookProtected } from "./errors";

export const SEP = "\u0000";
export const key = (sheet: string, item: string) => `${sheet.toLowerCase()}${SEP}${item}`;

/** What a write step needs to reach an object that exists: a proxy from the look-up, or a new one by name. */
export type Handle<T> = (context: Excel.RequestContext, sheet: (name: string) => Excel.Worksheet) => T;

export interface Lookup {
  /** lower-case name → actual name and protection */
  existing: Map<string, { name: string; protected: boolean }>;
  charts: Map<string, Handle<Excel.Chart>>;
  notes: Map<string, Handle<Excel.Note>>;
  names: Map<string, Handle<Excel.NamedItem>>;
  /** sheets emptied by the plan: deletes every chart and note on them */
  clear: Map<string, Handle<void>>;
  /** per key(sheet, address) of the plan's rule ranges, the ids of the add-in's earlier rules there */
  rules: Map<string, string[]>;
}

interface Pending {
  sheets: Excel.WorksheetCollection;
  structure: Excel.WorkbookProtection;
  perSheet: Map<string, Excel.Worksheet>;
  charts: Map<string, Excel.Chart>;
  notes: Map<string, Excel.Note>;
  names: Map<string, Excel.NamedItem>;
  clearCharts: Map<string, Excel.ChartCollection>;
  clearNotes: Map<string, Excel.NoteCollection>;
}

function queueLookup(
  context: Excel.RequestContext,
  plan: WritePlan,
  withNotes: boolean,
  sheetRef: (name: string) => Excel.Worksheet | null,
): Pending {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility,items/protection/protected");
  const structure = context.workbook.protection;
  structure.load("protected");
  const p: Pending = {
    sheets,
    structure,
    perSheet: new Map(),
    charts: new Map(),
    notes: new Map(),
    names: new Map(),
    clearCharts: new Map(),
    clearNotes: new Map(),
  };
  const ref = (name: string) => {
    const k = name.toLowerCase();
    if (!p.perSheet.has(k)) {
      const s = sheetRef(name);
      if (!s) return null;
      p.perSheet.set(k, s);
    }
    return p.perSheet.get(k)!;
  };
  for (const s of plan.sheets) {
    if (!s.clear) continue;
    const ws = ref(s.name);
    if (!ws) continue;
    const charts = ws.charts;
    charts.load("items/name");
    p.clearCharts.set(s.name.toLowerCase(), charts);
    if (withNotes) {
      const notes = ws.notes;
      notes.load("items/content");
      p.clearNotes.set(s.name.toLowerCase(), notes);
    }
  }
  for (const c of plan.charts) {
    const ws = ref(c.sheet);
    if (ws) p.charts.set(key(c.sheet, c.name), ws.charts.getItemOrNullObject(c.name));
  }
  if (withNotes)
    for (const n of plan.notes) {
      const ws = ref(n.sheet);
      if (ws) p.notes.set(key(n.sheet, n.cell), ws.notes.getItemOrNullObject(n.cell));
    }
  for (const n of plan.names)
    p.names.set(n.name.toLowerCase(), context.workbook.names.getItemOrNullObject(n.name));
  return p;
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/**
 * A plan that adds, deletes or hides a sheet cannot be applied under workbook structure
 * protection: refused here, before the first write is queued.
 */
function needsStructure(plan: WritePlan, sheets: { name: string; visibility: string }[]): boolean {
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  if ((plan.deleteSheets ?? []).length) return true;
  return plan.sheets.some((s) => {
    const current = byName.get(s.name.toLowerCase());
    if (!current) return s.create;
    return s.visibility !== undefined && VISIBILITY[s.visibility] !== current.visibility;
  });
}

/** A plan that adds, deletes or hides a sheet under structure protection is refused before writing. */
export function refuseUnderStructure(
  plan: WritePlan,
  structureProtected: boolean,
  sheets: { name: string; visibility: string }[],
): void {
  if (structureProtected && needsStructure(plan, sheets)) throw workbookProtected();
}

const fixed =
  <T>(proxy: T): Handle<T> =>
  () =>
    proxy;

function settle(p: Pending, plan: WritePlan): Omit<Lookup, "rules"> {
  refuseUnderStructure(plan, p.structure.protected, p.sheets.items);
  const existing = new Map<string, { name: string; protected: boolean }>();
  for (const s of p.sheets.items)
    existing.set(s.name.toLowerCase(), { name: s.name, protected: s.protection.protected });
  // Existence comes from the loaded list: a sheet asked for with getItem has no isNullObject.
  const present = (sheetKey: string) => p.perSheet.has(sheetKey) && existing.has(sheetKey);
  const pick = <T extends { isNullObject: boolean }>(m: Map<string, T>) => {
    const out = new Map<string, Handle<T>>();
    for (const [k, v] of m) if (present(k.split(SEP)[0]!) && !v.isNullObject) out.set(k, fixed(v));
    return out;
  };
  const names = new Map<string, Handle<Excel.NamedItem>>();
  for (const [k, v] of p.names) if (!v.isNullObject) names.set(k, fixed(v));
  const clear = new Map<string, Handle<void>>();
  for (const [k, charts] of p.clearCharts) {
    if (!present(k)) continue;
    const notes = p.clearNotes.get(k);
    clear.set(k, () => {
      for (const chart of charts.items) chart.delete();
      for (const note of notes?.items ?? []) note.delete();
    });
  }
  return { existing, charts: pick(p.charts), notes: pick(p.notes), names, clear };
}

/**
 * The look-up with the ids of the rules on the plan's rule ranges (cf-owned.ts), which ride along
 * with its sync (asked again, in a sync of their own, if that sync had to fall back).
 */
export async function lookup(
  context: Excel.RequestContext,
  plan: WritePlan,
  withNotes: boolean,
  cleared: ReadonlySet<string>,
): Promise<Lookup> {
  let asked = queueRuleLookup(plan, cleared, (s) => context.workbook.worksheets.getItemOrNullObject(s));
  const found = await lookupObjects(context, plan, withNotes);
  if (!answered(asked)) {
    asked = queueRuleLookup(plan, cleared, (s) =>
      found.existing.has(s.toLowerCase()) ? context.workbook.worksheets.getItem(s) : null,
    );
    await context.sync();
  }
  return { ...found, rules: ownedRules(asked) };
}

async function lookupObjects(
  context: Excel.RequestContext,
  plan: WritePlan,
  withNotes: boolean,
): Promise<Omit<Lookup, "rules">> {
  try {
    const p = queueLookup(context, plan, withNotes, (name) =>
      context.workbook.worksheets.getItemOrNullObject(name),
    );
    await context.sync();
    return passed(context, settle(p, plan));
  } catch (e) {
    if (e instanceof ExcelApplyError) throw e;
    // Careful path: list the sheets, then ask only about sheets that exist.
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const names = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const p = queueLookup(context, plan, withNotes, (name) =>
      names.has(name.toLowerCase()) ? context.workbook.worksheets.getItem(name) : null,
    );
    await context.sync();
    return passed(context, settle(p, plan));
  }
}

/** Contexts whose look-up is done: a failure after it may come from a write sync. */
const PAST_LOOKUP = new WeakSet<object>();

export function passed<T>(context: Excel.RequestContext, found: T): T {
  PAST_LOOKUP.add(context);
  return found;
}

/** True once the look-up of `context` succeeded: every later sync of an apply writes. */
export function pastLookup(context: Excel.RequestContext): boolean {
  return PAST_LOOKUP.has(context);
}
