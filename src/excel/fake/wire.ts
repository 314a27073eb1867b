/**
 * The size of the request Office.js would send for what the fake has queued, modelled on how
 * Microsoft's own client library serialises a request and checked against it
 * (test/excel/recorder.test.ts keeps the write requests within 10 %).
 *
 * Office.js sends, per request, each object path the request touches (`ObjectPaths`: id, type,
 * name, parent, arguments) with an Instantiate action, a second Instantiate and a `_KeepReference`
 * action for each range, then one action per property set, method call or load. Every object the
 * library hands out has a path of its own (two `getRange("F1")` calls are two paths). Each action
 * carries, in `L`, the ids of the paths it is the last to use. Ids come from one counter per
 * request context (every path and every action takes one), so they grow with the batch: their
 * digits are counted, not folded into constants. A 2-D property set of more than 1,500 cells is
 * split by the library itself into row slices (`getRow(i).getBoundingRect(getRow(j))`), each slice
 * three more object paths and its own action.
 */
import { jsonBytes } from "../payload";

export const WIRE = {
  /** an action without its two ids: {"Id":,"ActionType":4,"Name":"","ObjectPathId":,"ArgumentInfo":{"Arguments":[]}} */
  action: 80,
  /**
   * an object path without its ids, name and arguments: `"":{"Id":,"ObjectPathType":3,"Name":""},`
   * (40), `,"ParentObjectPathId":` (22) and its Instantiate action
   * `{"Id":,"ActionType":1,"Name":"","ObjectPathId":},` (49)
   */
  path: 111,
  /** ids in a path's bytes: its key, Id, parent id, Instantiate Id and ObjectPathId, its `L` entry */
  pathIds: 6,
  /** a path made by a method or indexer (getRange, getItem, add): `,"ArgumentInfo":{"Arguments":[]}` */
  argumentInfo: 32,
  /** a range's `_KeepReference` action (95 with its comma) and the second Instantiate (49) */
  range: 144,
  /** ids in those two actions: each an Id and an ObjectPathId */
  rangeIds: 4,
  /** `,"L":[]` on the action that last uses a path (an object's first command, in the add-in's batches) */
  lastUse: 7,
  /** Office.js splits 2-D sets above this many cells (setRangePropertiesInBulk) */
  sliceCells: 1500,
  /** the three object paths and the action of one such slice */
  slice: 640,
} as const;

/**
 * What a write brings into the request besides its target's path (FakeObject._write):
 * - `made`: the object a method returns (worksheets.add, conditionalFormats.add, names.add). Office.js
 *   sends no action for such a call: it is the returned object's path, and that path's Instantiate
 *   action makes the call, so the write costs the path instead of an action;
 * - `refs`: objects passed as arguments (copyFrom's source, a name's range), which travel as object
 *   paths of their own, referenced by id.
 */
export interface WireExtras {
  made?: { _wireBytes(): number };
  refs?: { _wireBytes(): number }[];
}

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
  /** path → the object (serial) most recently created with it: a child's parent */
  private readonly latest = new Map<string, number>();
  /** the objects (by serial) whose path is already in this request */
  private sent = new Set<number>();
  /** the last id the library's counter (one per request context) has given out */
  private ids = 0;

  /**
   * Every object the context creates registers its path, so children can find their parents.
   * Office.js gives every object it hands out a path of its own (two `getRange("F1")` calls are two
   * paths, each instantiated and kept), so paths are counted per object, not per path string; a
   * child's parent is the object last created with the parent's path (`getRange(a).format` is
   * created right after its range).
   */
  register(path: string, serial: number): void {
    this.latest.set(path, serial);
    // the library numbers the path and its Instantiate action when the object is made
    this.ids += 2;
  }

  private digits(): number {
    return String(Math.max(1, this.ids)).length;
  }

  /** A new request: every object path has to be sent again. */
  reset(): void {
    this.sent = new Set();
  }

  /** The object paths (the object's and its not yet sent parents') the next command brings in. */
  pathBytes(path: string, isRange: boolean, serial: number): number {
    if (this.sent.has(serial)) return 0;
    let bytes = WIRE.lastUse;
    let from = 0;
    for (const cut of [...parentCuts(path), path.length]) {
      const own = cut === path.length;
      const key = own ? serial : this.latest.get(path.slice(0, cut));
      if (key === undefined) continue;
      if (!this.sent.has(key)) {
        this.sent.add(key);
        // the fake's segment (".range(A1:B2)", "[Sheet1]", ".format") is about as long as the
        // library's Name with its arguments' JSON ("GetRange" + "A1:B2" with quotes)
        const segment = path.slice(from, cut);
        const hasArguments = /[([]/.test(segment);
        const rangeLike = own ? isRange : /^\.(range|usedRange|cell|special)/.test(segment);
        if (rangeLike) this.ids += 2;
        const ids = WIRE.pathIds + (rangeLike ? WIRE.rangeIds : 0);
        bytes += WIRE.path + segment.length + (hasArguments ? WIRE.argumentInfo : 0);
        // the ids at the counter's current width, and the comma after the path's id in `L`
        bytes += (rangeLike ? WIRE.range : 0) + ids * this.digits() + 1;
      }
      from = cut;
    }
    return bytes;
  }

  /** A property set or method call with its arguments; 2-D sets past 1,500 cells in slices. */
  actionBytes(member: string, args: unknown): number {
    this.ids += 1;
    const base = WIRE.action + 2 * this.digits() + member.length + jsonBytes(args ?? null);
    if (!Array.isArray(args) || !Array.isArray(args[0])) return base;
    const cols = (args[0] as unknown[]).length;
    const cells = args.length * cols;
    if (cells <= WIRE.sliceCells) return base;
    const perSlice = Math.max(1, Math.round(WIRE.sliceCells / Math.max(1, cols)));
    return base + Math.ceil(args.length / perSlice) * WIRE.slice;
  }
}
