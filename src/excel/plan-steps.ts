/**
 * The plan as Office.js steps, one builder per part of the plan in the contract's order (sheets,
 * removals, values and styles, merges, widths, page layout and links, rules, notes, charts, names,
 * deletions). Each step knows its estimated request bytes, so apply.ts can pack them in requests.
 */
import { columnLetter, quoteSheet, rangeAddress } from "../engine/address";
import type { PlanSheet, RangeWrite, WritePlan } from "../engine/plan";
import { STATE_SHEET } from "../engine/state";
import { groupStyles } from "./areas";
import { coalesceRanges } from "./coalesce";
import { key, type Lookup } from "./lookup";
import { COMMAND_OVERHEAD, jsonBytes } from "./payload";
import { charsToPoints, chartStep, conditionalStep, rangeSteps, type Step } from "./steps";

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

function freeze(ws: Excel.Worksheet, { rows, cols }: { rows: number; cols: number }): void {
  if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRange(rangeAddress(0, 0, rows, cols)));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (cols > 0) ws.freezePanes.freezeColumns(cols);
}

function sheetStep(s: PlanSheet, isNew: boolean, found: Lookup): Step {
  const k = s.name.toLowerCase();
  return {
    bytes: 10 * COMMAND_OVERHEAD,
    queue(env) {
      // For a new sheet this first use is worksheets.add.
      const ws = env.sheet(s.name);
      if (s.clear && !isNew) {
        // Charts and notes first: whether clear("All") takes notes with it differs by host.
        found.clear.get(k)?.(env.context, env.sheet);
        const all = ws.getRange();
        all.clear("All");
        all.unmerge();
        all.conditionalFormats.clearAll();
        ws.freezePanes.unfreeze();
      }
      if (s.visibility) ws.visibility = VISIBILITY[s.visibility];
      if (s.tabColor) ws.tabColor = s.tabColor;
      if (s.freeze) freeze(ws, s.freeze);
    },
  };
}

export function sheetSteps(plan: WritePlan, createdKeys: Set<string>, found: Lookup): Step[] {
  return plan.sheets.map((s) => sheetStep(s, createdKeys.has(s.name.toLowerCase()), found));
}

/**
 * Values, number formats and styles, coalesced. The state sheet's cells go first: if a write too big
 * for one request fails in a later chunk, the sheets already created are recorded as the add-in's,
 * and the next run can take them over instead of refusing them as the user's. Style rectangles of one
 * style go as one multi-area range each (ExcelApi 1.9), after the rest. A block that takes its format
 * from another (`formatFrom`) is copied first (Range.copyFrom, ExcelApi 1.9 like the areas).
 */
export function valueSteps(
  ranges: RangeWrite[],
  fresh: Set<string>,
  budget: number,
  withAreas: boolean,
): { steps: Step[]; cellsWritten: number } {
  const copies = withAreas ? ranges.filter((w) => w.formatFrom).map(formatCopyStep) : [];
  // the copied format stands in for the block's own style; without ExcelApi 1.9 the style is used
  const own = ranges.map((w) => (w.formatFrom ? withoutSource(w, withAreas) : w));
  const coalesced = coalesceRanges(own, fresh);
  const stateFirst = [
    ...coalesced.filter((w) => w.sheet === STATE_SHEET),
    ...coalesced.filter((w) => w.sheet !== STATE_SHEET),
  ];
  const { single, grouped } = groupStyles(stateFirst, withAreas);
  const steps: Step[] = [...copies];
  let cellsWritten = 0;
  for (const w of single) {
    for (const row of w.values ?? []) for (const v of row) if (v !== undefined) cellsWritten += 1;
    steps.push(...rangeSteps(w, budget));
  }
  steps.push(...grouped);
  return { steps, cellsWritten };
}

/** The block takes the format of its source (a user's header cell beside it) before its values. */
function formatCopyStep(w: RangeWrite): Step {
  return {
    bytes: 4 * COMMAND_OVERHEAD,
    queue(env) {
      const ws = env.sheet(w.sheet);
      ws.getRange(w.address).copyFrom(ws.getRange(w.formatFrom!), "Formats");
    },
  };
}

