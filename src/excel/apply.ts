/**
 * Applies a WritePlan through Office.js, following the adapter rules in engine/plan.ts.
 *
 * Sync count: 1 write sync after the gateway's own read (what the apply needs to know — which
 * sheets exist and are protected, the charts, notes, names and rules the plan replaces — comes
 * from that read: carried.ts); otherwise 1 look-up sync (reads only) before it. The write is split into several syncs
 * only when its estimated request passes the 5 MB limit of Excel on the web; such a split write
 * is not atomic (Office.js has no transactions across syncs), which is why it is reserved for
 * plans that cannot be sent at once. Everything that could stop the write (a protected or
 * missing sheet, a malformed plan) is checked before the first write is queued.
 *
 * The look-up asks for children of sheets that may not exist (getItemOrNullObject(...).charts
 * ...); if the host refuses that in one request, it falls back to 2 look-up syncs (the sheet
 * list, then only existing sheets).
 */
import { columnLetter, quoteSheet, rangeAddress } from "../engine/address";
import type { Pesan } from "../engine/model";
import type { ApplyReport, WritePlan } from "../engine/plan";
import { STATE_SHEET } from "../engine/state";
import { deletionSteps } from "./delete";
import { missingSheet, protectedSheet } from "./errors";
import { AREAS_API, groupStyles } from "./areas";
import { lookupFromFacts, type ReadFacts } from "./carried";
import { coalesceRanges } from "./coalesce";
import { key, lookup, passed } from "./lookup";
import { COMMAND_OVERHEAD, REQUEST_LIMIT_BYTES, jsonBytes, packInOrder, writeBudget } from "./payload";
import { cutLongText, targetSheets, validate } from "./plan-check";
import { OPTIONAL_API, requireExcelApi, supports } from "./requirements";
import { PAGE_LAYOUT_API, pageLayoutSkipped, pageLayoutSteps } from "./page-layout";
import { linkSteps } from "./hyperlinks";
import {
  charsToPoints,
  chartStep,
  conditionalStep,
  rangeSteps,
  removeStep,
  type Env,
  type Step,
} from "./steps";
import type { ExcelRun, RequirementCheck } from "./types";

export interface ApplyOptions {
  check: RequirementCheck;
  /** the host's request limit; a write request is kept to 95 % of it (payload.ts) */
  maxRequestBytes?: number;
  /** what the gateway's read just found: no look-up sync when it covers the plan */
  facts?: ReadFacts;
}

