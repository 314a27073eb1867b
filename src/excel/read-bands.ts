/**
 * The cells of a read, in row bands sized to keep every response under Excel on the web's
 * 5,000,000-byte limit. Bands of all sheets go into as few syncs as fit the budget (one sync for
 * an ordinary workbook); a sync refused for its response size is sent again as smaller syncs, and
 * a band whose values come back null (Excel's answer past 5,000,000 cells) is split. The number of
 * syncs is bounded: a workbook that would need more is refused with a coded error before anything
 * is read.
 */
import { cellAddress, rangeAddress } from "../engine/address";
import { parseAddress } from "../engine/address";
import type { GridRange } from "../engine/snapshot";
import { readTooBig } from "./errors";
import { neighbours } from "./cf-owned";
import { key as ruleKey } from "./lookup";
import { localAddress, MERGED_AREAS_PER_CALL, type SheetInfo } from "./read-sizes";

export const RESPONSE_LIMIT_BYTES = 5_000_000;
/** Share of the limit one sync's estimated response may fill (the estimate is per cell, not exact). */
export const RESPONSE_BUDGET_SHARE = 0.8;
/** Request budget of a read sync: each band is a few commands, each note location three. */
const REQUEST_BUDGET = 4_000_000;
const COMMAND_BYTES = 160;
/** JSON per cell: a value (a number or a short text) and its number format ("General"). */
export const BYTES_PER_CELL = 40;
const FORMULA_BYTES_PER_CELL = 32;
/** Excel answers values: null above this many cells in one range. */
export const CELLS_PER_RANGE = 5_000_000;
/** A band of at most this many cells cannot hold more than 512 merged areas. */
const MERGE_TILE_CELLS = 2 * MERGED_AREAS_PER_CALL;
export const MAX_READ_SYNCS = 48;

export type Task =
  | { kind: "cells"; sheet: string; block: GridRange; withFormulas: boolean }
  | { kind: "formulas"; sheet: string; block: GridRange }
  | { kind: "merges"; sheet: string; block: GridRange }
  | { kind: "notes"; sheet: string; which: "notes" | "comments"; from: number; count: number }
  /** the ids of the conditional formats on a range the add-in recorded, and on the cells around it */
  | { kind: "rules"; sheet: string; address: string };

/** The rule ids of one recorded range: on it, and on the strips just outside it (cf-owned.ts). */
export interface RuleIds {
  on: string[];
  around: string[];
}

/** What the bands found, per sheet (lower-cased name). */
export interface Found {
  values: Map<string, unknown[][]>;
  formats: Map<string, unknown[][]>;
  formulas: Map<string, unknown[][]>;
  merges: Map<string, Map<string, GridRange>>;
  catatan: Map<string, Set<string>>;
  /** the cells holding a note (not a comment), per sheet read */
  noteCells: Map<string, Set<string>>;
  /** per key(sheet, address) of a recorded rule range */
  rules: Map<string, RuleIds>;
}

function cellsOf(b: GridRange): number {
  return b.rowCount * b.colCount;
}

export function responseBytes(t: Task): number {
  if (t.kind === "cells")
    return cellsOf(t.block) * (BYTES_PER_CELL + (t.withFormulas ? FORMULA_BYTES_PER_CELL : 0));
  if (t.kind === "formulas") return cellsOf(t.block) * FORMULA_BYTES_PER_CELL;
  if (t.kind === "merges") return 400;
  if (t.kind === "rules") return 2000;
  return t.count * 60;
}

function requestBytes(t: Task): number {
  if (t.kind === "rules") return 20 * COMMAND_BYTES;
  return t.kind === "notes" ? t.count * 3 * COMMAND_BYTES : 4 * COMMAND_BYTES;
}

/** Row bands of `block`, each under `perBand` cells (whole rows unless one row is too wide). */
export function bandsOf(block: GridRange, perBand: number): GridRange[] {
  const out: GridRange[] = [];
  const cols = Math.max(1, Math.min(block.colCount, perBand));
  const rows = Math.max(1, Math.floor(perBand / cols));
  for (let r = 0; r < block.rowCount; r += rows)
    for (let c = 0; c < block.colCount; c += cols)
      out.push({
        row: block.row + r,
        col: block.col + c,
        rowCount: Math.min(rows, block.rowCount - r),
        colCount: Math.min(cols, block.colCount - c),
      });
  return out;
}

/**
 * Every band and look-up the sheets need, in sheet order; then the rule ranges the add-in recorded
 * (`rules`: sheet and address), asked here so the apply needs no look-up of its own.
 */
