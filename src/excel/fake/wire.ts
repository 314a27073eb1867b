/**
 * The size of the request Office.js would send for what the fake has queued, calibrated against
 * Microsoft's own client library (test/excel/recorder.test.ts keeps it within 10 %).
 *
 * Office.js sends, per request, each object path the request touches once (`ObjectPaths`: id, type,
 * name, parent, arguments) with an Instantiate action, a `_KeepReference` action for each range,
 * then one action per property set, method call or load. A 2-D property set of more than 1,500
 * cells is split by the library itself into row slices (`getRow(i).getBoundingRect(getRow(j))`),
 * each slice three more object paths and its own action.
 */
import { jsonBytes } from "../payload";

export const WIRE = {
  /** an action's envelope: {"Id":n,"ActionType":4,"Name":"","ObjectPathId":n,"ArgumentInfo":{"Arguments":[]}} */
  action: 80,
  /** an object path's envelope plus its Instantiate actions (the library repeats them: 1.5 per path) */
  path: 150,
  /** a range's `_KeepReference` action and the Instantiate before it */
  range: 160,
  /** Office.js splits 2-D sets above this many cells (setRangePropertiesInBulk) */
  sliceCells: 1500,
  /** the three object paths and the action of one such slice */
  slice: 640,
} as const;

/** Positions where a fake path's parent ends (".", "[", "#", "@" outside brackets). */
function parentCuts(path: string): number[] {
  const cuts: number[] = [];
  let depth = 0;
  for (let i = 0; i < path.length; i++) {
    const ch = path[i];
    if (ch === "(" || ch === "[") {
      if (depth === 0 && ch === "[") cuts.push(i);
      depth += 1;
    } else if (ch === ")" || ch === "]") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === "." || ch === "#" || ch === "@")) cuts.push(i);
  }
  return cuts;
}

/** The wire bytes of one request, built up as the fake queues commands. */
export class WireModel {
  private readonly known = new Set<string>();
  private sent = new Set<string>();

  /** Every object the context creates registers its path, so children can find their parents. */
  register(path: string): void {
    this.known.add(path);
  }

  /** A new request: every object path has to be sent again. */
  reset(): void {
    this.sent = new Set();
  }

  /** The object paths (`path` and its not yet sent parents) the next command brings into the request. */
  pathBytes(path: string, isRange: boolean): number {
    if (this.sent.has(path)) return 0;
    let bytes = 0;
    let from = 0;
    for (const cut of [...parentCuts(path), path.length]) {
      const prefix = path.slice(0, cut);
      if (cut < path.length && !this.known.has(prefix)) continue;
      if (!this.sent.has(prefix)) {
        this.sent.add(prefix);
        const segment = cut - from;
        const rangeLike =
          cut === path.length ? isRange : /^\.(range|usedRange|cell|special)/.test(path.slice(from));
        bytes += WIRE.path + segment + (rangeLike ? WIRE.range : 0);
      }
      from = cut;
    }
    return bytes;
  }

  /** A property set or method call with its arguments; 2-D sets past 1,500 cells in slices. */
  actionBytes(member: string, args: unknown): number {
    const base = WIRE.action + member.length + jsonBytes(args ?? null);
    if (!Array.isArray(args) || !Array.isArray(args[0])) return base;
    const cols = (args[0] as unknown[]).length;
    const cells = args.length * cols;
    if (cells <= WIRE.sliceCells) return base;
    const perSlice = Math.max(1, Math.round(WIRE.sliceCells / Math.max(1, cols)));
    return base + Math.ceil(args.length / perSlice) * WIRE.slice;
  }
}
