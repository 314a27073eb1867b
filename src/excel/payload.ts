/**
 * Request-size estimates. Excel on the web rejects a request over 5 MB, so writes are packed
 * into as few syncs as fit under a budget: one sync for every realistic plan, several only when
 * the plan's own data passes the limit.
 */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** Share of the limit a chunk may fill: the rest covers Office's per-command envelope. */
export const BUDGET_SHARE = 0.9;

/** Office's envelope per queued command (ids, action type, object path) is about this size. */
export const COMMAND_OVERHEAD = 160;

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
