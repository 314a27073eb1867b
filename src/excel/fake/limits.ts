/**
 * Limits of Excel that only show with large workbooks, and a way to break a write halfway:
 * - a response over 5,000,000 bytes fails the sync (ResponsePayloadSizeLimitExceeded), as Excel
 *   on the web does; the fake counts the JSON of every loaded property;
 * - a range over 5,000,000 cells answers `values` (numberFormat, formulas) with null;
 * - getMergedAreasOrNullObject over more than 512 areas fails (or, in the other variant the
 *   documentation leaves open, answers a null object);
 * - `failAtCommand`: the n-th write command from now throws after the earlier ones of its batch
 *   are applied (Office.js batches are not transactions).
 * Kept per workbook state in a WeakMap so the state itself stays plain data.
 */
import { FakeOfficeError } from "./errors";
import type { FakeWorkbookState } from "./state";

export const RESPONSE_LIMIT_BYTES = 5_000_000;
export const CELL_LIMIT = 5_000_000;
export const MERGED_AREAS_LIMIT = 512;

export interface FakeLimitOptions {
  /** response size that fails a sync; default 5,000,000 */
  maxResponseBytes?: number;
  /** cells above which a range answers values/numberFormat/formulas with null; default 5,000,000 */
  maxCellsPerRead?: number;
  /** what getMergedAreasOrNullObject does over 512 areas: fail the sync (default) or answer a null object */
  mergedAreasOverLimit?: "throw" | "null";
  /** the n-th write command from the start (1-based) throws GeneralException */
  failAtCommand?: number;
}

interface Live {
  maxResponseBytes: number;
  maxCells: number;
  mergedAreasOverLimit: "throw" | "null";
  responseBytes: number;
  /** write commands run so far, and the one that fails */
  commands: number;
  failAt: number | undefined;
  /** largest response of a successful sync */
  largestResponse: number;
}

const LIVE = new WeakMap<FakeWorkbookState, Live>();

function live(wb: FakeWorkbookState): Live {
  let l = LIVE.get(wb);
  if (!l) {
    l = {
      maxResponseBytes: RESPONSE_LIMIT_BYTES,
      maxCells: CELL_LIMIT,
      mergedAreasOverLimit: "throw",
      responseBytes: 0,
      commands: 0,
      failAt: undefined,
      largestResponse: 0,
    };
    LIVE.set(wb, l);
  }
  return l;
}

export function setLimits(wb: FakeWorkbookState, options: FakeLimitOptions): void {
  const l = live(wb);
  if (options.maxResponseBytes !== undefined) l.maxResponseBytes = options.maxResponseBytes;
  if (options.maxCellsPerRead !== undefined) l.maxCells = options.maxCellsPerRead;
  if (options.mergedAreasOverLimit !== undefined) l.mergedAreasOverLimit = options.mergedAreasOverLimit;
  if (options.failAtCommand !== undefined) failAtCommand(wb, options.failAtCommand);
}

/** The n-th write command from now (1-based) throws; earlier ones of its batch stay applied. */
export function failAtCommand(wb: FakeWorkbookState, n: number): void {
  const l = live(wb);
  l.failAt = l.commands + n;
}

/** Called at the start of every sync. */
export function beginSync(wb: FakeWorkbookState): void {
  live(wb).responseBytes = 0;
}

/** Called after a sync succeeded: keeps the largest response for the figures. */
export function endSync(wb: FakeWorkbookState): void {
  const l = live(wb);
  l.largestResponse = Math.max(l.largestResponse, l.responseBytes);
}

export function largestResponse(wb: FakeWorkbookState): number {
  return live(wb).largestResponse;
}

/** Called before each write command runs. */
export function beforeCommand(wb: FakeWorkbookState): void {
  const l = live(wb);
  l.commands += 1;
  if (l.failAt !== undefined && l.commands === l.failAt) {
    l.failAt = undefined;
    throw new FakeOfficeError(
      "GeneralException",
      "The command failed (injected by the test: failAtCommand).",
    );
  }
}

/** Counts a loaded property's JSON; the sync fails once the response passes the limit. */
export function countResponse(wb: FakeWorkbookState, key: string, value: unknown): void {
  const l = live(wb);
  l.responseBytes += key.length + 4 + (JSON.stringify(value ?? null)?.length ?? 4);
  if (l.responseBytes > l.maxResponseBytes)
    throw new FakeOfficeError(
      "ResponsePayloadSizeLimitExceeded",
      `The response payload size has exceeded the limit (${l.maxResponseBytes} bytes).`,
    );
}

/** Excel answers null for the cells of a range larger than this. */
export function overCellLimit(wb: FakeWorkbookState, cells: number): boolean {
  return cells > live(wb).maxCells;
}

/** Fails (or answers null, in the other variant) past 512 merged areas. */
export function mergedAreasAnswer<T>(wb: FakeWorkbookState, blocks: T[]): T[] | null {
  if (blocks.length <= MERGED_AREAS_LIMIT) return blocks;
  if (live(wb).mergedAreasOverLimit === "null") return null;
  throw new FakeOfficeError(
    "GeneralException",
    `getMergedAreasOrNullObject: more than ${MERGED_AREAS_LIMIT} merged areas in the range.`,
  );
}

/** Write commands run so far (to choose `failAtCommand` positions in tests). */
export function commandCount(wb: FakeWorkbookState): number {
  return live(wb).commands;
}
