/**
 * What the add-in keeps in the workbook between runs: settings, the user's mapping corrections,
 * and the list of what it owns (sheets, columns, names, charts), so a second run updates in place
 * and never touches anything else. It lives as JSON in a very hidden sheet, which both Excel and
 * .xlsx files carry, one chunk per cell (a cell holds at most 32,767 characters).
 */
import { z } from "zod";
import { MappingOverrides } from "./mapping";
import { Settings } from "./settings";
import type { PlanValue } from "./plan";
import type { SheetSnapshot, WorkbookSnapshot } from "./snapshot";

export const STATE_SHEET = "_CapaianKinerja";
const CHUNK = 30000;

export const OwnedRange = z.object({
  sheet: z.string(),
  address: z.string(),
  /** true: a column the add-in added beside the user's table (header to last row), removed whole once it is no longer written */
  kolom: z.boolean().optional(),
  /** addresses of the conditional formats the add-in put on this block's column, taken away with the block */
  aturan: z.array(z.string()).optional(),
  /** cells the add-in filled in the user's own column: the number format each row had before, given back with the cell */
  formatAsal: z.array(z.string()).optional(),
});
export type OwnedRange = z.infer<typeof OwnedRange>;

export const StoredState = z.object({
  versi: z.literal(1),
  settings: Settings.partial().default(() => ({})),
  overrides: MappingOverrides.default(() => ({ tables: {}, joins: {} })),
  owned: z
    .object({
      sheets: z.array(z.string()).default(() => []),
      /** blocks on the user's sheets (the Capaian/Predikat columns) */
      ranges: z.array(OwnedRange).default(() => []),
      names: z.array(z.string()).default(() => []),
      charts: z.array(z.object({ sheet: z.string(), name: z.string() })).default(() => []),
      /** cells on the user's sheets holding a note the add-in wrote (a finding), to take away once the finding is gone */
      notes: z.array(z.object({ sheet: z.string(), cell: z.string() })).optional(),
      /** a finding's highlight (a conditional format) on a user's printed value, taken away once the finding is gone */
      sorotan: z.array(z.object({ sheet: z.string(), address: z.string() })).optional(),
    })
    .default(() => ({ sheets: [], ranges: [], names: [], charts: [] })),
});
export type StoredState = z.infer<typeof StoredState>;

export function emptyState(): StoredState {
  return StoredState.parse({ versi: 1 });
}

/** Reads the state sheet; a missing or damaged one gives an empty state (never a crash). */
export function readState(snapshot: WorkbookSnapshot): { state: StoredState; damaged: boolean } {
  const sheet = snapshot.sheets.find((s) => s.name === STATE_SHEET);
  if (!sheet) return { state: emptyState(), damaged: false };
  const text = stateText(sheet);
  if (!text) return { state: emptyState(), damaged: false };
  try {
    return { state: StoredState.parse(JSON.parse(text)), damaged: false };
  } catch {
    return { state: emptyState(), damaged: true };
  }
}

function stateText(sheet: SheetSnapshot): string {
  // A1 holds a marker; the JSON chunks follow in column A from row 2.
  let text = "";
  for (let r = 1; r < sheet.values.length; r++) {
    const v = sheet.values[r]?.[0];
    if (typeof v !== "string" || v === "") break;
    text += v;
  }
  return text;
}

/** The state sheet's column A: a marker line, then the JSON in chunks. */
export function stateCells(state: StoredState): PlanValue[][] {
  const json = JSON.stringify(state);
  const rows: PlanValue[][] = [["Capaian Kinerja: data pengaturan add-in (jangan diubah)"]];
  for (let i = 0; i < json.length; i += CHUNK) rows.push([json.slice(i, i + CHUNK)]);
  return rows;
}
