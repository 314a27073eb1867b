/**
 * The one pipeline every shell uses (task pane, ribbon, command line):
 * read → map → compute → plan → apply. Shells pass a gateway and show the outcome.
 */
import { compute } from "../engine/compute";
import { MappingOverrides, type ReadResult } from "../engine/mapping";
import type {
  ApplyReport,
  GrafikDilewati,
  PlacedTable,
  Refusal,
  TabelDilewati,
  WritePlan,
} from "../engine/plan";
import type { ComputeResult } from "../engine/result";
import { Settings, type SettingsInput } from "../engine/settings";
import type { WorkbookSnapshot } from "../engine/snapshot";
import { readState, type StoredState } from "../engine/state";
import { namaOpd } from "../engine/tables/opd";
import { tahunTersedia, tahunTidakAda } from "../engine/tahun";
import { buildWritePlan } from "../engine/writeback";
import { tidakAdaTabel } from "../engine/writeback/messages";
import { readWorkbook } from "../reader";
import { isApplyRefusedError, type WorkbookGateway } from "./gateway";

export type RunStep = "baca" | "petakan" | "hitung" | "rencana" | "tulis";

export interface RunOptions {
  /**
   * settings chosen now; they override the ones stored in the workbook and are stored by the run.
   * A `tahun` key set to undefined is Otomatis: the stored year is dropped, and none is stored.
   */
  settings?: SettingsInput;
  /** mapping corrections chosen now; merged over the stored ones */
  overrides?: Partial<MappingOverrides>;
  /** the Tabel 3.x to write in this run only (not stored): [] writes just the Capaian/Predikat columns */
  tabel?: Settings["tabel"];
  /** false: compute and plan only (a dry run), write nothing */
  tulis?: boolean;
  /**
   * settings that need what was read (the command line's --polaritas names indicators by their text):
   * called once the indicators are known, merged over `settings` per indicator, and stored like them.
   * It may throw to stop the run before anything is computed or written.
   */
  settingsAfterRead?: (read: ReadResult) => SettingsInput;
  onProgress?: (step: RunStep) => void;
}

export type RunOutcome =
  | {
      ok: true;
      read: ReadResult;
      result: ComputeResult;
      plan: WritePlan;
      report: ApplyReport | null;
      tables: PlacedTable[];
      /** the Tabel 3.x asked for and not written: no data for the reporting year */
      tabelDilewati: TabelDilewati[];
      /** the charts of written tables left out, too dense to read on a printed page */
      grafikDilewati: GrafikDilewati[];
      settings: Settings;
      state: StoredState;
      /** the agency's name the tables are titled with (the setting, or the workbook's title rows); null: unknown */
      opd: string | null;
    }
  | {
      ok: false;
      refusals: Refusal[];
      read: ReadResult | null;
      result: ComputeResult | null;
    };

/** Per-indicator choices made once the indicators are known go over the chosen ones, indicator by indicator. */
function withRead(chosen: SettingsInput, more: SettingsInput | undefined): SettingsInput {
  if (!more) return chosen;
  const out: SettingsInput = { ...chosen, ...more };
  if (more.polaritas) out.polaritas = { ...chosen.polaritas, ...more.polaritas };
  if (more.agregasiTriwulanPer)
    out.agregasiTriwulanPer = { ...chosen.agregasiTriwulanPer, ...more.agregasiTriwulanPer };
  return out;
}

type Prepared =
  | { ok: false; outcome: Extract<RunOutcome, { ok: false }> }
  | {
      ok: true;
      read: ReadResult;
      result: ComputeResult;
      settings: Settings;
      planned: Extract<ReturnType<typeof buildWritePlan>, { ok: true }>;
      opd: string | null;
    };

/**
 * Everything before the write, from the snapshot. The snapshot is used only here: once the plan
 * exists nothing refers to it, so a 100,000-row workbook's grids are not carried through the write.
 */
function prepare(
  snapshot: WorkbookSnapshot,
  options: RunOptions,
  progress: (step: RunStep) => void,
): Prepared {
  const stored = readState(snapshot).state;
  // Choices made now win over the stored ones, and are stored by this run.
  const overrides = MappingOverrides.parse({
    tables: { ...stored.overrides.tables, ...options.overrides?.tables },
    joins: { ...stored.overrides.joins, ...options.overrides?.joins },
  });

  progress("petakan");
  const read = readWorkbook(snapshot, overrides, { owned: stored.owned });
  if (read.indicators.length === 0)
    return { ok: false, outcome: { ok: false, refusals: [tidakAdaTabel()], read, result: null } };
  const chosen = withRead({ ...stored.settings, ...options.settings }, options.settingsAfterRead?.(read));
  const settings = Settings.parse(options.tabel ? { ...chosen, tabel: options.tabel } : chosen);
  // A year no table holds is refused before anything is computed or written.
  if (settings.tahun !== undefined) {
    const years = tahunTersedia(read.indicators);
    if (!years.includes(settings.tahun)) {
      const refusals = [tahunTidakAda(settings.tahun, years)];
      return { ok: false, outcome: { ok: false, refusals, read, result: null } };
    }
  }

  progress("hitung");
  const result = compute(read, settings);

  progress("rencana");
  const planned = buildWritePlan({
    snapshot,
    read,
    result,
    settings,
    state: { ...stored, settings: Settings.partial().parse(chosen), overrides },
  });
  if (!planned.ok) return { ok: false, outcome: { ok: false, refusals: planned.refusals, read, result } };
  return { ok: true, read, result, settings, planned, opd: namaOpd(snapshot, settings) };
}

export async function runCapaian(gateway: WorkbookGateway, options: RunOptions = {}): Promise<RunOutcome> {
  const progress = options.onProgress ?? (() => undefined);

  progress("baca");
  const prepared = prepare(await gateway.read(), options, progress);
  if (!prepared.ok) return prepared.outcome;
  const { read, result, planned } = prepared;

  let report: ApplyReport | null = null;
  if (options.tulis !== false) {
    progress("tulis");
    try {
      report = await gateway.apply(planned.plan);
      // findings left off cells holding the user's own notes are told with what the host skipped
      report = { ...report, skipped: [...planned.tidakDipasang, ...report.skipped] };
    } catch (e) {
      // The host refused before writing anything (a protected sheet, a user's formula in the way).
      if (isApplyRefusedError(e)) return { ok: false, refusals: e.refusals, read, result };
      throw e;
    }
  }
  return {
    ok: true,
    read,
    result,
    plan: planned.plan,
    report,
    tables: planned.tables,
    tabelDilewati: planned.dilewati,
    grafikDilewati: planned.grafikDilewati,
    settings: prepared.settings,
    state: planned.state,
    opd: prepared.opd,
  };
}
