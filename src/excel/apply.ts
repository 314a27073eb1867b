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
import type { Pesan } from "../engine/model";
import { withPiecesMade, type ApplyReport, type WritePlan } from "../engine/plan";
import { AREAS_API } from "./areas";
import { lookupFromFacts, type ReadFacts } from "./carried";
import { deletionSteps } from "./delete";
import { missingSheet, protectedSheet } from "./errors";
import { linkSteps } from "./hyperlinks";
import { lookup, passed, type Lookup } from "./lookup";
import { PAGE_LAYOUT_API, pageLayoutSkipped, pageLayoutSteps } from "./page-layout";
import { packInOrder, REQUEST_LIMIT_BYTES, writeBudget } from "./payload";
import { cutLongText, targetSheets, validate } from "./plan-check";
import {
  chartSteps,
  mergeSteps,
  nameSteps,
  noteSteps,
  ruleSteps,
  sheetSteps,
  valueSteps,
  widthSteps,
} from "./plan-steps";
import { OPTIONAL_API, requireExcelApi, supports } from "./requirements";
import { removeStep, type Env, type Step } from "./steps";
import type { ExcelRun, RequirementCheck } from "./types";

export interface ApplyOptions {
  check: RequirementCheck;
  /** the host's request limit; a write request is kept to 95 % of it (payload.ts) */
  maxRequestBytes?: number;
  /** what the gateway's read just found: no look-up sync when it covers the plan */
  facts?: ReadFacts;
}

/** What the plan cannot do on this Excel, said before anything is written. */
function skippedUpFront(plan: WritePlan, withNotes: boolean, cut: Pesan | null): Pesan[] {
  const skipped: Pesan[] = [];
  if (cut) skipped.push(cut);
  const added = plan.notes.filter((n) => !n.remove).length;
  if (!withNotes && added)
    skipped.push({
      id: `${added} catatan sel (note) tidak ditulis: Excel ini belum mendukung ExcelApi ${OPTIONAL_API.notes}.`,
      en: `${added} cell notes were not written: this Excel does not support ExcelApi ${OPTIONAL_API.notes}.`,
    });
  return skipped;
}

/** The sheets this run adds; every other sheet it writes must exist and be unprotected. */
function sheetsToCreate(plan: WritePlan, found: Lookup): string[] {
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
  return created;
}

/**
 * Worksheet proxies for the steps. A sheet's proxy lives for one sync: the object worksheets.add()
 * returns is invalid after its request in Office.js (the fake does not check that; Microsoft's
 * library does), so a later chunk finds the new sheet with getItem.
 */
function envFor(context: Excel.RequestContext, createdKeys: Set<string>): { env: Env; nextSync(): void } {
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
  return { env, nextSync: () => proxies.clear() };
}

export async function applyPlan(
  run: ExcelRun,
  given: WritePlan,
  options: ApplyOptions,
): Promise<ApplyReport> {
  requireExcelApi("apply", options.check);
  // the requests are packed from every write up front: a table body held as a recipe is made here
  const plan = withPiecesMade(given);
  validate(plan);
  const withNotes = supports(options.check, OPTIONAL_API.notes);
  const withLayout = supports(options.check, PAGE_LAYOUT_API);
  const budget = writeBudget(options.maxRequestBytes ?? REQUEST_LIMIT_BYTES);
  const cut = cutLongText(plan.ranges);
  const skipped = skippedUpFront(plan, withNotes, cut.skipped);
  const layoutSkipped = pageLayoutSkipped(plan.sheets, withLayout);
  if (layoutSkipped) skipped.push(layoutSkipped);

  return run(async (context) => {
    const cleared = new Set(plan.sheets.filter((s) => s.clear).map((s) => s.name.toLowerCase()));
    const fromRead = options.facts ? lookupFromFacts(plan, options.facts, withNotes, cleared) : null;
    // Without a look-up, the first sync already writes: a failure from here on may be partial.
    const found = fromRead ? passed(context, fromRead) : await lookup(context, plan, withNotes, cleared);
    const created = sheetsToCreate(plan, found);
    const createdKeys = new Set(created.map((n) => n.toLowerCase()));
    // Sheets with nothing of the user's: created by this run, or cleared by this plan.
    const fresh = new Set([...createdKeys, ...cleared]);
    const values = valueSteps(cut.ranges, fresh, budget, supports(options.check, AREAS_API));
    const steps: Step[] = [
      ...sheetSteps(plan, createdKeys, found),
      ...(plan.removals ?? []).map(removeStep),
      ...values.steps,
      ...mergeSteps(plan, fresh),
      ...widthSteps(plan),
      ...plan.sheets.flatMap((s) => [...pageLayoutSteps(s, withLayout), ...linkSteps(s)]),
      ...ruleSteps(plan, found.rules),
      ...(withNotes ? noteSteps(plan, found) : []),
      ...chartSteps(plan, found),
      ...nameSteps(plan, found),
      ...deletionSteps(plan),
    ];
    const { env, nextSync } = envFor(context, createdKeys);
    for (const chunk of packInOrder(steps, budget)) {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      for (const step of chunk) step.queue(env);
      // One sync per chunk; a chunk is the whole plan unless the plan passes the request limit.
      await context.sync();
      nextSync();
    }
    return { cellsWritten: values.cellsWritten, sheetsCreated: created, skipped };
  });
}
