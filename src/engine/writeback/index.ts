/**
 * The write plan of a run: Capaian/Predikat on the user's tables of the reporting year, the Tabel 3.x
 * sheets that have data for it, notes on findings and the stored state, as data. What an earlier run
 * wrote and this one does not is taken away. Nothing is planned when anything is in the way: the
 * refusals say which sheet or cell and what to do.
 */
import { rangeAddress } from "../address";
import type { ReadResult } from "../mapping";
import type { Pesan, Temuan } from "../model";
import type {
  ConditionalFormatWrite,
  GrafikDilewati,
  NoteWrite,
  PlacedTable,
  PlanSheet,
  RangeWrite,
  Refusal,
  TabelDilewati,
  WritePlan,
} from "../plan";
import { emptyPlan } from "../plan";
import { resolveScale } from "../predikat";
import type { ComputeResult } from "../result";
import type { Settings, TabelNomor } from "../settings";
import type { WorkbookSnapshot } from "../snapshot";
import { generatedSheetNames } from "./sheet-names";
import { STATE_SHEET, stateCells, StoredState, type OwnedRange } from "../state";
import { wantedTables } from "../tables";
import { tableContext, type TableContext } from "../tables/context";
import { namaOpd } from "../tables/opd";
import { append } from "./append";
import { blankNonFinite } from "./body-writes";
import {
  chooseTables,
  generatedSheets,
  renderTables,
  type RenderedTables,
  type TableChoice,
  tableSheetName,
} from "./generated";
import { planInPlace, type InPlaceOutcome } from "./inplace";
import { beyondLimits } from "./limits";
import { batasExcel, tidakAdaTabel } from "./messages";
import { allTemuan, buildNotes, staleNotes } from "./notes";
import { findSheet, OwnedCells, refuseUserCells, sameName } from "./ownership";
import { highlightsOf, type SelSorotan, staleHighlights } from "./sorotan";
import { formatsAsal, recordOwned, staleWrites, type StaleOutcome } from "./stale";
import { placeTemuanSheet, temuanSheetName } from "./temuan-sheet";

export { renderTable, chartName } from "./render";
export { capaianRules, predikatRules, iconRule } from "./conditional";
export { LABEL as IN_PLACE_LABEL } from "./inplace";
export { pickTable, pickTables } from "./pick";
export { NOTE_PREFIX } from "./notes";
export { MAX_COLS, MAX_ROWS } from "./limits";
export { TABLE_TAB_COLOR, tableRangeName, tableSheetName } from "./generated";

export interface WritePlanInput {
  snapshot: WorkbookSnapshot;
  read: ReadResult;
  result: ComputeResult;
  settings: Settings;
  state: StoredState;
}

export type WritePlanOutcome =
  | {
      ok: true;
      plan: WritePlan;
      tables: PlacedTable[];
      dilewati: TabelDilewati[];
      state: StoredState;
      /** charts of written tables left out as too crowded to read on the printed page, with their codes */
      grafikDilewati: GrafikDilewati[];
      /**
       * what the plan leaves out and the run's report tells (the pipeline adds it to the host's
       * skipped list): findings not attached as notes, their cells holding the user's own notes,
       * and the charts in `grafikDilewati`
       */
      tidakDipasang: Pesan[];
    }
  | { ok: false; refusals: Refusal[] };

function unique<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

interface UserSide {
  inPlace: InPlaceOutcome;
  stale: StaleOutcome;
  /** this run's blocks on the user's sheets, with what a later run needs to take them away */
  owned: OwnedRange[];
  ownedBefore: OwnedCells;
  /** restores of stale cells, then this run's Capaian/Predikat */
  writes: RangeWrite[];
}

/** The user's tables: this year's Capaian/Predikat, and what an earlier run wrote there and this one does not. */
function userSide(
  input: WritePlanInput,
  ctx: TableContext,
  isAddinSheet: (name: string) => boolean,
  temuan: Temuan[],
): UserSide {
  const { snapshot, read, result, settings, state } = input;
  const ownedBefore = new OwnedCells(state.owned.ranges);
  const inPlace = planInPlace({
    snapshot,
    read,
    indikator: ctx.indikator,
    tahun: result.tahun,
    settings,
    scale: ctx.scale,
    owned: ownedBefore,
    isAddinSheet,
    temuan,
  });
  const rulesNow = new Set(inPlace.conditionalFormats.map((cf) => `${cf.sheet}|${cf.address}`));
  const stale = staleWrites(
    snapshot,
    state.owned.ranges,
    new OwnedCells(inPlace.owned),
    rulesNow,
    isAddinSheet,
  );
  const owned = recordOwned(
    unique(inPlace.owned, (r) => `${r.sheet}!${r.address}`),
    inPlace.conditionalFormats,
    snapshot,
    formatsAsal(state.owned.ranges),
  );
  return { inPlace, stale, owned, ownedBefore, writes: [...stale.restores, ...inPlace.ranges] };
}

