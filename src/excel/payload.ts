/**
 * Request-size estimates. Excel on the web rejects a request over 5 MB, so writes are packed
 * into as few syncs as fit under a budget: one sync for every realistic plan, several only when
 * the plan's own data passes the limit.
 */
export const REQUEST_LIMIT_BYTES = 5_000_000;

/**
 * Share of the limit a chunk may fill: 4,750,000 bytes, and the estimate below is taken with a
 * 10 % margin (it is within 10 % of Microsoft's library on the plans of test/excel/recorder.test.ts).
 */
export const BUDGET_SHARE = 0.95;
export const ESTIMATE_MARGIN = 1.1;

/**
 * The request Office.js builds, per part (measured with Microsoft's library, see
 * src/excel/fake/wire.ts for the same model in the fake): an object path with its Instantiate
 * actions, a range's extra `_KeepReference`, one action (property set or method call) without its
 * arguments, and the three paths and action of each slice Office.js cuts a 2-D set of more than
 * 1,500 cells into.
 */
export const WIRE_PATH = 170;
export const WIRE_RANGE = 160;
export const WIRE_ACTION = 95;
const WIRE_SLICE = 640;
const SLICE_CELLS = 1500;

/** One command on an object not yet in the request (most steps are a few of these). */
export const COMMAND_OVERHEAD = WIRE_PATH + WIRE_ACTION;

/** The write budget for a host whose request limit is `limit`. */
export function writeBudget(limit: number): number {
  return Math.floor((limit * BUDGET_SHARE) / ESTIMATE_MARGIN);
}

/** A 2-D property set (values, numberFormat): its JSON and the slices Office.js cuts it into. */
export function gridBytes(grid: unknown[][] | null | undefined): number {
  if (!grid) return 0;
  const cols = grid[0]?.length ?? 0;
  const cells = grid.length * cols;
  const slices =
    cells > SLICE_CELLS ? Math.ceil(grid.length / Math.max(1, Math.round(SLICE_CELLS / cols))) : 0;
  return WIRE_ACTION + jsonBytes(grid) + slices * WIRE_SLICE;
}

export function jsonBytes(value: unknown): number {
  // UTF-8 length: Indonesian text is mostly ASCII, but names may carry other characters.
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) > 0x7f) bytes += text.charCodeAt(i) > 0x7ff ? 2 : 1;
  return bytes;
}

/** Greedy packing in order (order matters: a sheet is added before anything is written to it). */
export function packInOrder<T extends { bytes: number }>(steps: T[], budget: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const step of steps) {
    if (current.length && size + step.bytes > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(step);
    size += step.bytes;
  }
  if (current.length) chunks.push(current);
  return chunks;
}
