/**
 * FakeExcel: a workbook plus the batch semantics of Office.js. Loads and writes are queued and
 * run at sync; an injected failure or an oversized request rejects the sync before anything of
 * its batch runs. A command that fails in the middle of a batch leaves the commands before it
 * applied, as Excel does (Office.js batches are not transactions).
 */
import { parseAddress, rangeAddress } from "../../engine/address";
import type { CellValue, GridRange, SheetSnapshot, WorkbookSnapshot } from "../../engine/snapshot";
import { REQUEST_LIMIT_BYTES } from "../payload";
import type { ExcelRun } from "../types";
import { FakeRequestContext, type FakeHost, type QueuedOp } from "./base";
import { formatOf, formulaOf, readGrid, valueOf } from "./cells";
import { FakeOfficeError } from "./errors";
import {
  ensureCell,
  getCell,
  newSheet,
  usedBlock,
  type FakeCellStyle,
  type FakeCfRule,
  type FakeChart,
  type FakeSheetState,
  type FakeVisibility,
  type FakeWorkbookState,
} from "./state";
import { absoluteReference, FakeWorkbookObj } from "./workbook";
import { beforeCommand, beginSync, endSync, setLimits, type FakeLimitOptions } from "./limits";

export { REQUEST_LIMIT_BYTES };

export interface FakeExcelOptions extends FakeLimitOptions {
  /** highest ExcelApi 1.x the fake supports, e.g. "1.12"; default "1.18" */
  apiVersion?: string;
  maxRequestBytes?: number;
  /** false: using a null object in the same batch fails the sync (InvalidObjectPath) */
  nullPropagation?: boolean;
}

export interface FakeStats {
  syncs: number;
  /** syncs that carried at least one change */
  writeSyncs: number;
  failedSyncs: number;
  /** request size of each sync, in order */
  requestBytes: number[];
  /** 1-based numbers of the syncs that carried a change (a test fails the first write by it) */
  writeAt: number[];
}

export interface FakeCellView {
  value: CellValue;
  formula?: string;
  /** the value is an Excel error value, not text */
  error?: true;
  numberFormat: string;
  style: FakeCellStyle;
}

export interface FakeCfView extends Omit<FakeCfRule, "range" | "id"> {
  address: string;
}

function minorOf(version: string | undefined): number {
  const m = /^1\.(\d+)$/.exec(version ?? "");
  if (!m) throw new Error(`Not an ExcelApi version: ${version}`);
  return Number(m[1]);
}