/** Every write must stay inside Excel's grid (each list in turn: no joined copy of some 200,000 writes). */
function refuseBeyondGrid(
  lists: ReadonlyArray<ReadonlyArray<{ sheet: string; address: string }>>,
  out: Refusal[],
) {
  for (const list of lists)
    for (let i = 0; i < list.length; i++) {
      const w = list[i]!;
      const beyond = beyondLimits(w.address);
      if (beyond) out.push(batasExcel(w.sheet, beyond));
    }
}

interface StateParts {
  planSheets: PlanSheet[];
  rendered: RenderedTables;
  owned: OwnedRange[];
  notes: { sheet: string; cell: string }[];
  sorotan: SelSorotan[];
}

/** The state this run leaves, parsed as readState will parse it, so a second run reads back exactly this. */
function nextState(input: WritePlanInput, parts: StateParts): StoredState {
  const { snapshot, state } = input;
  const { planSheets, rendered } = parts;
  const stillThere = (name: string) =>
    !!findSheet(snapshot, name) || planSheets.some((s) => sameName(s.name, name));
  const cleared = (sheet: string) => planSheets.some((s) => s.clear && sameName(s.name, sheet));
  const ownedSheets = unique(
    [...planSheets.map((s) => s.name), ...state.owned.sheets.filter(stillThere)],
    (s) => s.toLocaleLowerCase(),
  );
  return StoredState.parse({
    ...state,
    owned: {
      sheets: ownedSheets,
      ranges: parts.owned,
      names: unique(
        [
          ...rendered.names.map((n) => n.name),
          ...state.owned.names.filter((n) => Object.keys(snapshot.names).some((k) => sameName(k, n))),
        ],
        (n) => n.toLocaleLowerCase(),
      ),
      charts: unique(
        [
          ...rendered.charts.map((c) => ({ sheet: c.sheet, name: c.name })),
          ...state.owned.charts.filter((c) => stillThere(c.sheet) && !cleared(c.sheet)),
        ],
        (c) => `${c.sheet.toLocaleLowerCase()}|${c.name}`,
      ),
      notes: parts.notes,
      ...(parts.sorotan.length > 0 ? { sorotan: parts.sorotan } : {}),
    },
  });
}

/** Which sheets are the add-in's: where this run's tables, findings and state go, and what it owned before. */
interface AddinSheets {
  ctx: TableContext;
  wanted: TabelNomor[];
  previouslyOwned: string[];
  sheetNames: ReadonlyMap<string, string>;
  temuanSheet: string | null;
  isAddinSheet: (name: string) => boolean;
}

function addinSheets(input: WritePlanInput): AddinSheets {
  const { snapshot, result, settings, state } = input;
  const ctx = tableContext(result, settings, resolveScale(settings.skala), namaOpd(snapshot, settings));
  const previouslyOwned = state.owned.sheets;
  const wanted = wantedTables(settings);
  // "Tabel 3.1", or beside the agency's own sheet of that name
  const sheetNames = generatedSheetNames(wanted, snapshot, previouslyOwned);
  const temuanSheet = temuanSheetName(settings, snapshot, previouslyOwned);
  const isAddinSheet = (name: string) =>
    sameName(name, STATE_SHEET) ||
    sameName(name, temuanSheet ?? STATE_SHEET) ||
    wanted.some((n) => sameName(sheetNames.get(n) ?? tableSheetName(n), name)) ||
    previouslyOwned.some((o) => sameName(o, name));
  return { ctx, wanted, previouslyOwned, sheetNames, temuanSheet, isAddinSheet };
}

/** A workbook with no indicator table of the user's, nothing read and nothing computed has nothing to write. */
function nothingToWrite(input: WritePlanInput, sheets: AddinSheets): boolean {
  const { read, result } = input;
  const hasIndicatorTable = read.tables.some(
    (t) => (t.kind === "realisasi" || t.kind === "pk") && !sheets.isAddinSheet(t.sheet),
  );
  return !hasIndicatorTable && read.indicators.length === 0 && result.indikator.length === 0;
}

interface Drafted {
  choice: TableChoice;
  planSheets: PlanSheet[];
  user: UserSide;
  /** every write of the plan in its order so far (the user's sheets, then the tables) */
  planRanges: RangeWrite[];
  rendered: RenderedTables;
  temuan: Temuan[];
}