export async function applyPlan(run: ExcelRun, plan: WritePlan, options: ApplyOptions): Promise<ApplyReport> {
  requireExcelApi("apply", options.check);
  validate(plan);
  const withNotes = supports(options.check, OPTIONAL_API.notes);
  const budget = writeBudget(options.maxRequestBytes ?? REQUEST_LIMIT_BYTES);
  const skipped: Pesan[] = [];
  const cut = cutLongText(plan.ranges);
  if (cut.skipped) skipped.push(cut.skipped);
  const added = plan.notes.filter((n) => !n.remove).length;
  if (!withNotes && added)
    skipped.push({
      id: `${added} catatan sel (note) tidak ditulis: Excel ini belum mendukung ExcelApi ${OPTIONAL_API.notes}.`,
      en: `${added} cell notes were not written: this Excel does not support ExcelApi ${OPTIONAL_API.notes}.`,
    });

  return run(async (context) => {
    const cleared = new Set(plan.sheets.filter((s) => s.clear).map((s) => s.name.toLowerCase()));
    const fromRead = options.facts ? lookupFromFacts(plan, options.facts, withNotes, cleared) : null;
    // Without a look-up, the first sync already writes: a failure from here on may be partial.
    const found = fromRead ? passed(context, fromRead) : await lookup(context, plan, withNotes, cleared);
    const ownRules = found.rules;

    const created = plan.sheets
      .filter((s) => s.create && !found.existing.has(s.name.toLowerCase()))
      .map((s) => s.name);
    const createdKeys = new Set(created.map((n) => n.toLowerCase()));
    for (const sheet of targetSheets(plan)) {
      const k = sheet.toLowerCase();
      if (createdKeys.has(k)) continue;
      const info = found.existing.get(k);
      if (!info) throw missingSheet(sheet);
      if (info.protected) throw protectedSheet(info.name);
    }

    const steps: Step[] = [];
    for (const s of plan.sheets) {
      const k = s.name.toLowerCase();
      const isNew = createdKeys.has(k);
      steps.push({
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
          if (s.visibility)
            ws.visibility = ({ visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const)[
              s.visibility
            ];
          if (s.tabColor) ws.tabColor = s.tabColor;
          if (s.freeze) {
            const { rows, cols } = s.freeze;
            if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRange(rangeAddress(0, 0, rows, cols)));
            else if (rows > 0) ws.freezePanes.freezeRows(rows);
            else if (cols > 0) ws.freezePanes.freezeColumns(cols);
          }
        },
      });
    }
    for (const r of plan.removals ?? []) steps.push(removeStep(r));
    let cellsWritten = 0;
    // The state sheet's cells go first: if a write too big for one request fails in a later
    // chunk, the sheets already created are recorded as the add-in's, and the next run can
    // take them over instead of refusing them as the user's.
    // Sheets with nothing of the user's: created by this run, or cleared by this plan.
    const fresh = new Set([...createdKeys, ...cleared]);
    const ranges = coalesceRanges(cut.ranges, fresh);
    const stateFirst = [
      ...ranges.filter((w) => w.sheet === STATE_SHEET),
      ...ranges.filter((w) => w.sheet !== STATE_SHEET),
    ];
    // Style rectangles of one style go as one multi-area range each (ExcelApi 1.9), after the rest.
    const { single, grouped } = groupStyles(stateFirst, supports(options.check, AREAS_API));
    for (const w of single) {
      for (const row of w.values ?? []) for (const v of row) if (v !== undefined) cellsWritten += 1;
      steps.push(...rangeSteps(w, budget));
    }
    steps.push(...grouped);
    const merged = new Set<string>();
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
    for (const s of plan.sheets)
      for (const cw of s.columnWidths ?? [])
        steps.push({
          bytes: 2 * COMMAND_OVERHEAD,
          queue(env) {
            env.sheet(s.name).getRange(`${columnLetter(cw.col)}1`).format.columnWidth = charsToPoints(
              cw.width,
            );
          },
        });
    const withLayout = supports(options.check, PAGE_LAYOUT_API);
    for (const s of plan.sheets) steps.push(...pageLayoutSteps(s, withLayout), ...linkSteps(s));
    const layoutSkipped = pageLayoutSkipped(plan.sheets, withLayout);
    if (layoutSkipped) skipped.push(layoutSkipped);
    for (const c of plan.conditionalFormats) {
      const k = key(c.sheet, c.address);
      steps.push(conditionalStep(c.sheet, c.address, c.rules, ownRules.get(k) ?? []));
      ownRules.delete(k); // deleted once, even if the plan names the range twice
    }
    if (withNotes)
      for (const n of plan.notes) {
        const cleared = plan.sheets.some((s) => s.clear && s.name.toLowerCase() === n.sheet.toLowerCase());
        const existing = cleared ? undefined : found.notes.get(key(n.sheet, n.cell));
        if (n.remove) {
          // a stale note of an earlier run: gone already (or cleared with its sheet) means nothing to do
          if (existing)
            steps.push({
              bytes: 2 * COMMAND_OVERHEAD,
              queue(env) {
                existing(env.context, env.sheet).delete();
              },
            });
          continue;
        }
        steps.push({
          bytes: 3 * COMMAND_OVERHEAD + jsonBytes(n.text),
          queue(env) {
            if (existing) existing(env.context, env.sheet).content = n.text;
            else {
              const ws = env.sheet(n.sheet);
              ws.notes.add(ws.getRange(n.cell), n.text);
            }
          },
        });
      }
    for (const c of plan.charts) {
      const cleared = plan.sheets.some((s) => s.clear && s.name.toLowerCase() === c.sheet.toLowerCase());
      steps.push(chartStep(c, cleared ? undefined : found.charts.get(key(c.sheet, c.name))));
    }
    for (const n of plan.names) {
      const existing = found.names.get(n.name.toLowerCase());
      steps.push({
        bytes: 3 * COMMAND_OVERHEAD,
        queue(env) {
          const range = env.sheet(n.sheet).getRange(n.address);
          // Updating keeps formulas that use the name working; delete + add would break them.
          if (existing)
            existing(env.context, env.sheet).formula = `=${quoteSheet(n.sheet)}!${absolute(n.address)}`;
          else env.context.workbook.names.add(n.name, range);
        },
      });
    }

    steps.push(...deletionSteps(plan));
    // A sheet's proxy lives for one sync: the object worksheets.add() returns is invalid after its
    // request in Office.js (the fake does not check that; Microsoft's library does), so a later chunk
    // finds the new sheet with getItem.
    const proxies = new Map<string, Excel.Worksheet>();
    const added = new Set<string>();
    const env: Env = {
      context,
      sheet(name) {
        const k = name.toLowerCase();
        let ws = proxies.get(k);
        if (!ws) {
          const add = createdKeys.has(k) && !added.has(k);
          ws = add ? context.workbook.worksheets.add(name) : context.workbook.worksheets.getItem(name);
          if (add) added.add(k);
          proxies.set(k, ws);
        }
        return ws;
      },
    };
    const chunks = packInOrder(steps, budget);
    for (const chunk of chunks) {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      for (const step of chunk) step.queue(env);
      // One sync per chunk; a chunk is the whole plan unless the plan passes the request limit.
      await context.sync();
      proxies.clear();
    }
    return { cellsWritten, sheetsCreated: created, skipped };
  });
}

function absolute(address: string): string {
  return address
    .split(":")
    .map((p) =>
      p.replace(/^\$?([A-Za-z]+)\$?(\d+)$/, (_, c: string, r: string) => `$${c.toUpperCase()}$${r}`),
    )
    .join(":");
}
