/** Shared setup of the write-plan tests: the seed-000 workbook and a call of buildWritePlan on it. */
import { defaultSettings, Settings, type SettingsInput } from "../../src/engine/settings";
import { emptyState, type StoredState } from "../../src/engine/state";
import type { ReadResult } from "../../src/engine/mapping";
import type { ComputeResult } from "../../src/engine/result";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { buildWritePlan, type WritePlanOutcome } from "../../src/engine/writeback";
import { computeResult, readResult, workbook, type SheetOptions } from "../fixtures/writeback/seed000";

export interface Run {
  snapshot: WorkbookSnapshot;
  read: ReadResult;
  result: ComputeResult;
  settings: ReturnType<typeof defaultSettings>;
  state: StoredState;
}

export function setup(opts: SheetOptions = {}, settings: SettingsInput = {}): Run {
  return {
    snapshot: workbook(opts),
    read: readResult(opts),
    result: computeResult(opts.rows),
    settings: Settings.parse(settings),
    state: emptyState(),
  };
}

export function plan(run: Run): WritePlanOutcome {
  return buildWritePlan(run);
}

export function okPlan(run: Run) {
  const out = buildWritePlan(run);
  if (!out.ok) throw new Error(`refused: ${out.refusals.map((r) => r.pesan.en).join(" | ")}`);
  return out;
}
