/**
 * The write plan of a run: Capaian/Predikat on the user's table, the Tabel 3.x sheets, notes on
 * findings and the stored state, as data. Nothing is planned when anything is in the way: the
 * refusals say which sheet or cell and what to do.
 */
import { rangeAddress } from "../address";
import type { ReadResult } from "../mapping";
import type { NameWrite, PlacedTable, PlanSheet, RangeWrite, Refusal, WritePlan } from "../plan";
import { emptyPlan } from "../plan";
import { resolveScale } from "../predikat";
import type { ComputeResult } from "../result";
import type { Settings } from "../settings";
import type { WorkbookSnapshot } from "../snapshot";
import { STATE_SHEET, stateCells, StoredState, type OwnedRange } from "../state";
import { TABLE_BUILDERS, wantedTables } from "../tables";
import { tableContext } from "../tables/context";
import { append } from "./append";
import { planInPlace } from "./inplace";
import { beyondLimits } from "./limits";
import { batasExcel, namaSheetDipakai, sheetTerproteksi, tidakAdaTabel } from "./messages";
import { allTemuan, buildNotes, staleNotes } from "./notes";
import {
  findSheet,
  hasContent,
  OwnedCells,
  refuseUserCells,
  sameName,
  sheetHasContent,
  toGrid,
} from "./ownership";
import { renderTable } from "./render";

export { renderTable, chartName } from "./render";
export { capaianRules, predikatRules, iconRule } from "./conditional";
export { LABEL as IN_PLACE_LABEL, pickTable, pickTables } from "./inplace";
export { NOTE_PREFIX } from "./notes";
export { MAX_COLS, MAX_ROWS } from "./limits";

export interface WritePlanInput {
  snapshot: WorkbookSnapshot;
  read: ReadResult;
  result: ComputeResult;
  settings: Settings;
  state: StoredState;
}

export type WritePlanOutcome =
  | { ok: true; plan: WritePlan; tables: PlacedTable[]; state: StoredState }
  | { ok: false; refusals: Refusal[] };

export const TABLE_TAB_COLOR = "#2F5597";
/** Stale cells of an earlier run are cleared cell by cell; a block this large is not a column the add-in wrote. */
const MAX_STALE_CELLS = 200_000;

export function tableSheetName(nomor: string): string {
  return `Tabel ${nomor}`;
}

export function tableRangeName(nomor: string): string {
  return `CapaianKinerja_Tabel_${nomor.replace(/\./g, "_")}`;
}

function unique<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Cells owned by the last run but not by this one: emptied, so the sheet shows only this run's output. */
function staleClears(
  snapshot: WorkbookSnapshot,
  before: OwnedRange[],
  now: OwnedCells,
  skip: (s: string) => boolean,
) {
  const writes: RangeWrite[] = [];
  for (const r of before) {
    const sheet = findSheet(snapshot, r.sheet);
    const g = toGrid(r.address);
    if (!sheet || !g || sheet.protected || skip(sheet.name) || g.rowCount * g.colCount > MAX_STALE_CELLS)
      continue;
    for (let c = g.col; c < g.col + g.colCount; c++) {
      let start = -1;
      for (let row = g.row; row <= g.row + g.rowCount; row++) {
        const stale = row < g.row + g.rowCount && !now.has(sheet.name, row, c) && hasContent(sheet, row, c);
        if (stale && start < 0) start = row;
        if (!stale && start >= 0) {
          const n = row - start;
          writes.push({
            sheet: sheet.name,
            address: rangeAddress(start, c, n, 1),
            values: Array.from({ length: n }, () => [null]),
          });
          start = -1;
        }
      }
    }
  }
  return unique(writes, (w) => `${w.sheet}!${w.address}`);
}