const VIS_IN: Record<SheetSnapshot["visibility"], FakeVisibility> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};
const VIS_OUT: Record<FakeVisibility, SheetSnapshot["visibility"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

export class FakeExcel implements FakeHost {
  readonly state: FakeWorkbookState;
  readonly apiMinor: number;
  readonly nullPropagation: boolean;
  readonly maxRequestBytes: number;
  readonly stats: FakeStats = { syncs: 0, writeSyncs: 0, failedSyncs: 0, requestBytes: [], writeAt: [] };
  private failAt = new Set<number>();

  constructor(options: FakeExcelOptions = {}, state?: FakeWorkbookState) {
    this.apiMinor = minorOf(options.apiVersion ?? "1.18");
    this.nullPropagation = options.nullPropagation ?? true;
    this.maxRequestBytes = options.maxRequestBytes ?? REQUEST_LIMIT_BYTES;
    this.state = state ?? {
      sheets: [newSheet("Sheet1")],
      names: new Map(),
      nextId: 1,
      calculationSuspensions: 0,
    };
    setLimits(this.state, options);
  }

  /** Same shape as Excel.run: pass it wherever production passes Excel.run. */
  readonly run: ExcelRun = async (batch) => {
    const ctx = new FakeRequestContext(this);
    ctx.workbook = new FakeWorkbookObj(ctx);
    // The fake context stands in for Excel.RequestContext; only the modelled members exist.
    const result = await batch(ctx as unknown as Excel.RequestContext);
    // Excel.run sends whatever is still queued when the batch function returns.
    if (ctx._ops.length) await ctx.sync();
    return result;
  };

  /** Office.context.requirements.isSetSupported for this fake's ExcelApi level. */
  readonly isSetSupported = (name: string, version?: string): boolean => {
    if (name !== "ExcelApi") return false;
    return minorOf(version ?? "1.1") <= this.apiMinor;
  };

  /** The n-th sync from now rejects with GeneralException and applies nothing of its batch. */
  failSync(n = 1): void {
    this.failAt.add(this.stats.syncs + n);
  }

  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.writeSyncs = 0;
    this.stats.failedSyncs = 0;
    this.stats.requestBytes = [];
    this.stats.writeAt = [];
    this.failAt.clear();
  }

  async runSync(ops: QueuedOp[]): Promise<void> {
    this.stats.syncs += 1;
    const index = this.stats.syncs;
    const bytes = ops.reduce((n, op) => n + op.bytes + 1, 2);
    this.stats.requestBytes.push(bytes);
    if (ops.some((op) => op.kind === "write")) {
      this.stats.writeSyncs += 1;
      this.stats.writeAt.push(index);
    }
    await Promise.resolve();
    if (this.failAt.has(index)) {
      this.failAt.delete(index);
      this.stats.failedSyncs += 1;
      throw new FakeOfficeError("GeneralException", "The sync failed (injected by the test).");
    }
    if (bytes > this.maxRequestBytes) {
      this.stats.failedSyncs += 1;
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit (${this.maxRequestBytes}).`,
      );
    }
    const commits: (() => void)[] = [];
    beginSync(this.state);
    try {
      for (const op of ops) {
        if (op.kind === "write") beforeCommand(this.state);
        op.exec(this.state, commits);
      }
    } catch (e) {
      this.stats.failedSyncs += 1;
      throw e;
    }
    endSync(this.state);
    for (const commit of commits) commit();
  }

  // ---- inspection -------------------------------------------------------------------------

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  sheet(name: string): FakeSheetState {
    const s = this.state.sheets.find((o) => o.name === name);
    if (!s) throw new Error(`No sheet '${name}' in the fake workbook`);
    return s;
  }

  cell(sheet: string, address: string): FakeCellView {
    const { row, col } = parseAddress(address);
    const c = getCell(this.sheet(sheet), row, col);
    if (!c) return { value: "", numberFormat: "General", style: {} };
    return {
      value: c.value,
      ...(c.formula !== undefined ? { formula: c.formula } : {}),
      ...(c.error ? { error: true as const } : {}),
      numberFormat: c.numberFormat,
      style: JSON.parse(JSON.stringify(c.style)) as FakeCellStyle,
    };
  }

  /** Rules in priority order (first = highest). */
  conditionalFormats(sheet: string): FakeCfView[] {
    return [...this.sheet(sheet).cf]
      .sort((a, b) => a.priority - b.priority)
      .map(({ range, id: _id, ...rest }) => ({
        ...JSON.parse(JSON.stringify(rest)),
        address: rangeOf(range),
      }));
  }

  charts(sheet: string): FakeChart[] {
    return this.sheet(sheet).charts.map((c) => ({ ...c }));
  }

  notes(sheet: string): Record<string, string> {
    return Object.fromEntries(this.sheet(sheet).notes);
  }

  merges(sheet: string): string[] {
    return this.sheet(sheet).merges.map(rangeOf).sort();
  }

  /** Column width in points, undefined when never set. */
  columnWidth(sheet: string, col: number): number | undefined {
    return this.sheet(sheet).columnWidths.get(col);
  }

  names(): Record<string, string> {
    return Object.fromEntries(this.state.names);
  }

  selection(): { sheet: string; address: string } | undefined {
    return this.state.selection;
  }

  calculationSuspensions(): number {
    return this.state.calculationSuspensions;
  }

  /** The whole document as deterministic JSON, to compare two states. */
  dump(): string {
    return JSON.stringify({
      sheets: this.state.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        cells: [...s.cells.values()]
          .sort((a, b) => a.row - b.row || a.col - b.col)
          .map((c) => [
            c.row,
            c.col,
            c.value,
            c.formula ?? null,
            c.numberFormat,
            c.style,
            ...(c.hyperlink ? [c.hyperlink] : []),
          ]),
        merges: this.merges(s.name),
        columnWidths: [...s.columnWidths].sort((a, b) => a[0] - b[0]),
        cf: this.conditionalFormats(s.name),
        notes: [...s.notes].sort(),
        charts: s.charts.map(({ id: _id, ...c }) => c),
        freeze: s.freeze ?? null,
        tabColor: s.tabColor ?? null,
      })),
      names: [...this.state.names].sort(),
    });
  }

  /** What a reader sees: the same shape the Excel gateway returns. */
  toSnapshot(): WorkbookSnapshot {
    const sheets = this.state.sheets.map((s) => sheetSnapshot(s));
    const names: Record<string, string> = {};
    for (const [name, ref] of this.state.names) names[name] = ref.replace(/^=/, "").replace(/\$/g, "");
    return { sheets, names };
  }
}

function rangeOf(b: GridRange): string {
  return rangeAddress(b.row, b.col, b.rowCount, b.colCount);
}

function sheetSnapshot(s: FakeSheetState): SheetSnapshot {
  const block = usedBlock(s, true);
  const base = {
    name: s.name,
    visibility: VIS_OUT[s.visibility],
    protected: s.protected,
    merges: s.merges.map((m) => ({ ...m })),
  };
  if (!block) return { ...base, origin: { row: 0, col: 0 }, values: [], numberFormats: [], formulas: [] };
  const formulas = readGrid(s, block, formulaOf).map((row, r) =>
    row.map((f, c) =>
      typeof f === "string" && getCell(s, block.row + r, block.col + c)?.formula !== undefined ? f : "",
    ),
  );
  return {
    ...base,
    origin: { row: block.row, col: block.col },
    values: readGrid(s, block, valueOf),
    numberFormats: readGrid(s, block, formatOf),
    formulas,
  };
}

/** A fake workbook holding exactly what a snapshot describes (values, formats, formulas, merges, names). */
export function fakeWorkbookFromSnapshot(
  snapshot: WorkbookSnapshot,
  options: FakeExcelOptions = {},
): FakeExcel {
  const state: FakeWorkbookState = { sheets: [], names: new Map(), nextId: 1, calculationSuspensions: 0 };
  for (const sheet of snapshot.sheets) {
    const s = newSheet(sheet.name);
    s.visibility = VIS_IN[sheet.visibility];
    s.protected = sheet.protected;
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = sheet.numberFormats[r]?.[c] ?? "General";
        const formula = sheet.formulas?.[r]?.[c] ?? "";
        if (value === "" && format === "General" && !formula) return;
        const cell = ensureCell(s, sheet.origin.row + r, sheet.origin.col + c);
        cell.value = value;
        cell.numberFormat = format;
        if (formula.startsWith("=")) cell.formula = formula;
      }),
    );
    s.merges = sheet.merges.map((m) => ({ ...m }));
    state.sheets.push(s);
  }
  for (const [name, ref] of Object.entries(snapshot.names)) {
    const bang = ref.lastIndexOf("!");
    state.names.set(
      name,
      bang > 0
        ? absoluteReference(
            ref
              .slice(0, bang)
              .replace(/^'(.*)'$/, "$1")
              .replace(/''/g, "'"),
            ref.slice(bang + 1),
          )
        : `=${ref}`,
    );
  }
  if (state.sheets.length === 0) state.sheets.push(newSheet("Sheet1"));
  return new FakeExcel(options, state);
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcel(options);
}
