/**
 * "Hapus hasil" for every shell: read, plan the removal of what the state sheet says the add-in
 * wrote, apply. The same gateway as a run, so the pane, the ribbon and `capaian hapus` remove alike.
 */
import type { ApplyReport, Refusal, WritePlan } from "../engine/plan";
import { readState } from "../engine/state";
import { adaHasil, buildRemovalPlan, type RingkasanHapus } from "../engine/writeback/hapus";
import { stateRusak } from "../engine/writeback/messages";
import { isApplyRefusedError, type WorkbookGateway } from "./gateway";

export type HapusOutcome =
  | {
      ok: true;
      /** false: the workbook holds nothing of the add-in's, nothing was written */
      adaHasil: boolean;
      ringkasan: RingkasanHapus;
      plan: WritePlan;
      report: ApplyReport | null;
    }
  | { ok: false; refusals: Refusal[] };

export interface HapusOptions {
  /** false: plan only (a dry run), write nothing */
  tulis?: boolean;
}

export async function hapusHasil(
  gateway: WorkbookGateway,
  options: HapusOptions = {},
): Promise<HapusOutcome> {
  const snapshot = await gateway.read();
  const { state, damaged } = readState(snapshot);
  // without the record, a "Tabel 3.1" sheet may be the agency's own: refuse rather than guess
  if (damaged) return { ok: false, refusals: [stateRusak()] };
  const planned = buildRemovalPlan(snapshot, state);
  if (!planned.ok) return { ok: false, refusals: planned.refusals };
  const ada = adaHasil(snapshot);
  let report: ApplyReport | null = null;
  if (ada && options.tulis !== false) {
    try {
      report = await gateway.apply(planned.plan);
    } catch (e) {
      if (isApplyRefusedError(e)) return { ok: false, refusals: e.refusals };
      throw e;
    }
  }
  return {
    ok: true,
    adaHasil: ada,
    ringkasan: planned.ringkasan,
    plan: planned.plan,
    report,
  };
}
