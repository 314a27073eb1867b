/**
 * The look-up sync of an apply: which sheets exist and are protected, and the charts, notes and
 * names the plan replaces. Reads only, so a failed look-up changes nothing.
 */
import type { WritePlan } from "../engine/plan";

export const SEP = "\u0000";
export const key = (sheet: string, item: string) => `${sheet.toLowerCase()}${SEP}${item}`;

export interface Lookup {
  /** lower-case name → actual name and protection */
  existing: Map<string, { name: string; protected: boolean }>;
  charts: Map<string, Excel.Chart>;
  notes: Map<string, Excel.Note>;
  names: Map<string, Excel.NamedItem>;
  /** sheets emptied by the plan: every chart and note on them */
  clearCharts: Map<string, Excel.ChartCollection>;
  clearNotes: Map<string, Excel.NoteCollection>;
}

interface Pending {
  sheets: Excel.WorksheetCollection;
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
  sheets.load("items/name,items/protection/protected");
  const p: Pending = {
    sheets,
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

function settle(p: Pending): Lookup {
  const existing = new Map<string, { name: string; protected: boolean }>();
  for (const s of p.sheets.items)
    existing.set(s.name.toLowerCase(), { name: s.name, protected: s.protection.protected });
  // Existence comes from the loaded list: a sheet asked for with getItem has no isNullObject.
  const present = (sheetKey: string) => p.perSheet.has(sheetKey) && existing.has(sheetKey);
  const pick = <T extends { isNullObject: boolean }>(m: Map<string, T>) => {
    const out = new Map<string, T>();
    for (const [k, v] of m) if (present(k.split(SEP)[0]!) && !v.isNullObject) out.set(k, v);
    return out;
  };
  const whole = <T>(m: Map<string, T>) => new Map([...m].filter(([k]) => present(k)));
  const names = new Map<string, Excel.NamedItem>();
  for (const [k, v] of p.names) if (!v.isNullObject) names.set(k, v);
  return {
    existing,
    charts: pick(p.charts),
    notes: pick(p.notes),
    names,
    clearCharts: whole(p.clearCharts),
    clearNotes: whole(p.clearNotes),
  };
}

export async function lookup(
  context: Excel.RequestContext,
  plan: WritePlan,
  withNotes: boolean,
): Promise<Lookup> {
  try {
    const p = queueLookup(context, plan, withNotes, (name) =>
      context.workbook.worksheets.getItemOrNullObject(name),
    );
    await context.sync();
    return settle(p);
  } catch {
    // Careful path: list the sheets, then ask only about sheets that exist.
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const names = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const p = queueLookup(context, plan, withNotes, (name) =>
      names.has(name.toLowerCase()) ? context.workbook.worksheets.getItem(name) : null,
    );
    await context.sync();
    return settle(p);
  }
}