function withoutSource(w: RangeWrite, copied: boolean): RangeWrite {
  const { formatFrom: _from, style, ...rest } = w;
  return copied || !style ? rest : { ...rest, style };
}

export function mergeSteps(plan: WritePlan, fresh: Set<string>): Step[] {
  const merged = new Set<string>();
  const steps: Step[] = [];
  for (const m of plan.merges) {
    const isFresh = fresh.has(m.sheet.toLowerCase());
    if (isFresh && merged.has(key(m.sheet, m.address))) continue;
    merged.add(key(m.sheet, m.address));
    steps.push({
      bytes: 3 * COMMAND_OVERHEAD,
      queue(env) {
        const range = env.sheet(m.sheet).getRange(m.address);
        // Unmerge first: re-merging the same block twice stays one merge, on every host. A sheet
        // created or cleared by this plan has no merges yet (clear unmerged it).
        if (!isFresh) range.unmerge();
        range.merge(false);
      },
    });
  }
  return steps;
}

export function widthSteps(plan: WritePlan): Step[] {
  return plan.sheets.flatMap((s) =>
    (s.columnWidths ?? []).map((cw) => ({
      bytes: 2 * COMMAND_OVERHEAD,
      queue(env) {
        env.sheet(s.name).getRange(`${columnLetter(cw.col)}1`).format.columnWidth = charsToPoints(cw.width);
      },
    })),
  );
}

/** Each rule range once: the add-in's own rules there (found by the read or the look-up) are deleted first. */
export function ruleSteps(plan: WritePlan, ownRules: Lookup["rules"]): Step[] {
  const steps: Step[] = [];
  for (const c of plan.conditionalFormats) {
    const k = key(c.sheet, c.address);
    steps.push(conditionalStep(c.sheet, c.address, c.rules, ownRules.get(k) ?? []));
    ownRules.delete(k); // deleted once, even if the plan names the range twice
  }
  return steps;
}

const clearedBy = (plan: WritePlan, sheet: string) =>
  plan.sheets.some((s) => s.clear && s.name.toLowerCase() === sheet.toLowerCase());

export function noteSteps(plan: WritePlan, found: Lookup): Step[] {
  const steps: Step[] = [];
  for (const n of plan.notes) {
    const existing = clearedBy(plan, n.sheet) ? undefined : found.notes.get(key(n.sheet, n.cell));
    // a stale note of an earlier run: gone already (or cleared with its sheet) means nothing to do
    if (n.remove && !existing) continue;
    steps.push({
      bytes: n.remove ? 2 * COMMAND_OVERHEAD : 3 * COMMAND_OVERHEAD + jsonBytes(n.text),
      queue(env) {
        if (n.remove) existing!(env.context, env.sheet).delete();
        else if (existing) existing(env.context, env.sheet).content = n.text;
        else {
          const ws = env.sheet(n.sheet);
          ws.notes.add(ws.getRange(n.cell), n.text);
        }
      },
    });
  }
  return steps;
}

export function chartSteps(plan: WritePlan, found: Lookup): Step[] {
  return plan.charts.map((c) =>
    chartStep(c, clearedBy(plan, c.sheet) ? undefined : found.charts.get(key(c.sheet, c.name))),
  );
}

function absolute(address: string): string {
  return address
    .split(":")
    .map((p) =>
      p.replace(/^\$?([A-Za-z]+)\$?(\d+)$/, (_, c: string, r: string) => `$${c.toUpperCase()}$${r}`),
    )
    .join(":");
}

export function nameSteps(plan: WritePlan, found: Lookup): Step[] {
  return plan.names.map((n) => {
    const existing = found.names.get(n.name.toLowerCase());
    return {
      bytes: 3 * COMMAND_OVERHEAD,
      queue(env) {
        const range = env.sheet(n.sheet).getRange(n.address);
        // Updating keeps formulas that use the name working; delete + add would break them.
        if (existing)
          existing(env.context, env.sheet).formula = `=${quoteSheet(n.sheet)}!${absolute(n.address)}`;
        else env.context.workbook.names.add(n.name, range);
      },
    };
  });
}