/** The user's sheets, the tables and the findings sheet, their refusals gathered into `refusals`. */
function draftWrites(input: WritePlanInput, sheets: AddinSheets, refusals: Refusal[]): Drafted {
  const { snapshot, read, result, settings, state } = input;
  const { ctx, wanted, previouslyOwned, temuanSheet, isAddinSheet } = sheets;
  const choice = chooseTables(ctx, settings, read, snapshot, previouslyOwned, sheets.sheetNames);
  const onSheets = new Set<string>([...choice.ditulis, ...choice.dikosongkan]);
  const generated = wanted.filter((n) => onSheets.has(n)).map((n) => choice.sheets.get(n)!);
  if (temuanSheet) generated.push(temuanSheet);
  const planSheets = generatedSheets(snapshot, generated, previouslyOwned, refusals);
  // once per plan: the in-place writes, the Temuan sheet and the notes all go over the same findings
  const temuan = allTemuan(read.temuan, result.temuan);
  const user = userSide(input, ctx, isAddinSheet, temuan);
  append(refusals, user.inPlace.refusals);
  // every write of the plan in its order (the user's sheets, the tables, the state last), gathered
  // in one list as the tables are rendered: no further copy of some 200,000 writes
  const planRanges: RangeWrite[] = [...user.writes];
  const rendered = renderTables(ctx, choice, planSheets, snapshot, state, planRanges);
  const temuanInput = { temuan, snapshot, settings, tahun: result.tahun, opd: ctx.opd };
  placeTemuanSheet(temuanSheet, planSheets, temuanInput, planRanges, rendered.merges);
  append(refusals, refuseUserCells(snapshot, user.writes, user.ownedBefore, isAddinSheet));
  return { choice, planSheets, user, planRanges, rendered, temuan };
}

interface Marks {
  notes: NoteWrite[];
  tidakDipasang: Pesan[];
  staleNotes: { removals: NoteWrite[]; kept: { sheet: string; cell: string }[] };
  sorotan: { removals: ConditionalFormatWrite[]; kept: SelSorotan[] };
}

/** The notes on findings and the highlights of this run, and those of an earlier run it takes away. */
function planMarks(input: WritePlanInput, sheets: AddinSheets, draft: Drafted): Marks {
  const { snapshot, settings, state } = input;
  const { notes, tidakDipasang } = buildNotes(
    snapshot,
    draft.temuan,
    settings.bahasa,
    sheets.isAddinSheet,
    state.owned.notes ?? [],
  );
  const stale = staleNotes(snapshot, state.owned.notes ?? [], notes, sheets.isAddinSheet);
  const sorotan = staleHighlights(snapshot, state.owned.sorotan ?? [], draft.user.inPlace.conditionalFormats);
  return { notes, tidakDipasang, staleNotes: stale, sorotan };
}

/** The state this run leaves, written last, on the state sheet, as text. */
function writeState(input: WritePlanInput, draft: Drafted, marks: Marks): StoredState {
  const { planSheets, rendered, user, planRanges } = draft;
  const newState = nextState(input, {
    planSheets,
    rendered,
    owned: user.owned,
    notes: [...marks.notes.map((n) => ({ sheet: n.sheet, cell: n.cell })), ...marks.staleNotes.kept],
    sorotan: [...highlightsOf(user.inPlace.conditionalFormats), ...marks.sorotan.kept],
  });
  const stateValues = stateCells(newState);
  planRanges.push({
    sheet: planSheets.find((s) => sameName(s.name, STATE_SHEET))?.name ?? STATE_SHEET,
    address: rangeAddress(0, 0, stateValues.length, 1),
    values: stateValues,
    numberFormats: stateValues.map(() => ["@"]),
  });
  return newState;
}

function assemblePlan(draft: Drafted, marks: Marks): WritePlan {
  const { user, planSheets, planRanges, rendered } = draft;
  const plan = emptyPlan();
  plan.sheets = [
    ...user.inPlace.sheets.map((s) => ({
      name: s.name,
      create: false,
      clear: false,
      columnWidths: s.columnWidths,
    })),
    ...planSheets,
  ];
  plan.removals = user.stale.removals;
  plan.ranges = planRanges;
  plan.merges = append([...user.inPlace.merges], rendered.merges);
  const rules: ConditionalFormatWrite[] = [
    ...user.stale.rules,
    ...marks.sorotan.removals,
    ...user.inPlace.conditionalFormats,
  ];
  plan.conditionalFormats = rules;
  plan.notes = [...marks.staleNotes.removals, ...marks.notes];
  plan.charts = rendered.charts;
  plan.names = rendered.names;
  blankNonFinite(plan.ranges);
  return plan;
}

export function buildWritePlan(input: WritePlanInput): WritePlanOutcome {
  const sheets = addinSheets(input);
  if (nothingToWrite(input, sheets)) return { ok: false, refusals: [tidakAdaTabel()] };
  const refusals: Refusal[] = [];
  const draft = draftWrites(input, sheets, refusals);
  const marks = planMarks(input, sheets, draft);
  const { planRanges, rendered, user } = draft;
  refuseBeyondGrid([planRanges, rendered.merges, user.inPlace.merges], refusals);
  if (refusals.length > 0) {
    return { ok: false, refusals: unique(refusals, (r) => `${r.kode}|${r.sheet}|${r.cell ?? ""}`) };
  }
  const state = writeState(input, draft, marks);
  return {
    ok: true,
    plan: assemblePlan(draft, marks),
    tables: rendered.tables,
    dilewati: draft.choice.dilewati,
    state,
    grafikDilewati: rendered.grafikDilewati,
    tidakDipasang: [...marks.tidakDipasang, ...rendered.grafikDilewati.map((g) => g.pesan)],
  };
}