export function planTasks(
  sheets: SheetInfo[],
  budget: number,
  rules: ReadonlyArray<{ sheet: string; address: string }> = [],
): Task[] {
  const tasks: Task[] = [];
  const cellBand = Math.min(CELLS_PER_RANGE, Math.floor(budget / (BYTES_PER_CELL + FORMULA_BYTES_PER_CELL)));
  for (const s of sheets) {
    if (s.own || !s.used) continue;
    const all = s.formulas === "all";
    for (const block of bandsOf(s.used, cellBand))
      tasks.push({ kind: "cells", sheet: s.name, block, withFormulas: all });
    if (s.formulas && s.formulas !== "all")
      for (const block of bandsOf(s.formulas, cellBand))
        tasks.push({ kind: "formulas", sheet: s.name, block });
    // Tiles of at most 1,024 cells cannot hold more than 512 merged areas: no call fails, and a
    // null answer means none (one host variant answers null past 512 instead of failing).
    if (s.mergeArea)
      for (const block of bandsOf(s.mergeArea, MERGE_TILE_CELLS))
        tasks.push({ kind: "merges", sheet: s.name, block });
    const perTask = 2000;
    for (const which of ["notes", "comments"] as const)
      for (let from = 0; from < s[which]; from += perTask)
        tasks.push({ kind: "notes", sheet: s.name, which, from, count: Math.min(perTask, s[which] - from) });
  }
  for (const r of rules) tasks.push({ kind: "rules", sheet: r.sheet, address: r.address });
  return tasks;
}

/** Halves of a band or a note run; null when it cannot be cut further. */
export function splitTask(t: Task): Task[] | null {
  if (t.kind === "rules") return null;
  if (t.kind === "notes") {
    if (t.count < 2) return null;
    const half = Math.floor(t.count / 2);
    return [
      { ...t, count: half },
      { ...t, from: t.from + half, count: t.count - half },
    ];
  }
  const b = t.block;
  const byRows = b.rowCount > 1;
  if (!byRows && b.colCount < 2) return null;
  const n = Math.floor((byRows ? b.rowCount : b.colCount) / 2);
  const first = byRows ? { ...b, rowCount: n } : { ...b, colCount: n };
  const second = byRows
    ? { ...b, row: b.row + n, rowCount: b.rowCount - n }
    : { ...b, col: b.col + n, colCount: b.colCount - n };
  return [
    { ...t, block: first },
    { ...t, block: second },
  ];
}

/** Fills `found`; answers the tasks to do again (a band whose values came back null). */
type Settle = () => Task[];

function put(
  grid: Map<string, unknown[][]>,
  key: string,
  origin: GridRange,
  block: GridRange,
  rows: unknown[][],
): void {
  let g = grid.get(key);
  if (!g) {
    g = [];
    grid.set(key, g);
  }
  rows.forEach((row, i) => {
    const r = block.row - origin.row + i;
    const target = (g[r] ??= new Array<unknown>(origin.colCount).fill(undefined));
    row.forEach((v, j) => (target[block.col - origin.col + j] = v));
  });
}

function queueTask(
  t: Task,
  ws: Excel.Worksheet,
  origin: GridRange,
  found: Found,
  api: { notesFn: (ws: Excel.Worksheet, which: "notes" | "comments", i: number) => Excel.Range },
): Settle {
  const key = t.sheet.toLowerCase();
  if (t.kind === "notes") {
    const ranges = Array.from({ length: t.count }, (_, i) => {
      const r = api.notesFn(ws, t.which, t.from + i);
      r.load("address");
      return r;
    });
    return () => {
      const set = found.catatan.get(key) ?? new Set<string>();
      const notes = found.noteCells.get(key) ?? new Set<string>();
      for (const r of ranges) {
        const g = parseAddress(localAddress(r.address));
        set.add(cellAddress(g.row, g.col));
        if (t.which === "notes") notes.add(cellAddress(g.row, g.col));
      }
      found.catatan.set(key, set);
      found.noteCells.set(key, notes);
      return [];
    };
  }
  if (t.kind === "rules") return queueRules(t, ws, found);
  const range = ws.getRange(rangeAddress(t.block.row, t.block.col, t.block.rowCount, t.block.colCount));
  if (t.kind === "merges") {
    const areas = range.getMergedAreasOrNullObject();
    areas.load("areas/items/address");
    return () => {
      const map = found.merges.get(key) ?? new Map<string, GridRange>();
      if (!areas.isNullObject)
        for (const a of areas.areas.items) {
          const local = localAddress(a.address);
          map.set(local, parseAddress(local));
        }
      found.merges.set(key, map);
      return [];
    };
  }
  if (t.kind === "formulas") {
    range.load("formulas");
    return () => {
      if (!Array.isArray(range.formulas)) return splitTask(t) ?? [];
      put(found.formulas, key, origin, t.block, range.formulas as unknown[][]);
      return [];
    };
  }
  range.load(t.withFormulas ? "values,numberFormat,formulas" : "values,numberFormat");
  return () => {
    // Excel answers null past 5,000,000 cells: read the band in halves.
    if (!Array.isArray(range.values) || !Array.isArray(range.numberFormat)) return splitTask(t) ?? [];
    put(found.values, key, origin, t.block, range.values as unknown[][]);
    put(found.formats, key, origin, t.block, range.numberFormat as unknown[][]);
    if (t.withFormulas && Array.isArray(range.formulas))
      put(found.formulas, key, origin, t.block, range.formulas as unknown[][]);
    return [];
  };
}