export function buildWritePlan(input: WritePlanInput): WritePlanOutcome {
  const { snapshot, read, result, settings, state } = input;
  const scale = resolveScale(settings.skala);
  const refusals: Refusal[] = [];

  // Each model is built right before it is rendered (below), not all up front: a 10,000-row
  // model is garbage once rendered, so only one is alive at a time.
  const nomors = wantedTables(settings);
  const generated = nomors.map((nomor) => tableSheetName(nomor));
  const previouslyOwned = state.owned.sheets;
  const isAddinSheet = (name: string) =>
    sameName(name, STATE_SHEET) ||
    generated.some((g) => sameName(g, name)) ||
    previouslyOwned.some((o) => sameName(o, name));

  const hasIndicatorTable = read.tables.some(
    (t) => (t.kind === "realisasi" || t.kind === "pk") && !isAddinSheet(t.sheet),
  );
  if (!hasIndicatorTable && read.indicators.length === 0 && result.indikator.length === 0) {
    return { ok: false, refusals: [tidakAdaTabel()] };
  }

  // the generated sheets and the state sheet: created, or reused when the add-in owns them
  const planSheets: PlanSheet[] = [];
  for (const name of [...generated, STATE_SHEET]) {
    const existing = findSheet(snapshot, name);
    const isState = name === STATE_SHEET;
    if (existing) {
      const owns =
        isState || previouslyOwned.some((o) => sameName(o, existing.name)) || !sheetHasContent(existing);
      if (!owns) refusals.push(namaSheetDipakai(existing.name));
      else if (existing.protected) refusals.push(sheetTerproteksi(existing.name));
    }
    const sheet: PlanSheet = { name: existing?.name ?? name, create: !existing, clear: true };
    if (isState) sheet.visibility = "veryHidden";
    else sheet.tabColor = TABLE_TAB_COLOR;
    planSheets.push(sheet);
  }
  const sheetName = (name: string) => planSheets.find((s) => sameName(s.name, name))?.name ?? name;

  // the user's table
  const ownedBefore = new OwnedCells(state.owned.ranges);
  const ctx = tableContext(result, settings, scale);
  const inPlace = planInPlace({
    snapshot,
    read,
    indikator: ctx.indikator,
    tahun: result.tahun,
    settings,
    scale,
    owned: ownedBefore,
    isAddinSheet,
  });
  append(refusals, inPlace.refusals);
  const ownedNow = new OwnedCells(inPlace.owned);
  const clears = staleClears(snapshot, state.owned.ranges, ownedNow, isAddinSheet);

  // the tables
  const plan = emptyPlan();
  const tables: PlacedTable[] = [];
  const names: NameWrite[] = [];
  const charts: { sheet: string; name: string }[] = [];
  const userWrites = [...clears, ...inPlace.ranges];
  // every write of the plan in its order (the user's sheets, the tables, the state last), gathered
  // in one list as the tables are rendered: no further copy of some 200,000 writes
  const planRanges: RangeWrite[] = [...userWrites];
  nomors.forEach((nomor) => {
    const model = TABLE_BUILDERS[nomor](ctx);
    const sheet = sheetName(tableSheetName(model.nomor));
    const r = renderTable(model, sheet);
    append(planRanges, r.ranges);
    append(plan.merges, r.merges);
    append(plan.charts, r.charts);
    append(
      charts,
      r.charts.map((c) => ({ sheet: c.sheet, name: c.name })),
    );
    const ps = planSheets.find((s) => s.name === sheet);
    if (ps) {
      ps.columnWidths = r.columnWidths;
      ps.freeze = r.freeze;
    }
    tables.push({ nomor: model.nomor, judul: model.judul, sheet, rentang: r.rentang });
    const name = tableRangeName(model.nomor);
    const taken = Object.keys(snapshot.names).some((n) => sameName(n, name));
    if (!taken || state.owned.names.some((n) => sameName(n, name)))
      names.push({ name, sheet, address: r.rentang });
  });

  append(refusals, refuseUserCells(snapshot, userWrites, ownedBefore, isAddinSheet));

  const notes = buildNotes(snapshot, allTemuan(read.temuan, result.temuan), settings.bahasa, isAddinSheet);
  const stale = staleNotes(snapshot, state.owned.notes ?? [], notes, isAddinSheet);

  // nothing may reach past the grid (each list in turn: no joined copy of some 200,000 writes)
  for (const list of [planRanges, plan.merges])
    for (let i = 0; i < list.length; i++) {
      const w = list[i]!;
      const beyond = beyondLimits(w.address);
      if (beyond) refusals.push(batasExcel(w.sheet, beyond));
    }

  if (refusals.length > 0) {
    return { ok: false, refusals: unique(refusals, (r) => `${r.kode}|${r.sheet}|${r.cell ?? ""}`) };
  }

  const stillThere = (name: string) =>
    !!findSheet(snapshot, name) || planSheets.some((s) => sameName(s.name, name));
  const ownedSheets = unique([...planSheets.map((s) => s.name), ...previouslyOwned.filter(stillThere)], (s) =>
    s.toLocaleLowerCase(),
  );
  const cleared = (sheet: string) => planSheets.some((s) => s.clear && sameName(s.name, sheet));
  // parsed as readState will parse it, so a second run reads back exactly the state returned here
  const newState: StoredState = StoredState.parse({
    ...state,
    owned: {
      sheets: ownedSheets,
      ranges: unique(inPlace.owned, (r) => `${r.sheet}!${r.address}`),
      names: unique(
        [
          ...names.map((n) => n.name),
          ...state.owned.names.filter((n) => Object.keys(snapshot.names).some((k) => sameName(k, n))),
        ],
        (n) => n.toLocaleLowerCase(),
      ),
      charts: unique(
        [...charts, ...state.owned.charts.filter((c) => stillThere(c.sheet) && !cleared(c.sheet))],
        (c) => `${c.sheet.toLocaleLowerCase()}|${c.name}`,
      ),
      notes: [...notes.map((n) => ({ sheet: n.sheet, cell: n.cell })), ...stale.kept],
    },
  });

  const stateValues = stateCells(newState);
  const stateWrite: RangeWrite = {
    sheet: sheetName(STATE_SHEET),
    address: rangeAddress(0, 0, stateValues.length, 1),
    values: stateValues,
    numberFormats: stateValues.map(() => ["@"]),
  };

  const userSheetEntry: PlanSheet[] = inPlace.sheets.map((s) => ({
    name: s.name,
    create: false,
    clear: false,
    columnWidths: s.columnWidths,
  }));
  plan.sheets = [...userSheetEntry, ...planSheets];
  planRanges.push(stateWrite);
  plan.ranges = planRanges;
  plan.merges = append([...inPlace.merges], plan.merges);
  plan.conditionalFormats = inPlace.conditionalFormats;
  plan.notes = [...stale.removals, ...notes];
  plan.names = names;
  blankNonFinite(plan.ranges);
  return { ok: true, plan, tables, state: newState };
}

/**
 * Last line of defence: Excel cannot hold NaN or ±Infinity and the Office.js adapter refuses a plan
 * with one, so any that slipped through a table model becomes an empty cell here, in place.
 */
function blankNonFinite(ranges: WritePlan["ranges"]): void {
  // indexed loops: this runs once per plan over every cell, mostly before it is optimised
  for (let i = 0; i < ranges.length; i++) {
    const values = ranges[i]!.values;
    if (!values) continue;
    for (let r = 0; r < values.length; r++) {
      const row = values[r]!;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === "number" && !Number.isFinite(v)) row[c] = null;
      }
    }
  }
}
