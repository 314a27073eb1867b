/**
 * The pane's state machine around the one pipeline: a dry run on open (to show the summary and
 * the stored settings), "Hitung Capaian" (writes the capaian/predikat columns), "Sisipkan Tabel 3.x"
 * (writes the chosen tables), and a dry run with the drafted corrections ("terapkan": a table the
 * user declared shows in the summary before anything is written), and "Hapus hasil" (takes away everything
 * the add-in wrote). Every failure ends in a visible
 * state, never a frozen pane.
 */
import {
  type Dispatch,
  type MutableRefObject,
  type SetStateAction,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import type { MappingOverrides, ReadResult } from "../engine/mapping";
import { defaultSettings, type Settings } from "../engine/settings";
import { runCapaian, type RunOutcome, type RunStep } from "../pipeline/run";
import type { WorkbookGateway } from "../pipeline/gateway";
import { hapusHasil, type HapusOutcome } from "../pipeline/hapus";

export type Action = "muat" | "hitung" | "sisipkan" | "terapkan" | "hapus";
export type TabelNomor = Settings["tabel"][number];

export interface OverridesDraft {
  tables: NonNullable<Partial<MappingOverrides>["tables"]>;
}

export interface CapaianState {
  busy: Action | null;
  step: RunStep | null;
  read: ReadResult | null;
  settings: Settings;
  overrides: OverridesDraft;
  /** the corrections the last writing run used (and stored in the workbook): no longer pending */
  overridesApplied: OverridesDraft;
  /** the latest outcome of a run the user asked for (not the opening dry run) */
  outcome: RunOutcome | null;
  lastAction: Action | null;
  error: { action: Action; error: unknown } | null;
  /** how the last "Hapus hasil" ended; cleared by the next run */
  hapusOutcome: HapusOutcome | null;
}

export interface CapaianApi extends CapaianState {
  setSettings(update: (s: Settings) => Settings): void;
  setOverrides(update: (o: OverridesDraft) => OverridesDraft): void;
  /** changes the draft and reads the workbook again with it (nothing is written, the settings stay) */
  applyOverrides(update: (o: OverridesDraft) => OverridesDraft): void;
  reload(): void;
  hitung(): void;
  sisipkan(tabel: TabelNomor[]): void;
  /** removes everything the add-in wrote, then reads the workbook again */
  hapus(): void;
  dismissError(): void;
}

export function overridesCount(o: OverridesDraft): number {
  let n = 0;
  for (const t of Object.values(o.tables)) {
    if (t.kind) n++;
    n += Object.keys(t.columns ?? {}).length;
  }
  return n;
}

/** Corrections of the draft that no writing run has used yet (the "N perbaikan akan dipakai" note). */
export function pendingOverrides(draft: OverridesDraft, applied: OverridesDraft): number {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const pending: OverridesDraft["tables"] = {};
  for (const [id, t] of Object.entries(draft.tables)) {
    const done = applied.tables[id];
    const columns = Object.fromEntries(
      Object.entries(t.columns ?? {}).filter(([col, c]) => !same(c, done?.columns?.[col])),
    );
    pending[id] = { ...(t.kind && t.kind !== done?.kind ? { kind: t.kind } : {}), columns };
  }
  return overridesCount({ tables: pending });
}

type SetState = Dispatch<SetStateAction<CapaianState>>;

interface Refs {
  /** the latest state, read when a run starts (a run uses what is on screen at that moment) */
  latest: MutableRefObject<CapaianState>;
  mounted: MutableRefObject<boolean>;
}

function initialState(): CapaianState {
  return {
    busy: "muat",
    step: null,
    read: null,
    settings: defaultSettings(),
    overrides: { tables: {} },
    overridesApplied: { tables: {} },
    outcome: null,
    lastAction: null,
    error: null,
    hapusOutcome: null,
  };
}

/** One pipeline run for an action: a dry run ("muat", "terapkan") or a writing one. */
function useRun(gateway: WorkbookGateway, { latest, mounted }: Refs, setState: SetState) {
  return useCallback(
    async (action: Action, tabel?: TabelNomor[]) => {
      const { settings, overrides } = latest.current;
      const dry = action === "muat" || action === "terapkan";
      // the re-read after a removal keeps its message on screen
      setState((s) => ({
        ...s,
        busy: action,
        step: null,
        error: null,
        hapusOutcome: action === "muat" ? s.hapusOutcome : null,
      }));
      try {
        const outcome = await runCapaian(gateway, {
          // tahun is always passed, so Otomatis (no tahun) drops a year an earlier run stored
          settings: action === "muat" ? undefined : { ...settings, tahun: settings.tahun },
          tabel: dry ? undefined : (tabel ?? []),
          overrides: action === "muat" ? undefined : { tables: overrides.tables },
          tulis: !dry,
          onProgress: (step) => {
            if (mounted.current) setState((s) => ({ ...s, step }));
          },
        });
        if (!mounted.current) return;
        setState((s) => ({
          ...s,
          busy: null,
          step: null,
          read: outcome.read ?? s.read,
          // The opening dry run brings the settings stored in the workbook by an earlier run.
          settings: action === "muat" && outcome.ok ? outcome.settings : s.settings,
          outcome: dry ? s.outcome : outcome,
          overridesApplied: !dry && outcome.ok ? { tables: overrides.tables } : s.overridesApplied,
          lastAction: dry ? s.lastAction : action,
        }));
      } catch (error) {
        if (!mounted.current) return;
        setState((s) => ({ ...s, busy: null, step: null, error: { action, error } }));
      }
    },
    [gateway, latest, mounted, setState],
  );
}

/** "Hapus hasil", then a fresh read of the workbook as it is now. */
function useHapus(
  gateway: WorkbookGateway,
  run: (action: Action) => Promise<void>,
  { mounted }: Refs,
  setState: SetState,
) {
  return useCallback(async () => {
    setState((s) => ({ ...s, busy: "hapus", step: null, error: null, hapusOutcome: null }));
    try {
      const outcome = await hapusHasil(gateway);
      if (!mounted.current) return;
      // what the pane showed of the last run is gone from the workbook: show the removal instead
      setState((s) => ({ ...s, busy: null, hapusOutcome: outcome, outcome: outcome.ok ? null : s.outcome }));
      if (outcome.ok && outcome.adaHasil) void run("muat");
    } catch (error) {
      if (mounted.current) setState((s) => ({ ...s, busy: null, error: { action: "hapus", error } }));
    }
  }, [gateway, run, mounted, setState]);
}

export function useCapaian(gateway: WorkbookGateway): CapaianApi {
  const [state, setState] = useState<CapaianState>(initialState);
  const latest = useRef(state);
  // kept current after every render, before any handler of that render can start a run
  useLayoutEffect(() => {
    latest.current = state;
  });
  const mounted = useRef(true);
  const refs: Refs = { latest, mounted };
  const run = useRun(gateway, refs, setState);
  const hapus = useHapus(gateway, run, refs, setState);

  useEffect(() => {
    mounted.current = true;
    // Let the pane paint first; the read starts right after.
    const t = setTimeout(() => void run("muat"), 0);
    return () => {
      mounted.current = false;
      clearTimeout(t);
    };
  }, [run]);

  return {
    ...state,
    setSettings: (update) => setState((s) => ({ ...s, settings: update(s.settings) })),
    setOverrides: (update) => setState((s) => ({ ...s, overrides: update(s.overrides) })),
    applyOverrides: (update) => {
      // The run reads the drafts from `latest` before React re-renders: put the new draft there first.
      const overrides = update(latest.current.overrides);
      latest.current = { ...latest.current, overrides };
      setState((s) => ({ ...s, overrides }));
      void run("terapkan");
    },
    reload: () => void run("muat"),
    hitung: () => void run("hitung"),
    sisipkan: (tabel) => void run("sisipkan", tabel),
    hapus: () => void hapus(),
    dismissError: () => setState((s) => ({ ...s, error: null })),
  };
}
