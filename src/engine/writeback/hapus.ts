/**
 * "Hapus hasil": the plan that takes away everything the add-in wrote, as the state sheet records it,
 * and leaves the workbook as the user had it. It is the stale-output rule of an ordinary run with
 * nothing written now: every Capaian/Predikat column removed whole, every cell it filled in a user's
 * column emptied with its number format given back, its rules, highlights and notes taken away,
 * then its names and its own sheets (the Tabel 3.x sheets and the state sheet) deleted.
 * Nothing the state does not list is touched; a protected sheet in the way refuses the whole plan.
 */
import { parseAddress } from "../address";
import type { Refusal, WritePlan } from "../plan";
import { emptyPlan } from "../plan";
import type { WorkbookSnapshot } from "../snapshot";
import { STATE_SHEET, type StoredState } from "../state";
import { sheetTerproteksi, tanpaSheetTerlihat } from "./messages";
import { staleNotes } from "./notes";
import { findSheet, OwnedCells, sameName } from "./ownership";
import { staleHighlights } from "./sorotan";
import { staleWrites } from "./stale";

/** What a removal takes away, counted for the user's summary. */
export interface RingkasanHapus {
  sheet: number;
  kolom: number;
  sel: number;
  aturan: number;
  catatan: number;
  nama: number;
}

export type RemovalOutcome =
  { ok: true; plan: WritePlan; ringkasan: RingkasanHapus } | { ok: false; refusals: Refusal[] };

/** The add-in's own sheets that are still in the workbook, the state sheet last. */
function ownSheets(snapshot: WorkbookSnapshot, state: StoredState): string[] {
  const names: string[] = [];
  for (const n of [...state.owned.sheets, STATE_SHEET]) {
    const s = findSheet(snapshot, n);
    if (s && !names.some((m) => sameName(m, s.name))) names.push(s.name);
  }
  return names;
}

/** Every user sheet the plan edits must be editable, and one visible sheet must stay. */
function refusalsOf(snapshot: WorkbookSnapshot, plan: WritePlan, deleted: string[]): Refusal[] {
  const edited = new Set<string>();
  for (const w of [...(plan.removals ?? []), ...plan.ranges, ...plan.conditionalFormats, ...plan.notes])
    edited.add(w.sheet.toLocaleLowerCase());
  const out: Refusal[] = [];
  for (const s of snapshot.sheets)
    if (s.protected && (edited.has(s.name.toLocaleLowerCase()) || deleted.some((d) => sameName(d, s.name))))
      out.push(sheetTerproteksi(s.name));
  const visibleLeft = snapshot.sheets.some(
    (s) => s.visibility === "visible" && !deleted.some((d) => sameName(d, s.name)),
  );
  if (deleted.length > 0 && !visibleLeft) out.push(tanpaSheetTerlihat());
  return out;
}

export function buildRemovalPlan(snapshot: WorkbookSnapshot, state: StoredState): RemovalOutcome {
  const deleted = ownSheets(snapshot, state);
  const onOwnSheet = (name: string) => deleted.some((d) => sameName(d, name));
  // protected sheets are not skipped here: they are refused below, so nothing is left half-removed
  const unprotected: WorkbookSnapshot = {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => (s.protected ? { ...s, protected: false } : s)),
  };
  const stale = staleWrites(unprotected, state.owned.ranges, new OwnedCells([]), new Set(), onOwnSheet);
  const notes = staleNotes(unprotected, state.owned.notes ?? [], [], onOwnSheet);
  const sorotan = staleHighlights(unprotected, state.owned.sorotan ?? [], stale.rules);
  const names = state.owned.names.filter((n) => Object.keys(snapshot.names).some((k) => sameName(k, n)));

  const plan = emptyPlan();
  plan.removals = stale.removals;
  plan.ranges = stale.restores;
  plan.conditionalFormats = [...stale.rules, ...sorotan.removals.filter((r) => !onOwnSheet(r.sheet))];
  plan.notes = notes.removals;
  plan.deleteNames = names;
  plan.deleteSheets = deleted;
  const refusals = refusalsOf(snapshot, plan, deleted);
  if (refusals.length > 0) return { ok: false, refusals };
  return {
    ok: true,
    plan,
    ringkasan: {
      sheet: deleted.filter((d) => !sameName(d, STATE_SHEET)).length,
      kolom: stale.removals.length,
      sel: stale.restores.reduce((n, w) => n + parseAddress(w.address).rowCount, 0),
      aturan: plan.conditionalFormats.length,
      catatan: notes.removals.length,
      nama: names.length,
    },
  };
}

/** True when the workbook holds anything the add-in wrote (its state sheet is the record of it). */
export function adaHasil(snapshot: WorkbookSnapshot): boolean {
  return !!findSheet(snapshot, STATE_SHEET);
}