function queueRules(t: Task & { kind: "rules" }, ws: Excel.Worksheet, found: Found): Settle {
  const load = (address: string) => ws.getRange(address).conditionalFormats.load("items/id");
  const on = load(t.address);
  const around = neighbours(t.address).map(load);
  return () => {
    const ids = (c: Excel.ConditionalFormatCollection) => c.items.map((r) => r.id);
    found.rules.set(ruleKey(t.sheet, t.address), { on: ids(on), around: around.flatMap(ids) });
    return [];
  };
}

function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

/** Takes from the front of `queue` what fits one sync (at least one task). */
function takeBatch(queue: Task[], budget: number): Task[] {
  const batch: Task[] = [];
  let resp = 0;
  let req = 0;
  while (queue.length) {
    const t = queue[0]!;
    const r = responseBytes(t);
    const q = requestBytes(t);
    if (batch.length && (resp + r > budget || req + q > REQUEST_BUDGET)) break;
    batch.push(queue.shift()!);
    resp += r;
    req += q;
  }
  return batch;
}

/** Estimated syncs for the tasks at this budget (the refusal before reading). */
export function estimateSyncs(tasks: Task[], budget: number): number {
  const copy = tasks.slice();
  let n = 0;
  while (copy.length && n <= MAX_READ_SYNCS) {
    takeBatch(copy, budget);
    n += 1;
  }
  return n;
}

export async function readBands(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
  maxResponseBytes: number,
  rules: ReadonlyArray<{ sheet: string; address: string }> = [],
): Promise<Found> {
  let budget = Math.floor(maxResponseBytes * RESPONSE_BUDGET_SHARE);
  const queue = planTasks(sheets, budget, rules);
  if (estimateSyncs(queue, budget) > MAX_READ_SYNCS) throw readTooBig(MAX_READ_SYNCS);
  const found: Found = {
    values: new Map(),
    formats: new Map(),
    formulas: new Map(),
    merges: new Map(),
    catatan: new Map(),
    noteCells: new Map(),
    rules: new Map(),
  };
  const origins = new Map(
    sheets.map((s) => [s.name.toLowerCase(), s.used ?? { row: 0, col: 0, rowCount: 0, colCount: 0 }]),
  );
  const notesFn = (ws: Excel.Worksheet, which: "notes" | "comments", i: number) =>
    which === "notes" ? ws.notes.getItemAt(i).getLocation() : ws.comments.getItemAt(i).getLocation();
  let syncs = 0;
  while (queue.length) {
    if (++syncs > MAX_READ_SYNCS) throw readTooBig(MAX_READ_SYNCS);
    const batch = takeBatch(queue, budget);
    const proxies = new Map<string, Excel.Worksheet>();
    const sheetOf = (name: string) => {
      let ws = proxies.get(name);
      if (!ws) proxies.set(name, (ws = context.workbook.worksheets.getItem(name)));
      return ws;
    };
    const settles = batch.map((t) =>
      queueTask(t, sheetOf(t.sheet), origins.get(t.sheet.toLowerCase())!, found, { notesFn }),
    );
    try {
      await context.sync();
    } catch (e) {
      if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
      // The estimate was short (long texts): send the same bands again in smaller syncs.
      if (batch.length === 1) {
        const halves = splitTask(batch[0]!);
        if (!halves) throw e;
        queue.unshift(...halves);
      } else queue.unshift(...batch);
      budget = Math.max(1, Math.floor(budget / 2));
      continue;
    }
    const again = settles.flatMap((settle) => settle());
    queue.unshift(...again);
  }
  return found;
}
