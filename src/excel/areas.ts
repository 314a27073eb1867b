/**
 * Style rectangles of the same style, sent as one multi-area range (Worksheet.getRanges,
 * ExcelApi 1.9) instead of one range each. A Tabel 3.x has a bold, shaded average row under every
 * sasaran and right-aligned numbers between them: at 10,000 indicators some 6,000 rectangles, each
 * an object path, a `_KeepReference`, its format objects and one action per property (≈ 0.7 KB).
 * Through RangeAreas.format the same properties cost one set of those per group.
 *
 * Only rectangles coalesce.ts marks `alone` are grouped (their properties are set by no other write,
 * so their order does not matter), and only properties RangeAreas.format has the same meaning for:
 * font, fill, alignment, wrap. Borders stay per rectangle (an edge of a multi-area range is an edge
 * of each area, which a live check should confirm first: docs/EXCEL-CHECKS.md). Without ExcelApi
 * 1.9 every rectangle is written as before.
 *
 * getRanges takes its areas as one address string. Microsoft documents no limit for it; Excel's
 * own multi-area references are refused past 255 characters (Range() in VBA, and users report the
 * same for getRanges), so a group is cut into address strings of at most that many characters.
 */
import { parseAddress } from "../engine/address";
import type { CellStyle } from "../engine/plan";
import type { CoalescedWrite } from "./coalesce";
import { WIRE_PATH, WIRE_RANGE, jsonBytes } from "./payload";
import { applyStyle, styleBytes, type Step } from "./steps";

export const AREAS_API = "1.9";
/** Characters of one getRanges address string (see above: conservative). */
export const MAX_AREAS_ADDRESS = 255;

/** A write that can join others of its style: a style rectangle only, without borders. */
function groupable(w: CoalescedWrite): w is CoalescedWrite & { style: CellStyle } {
  return (
    !!w.alone &&
    !!w.style &&
    !w.values &&
    !w.numberFormats &&
    w.numberFormat === undefined &&
    w.style.border === undefined &&
    w.style.numberFormat === undefined
  );
}

function areasStep(sheet: string, addresses: string[], style: CellStyle): Step {
  const address = addresses.join(",");
  // several areas: counted as one row and column more than one (an inside edge is never set here)
  return {
    bytes: WIRE_PATH + WIRE_RANGE + jsonBytes(address) + styleBytes(style, 1, 1),
    queue(env) {
      applyStyle(env.sheet(sheet).getRanges(address), style, 1, 1);
    },
  };
}

/** Cuts a group's addresses into strings of at most MAX_AREAS_ADDRESS characters. */
export function addressRuns(addresses: string[], max = MAX_AREAS_ADDRESS): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let length = 0;
  for (const a of addresses) {
    const added = (run.length ? 1 : 0) + a.length;
    if (run.length && length + added > max) {
      runs.push(run);
      run = [];
      length = 0;
    }
    run.push(a);
    length += run.length > 1 ? added : a.length;
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * Splits the writes into those sent one by one (in their order) and the steps of the groups
 * (queued after them). With `withAreas` false nothing is grouped.
 */
export function groupStyles(
  writes: CoalescedWrite[],
  withAreas: boolean,
): { single: CoalescedWrite[]; grouped: Step[] } {
  if (!withAreas) return { single: writes, grouped: [] };
  const groups = new Map<string, (CoalescedWrite & { style: CellStyle })[]>();
  for (const w of writes) {
    if (!groupable(w)) continue;
    const k = `${w.sheet.toLowerCase()}\u0000${JSON.stringify(w.style)}`;
    const list = groups.get(k);
    if (list) list.push(w);
    else groups.set(k, [w]);
  }
  const taken = new Set<CoalescedWrite>();
  const grouped: Step[] = [];
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    for (const w of list) taken.add(w);
    // in sheet order, so each address string covers neighbouring rows
    const sorted = list
      .map((w) => ({ w, b: parseAddress(w.address) }))
      .sort((x, y) => x.b.row - y.b.row || x.b.col - y.b.col)
      .map((x) => x.w.address);
    for (const run of addressRuns(sorted)) grouped.push(areasStep(list[0]!.sheet, run, list[0]!.style));
  }
  return { single: writes.filter((w) => !taken.has(w)), grouped };
}
