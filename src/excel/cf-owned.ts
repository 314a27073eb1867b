/**
 * Which conditional-format rules on a plan's rule ranges are the add-in's own. A plan writes rules
 * only on ranges the add-in recorded (OwnedRange.aturan and sorotan in the state), and a rule the
 * add-in wrote lies inside such a range; a rule the user made on their column (the whole column,
 * or a range reaching past the add-in's) does not, and is never removed. `clearAll()` would remove
 * every rule that touches the range, the user's included, so the gateway deletes rules one by one.
 *
 * Reads only, and no sync of its own: the ids of the rules on each range and on the cells just
 * around it ride along with the look-up sync. (A user's multi-area rule with one area wholly
 * inside the add-in's range and none touching its edge would be taken for the add-in's.)
 */
import { parseAddress, rangeAddress } from "../engine/address";
import type { WritePlan } from "../engine/plan";
import { key } from "./lookup";

interface Asked {
  rules: Excel.ConditionalFormatCollection;
  /** the rules of the rows and columns just outside the range */
  around: Excel.ConditionalFormatCollection[];
}
type Pending = Map<string, Asked>;

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** The strips just above, below, left and right of a block (those inside the sheet). */
export function neighbours(address: string): string[] {
  const b = parseAddress(address);
  const out: string[] = [];
  if (b.row > 0) out.push(rangeAddress(b.row - 1, b.col, 1, b.colCount));
  if (b.row + b.rowCount < MAX_ROW) out.push(rangeAddress(b.row + b.rowCount, b.col, 1, b.colCount));
  if (b.col > 0) out.push(rangeAddress(b.row, b.col - 1, b.rowCount, 1));
  if (b.col + b.colCount < MAX_COL) out.push(rangeAddress(b.row, b.col + b.colCount, b.rowCount, 1));
  return out;
}

/**
 * Queues, for every rule range of a sheet the plan does not clear, the ids of the rules on it and
 * on the cells around it. `sheetOf` gives the sheet (getItemOrNullObject in the look-up's one
 * batch; getItem for sheets known to exist when the look-up had to fall back).
 */
export function queueRuleLookup(
  plan: WritePlan,
  cleared: ReadonlySet<string>,
  sheetOf: (name: string) => Excel.Worksheet | null,
): Pending {
  const pending: Pending = new Map();
  for (const c of plan.conditionalFormats) {
    const k = key(c.sheet, c.address);
    if (cleared.has(c.sheet.toLowerCase()) || pending.has(k)) continue;
    const ws = sheetOf(c.sheet);
    if (!ws) continue;
    const load = (address: string) => {
      const rules = ws.getRange(address).conditionalFormats;
      rules.load("items/id");
      return rules;
    };
    pending.set(k, { rules: load(c.address), around: neighbours(c.address).map(load) });
  }
  return pending;
}

function ids(rules: Excel.ConditionalFormatCollection): string[] {
  return rules.isNullObject ? [] : rules.items.map((r) => r.id);
}

/**
 * After the look-up sync: per (sheet, address), the ids of the rules that lie inside the range —
 * on it and on none of the cells around it. Those are the add-in's (the range is its own); a rule
 * that also covers a cell outside (the user's rule on the whole column) is not.
 */
export function ownedRules(pending: Pending): Map<string, string[]> {
  return ownedOf([...pending].map(([k, p]) => [k, { on: ids(p.rules), around: p.around.flatMap(ids) }]));
}

/** The same choice on ids already read (the gateway's read asks for them: read-bands.ts), in plan order. */
export function ownedOf(
  ranges: Iterable<[string, { on: string[]; around: string[] }]>,
): Map<string, string[]> {
  const owned = new Map<string, string[]>();
  // A rule inside two of the plan's ranges (a highlighted cell inside a banded column) is deleted once.
  const taken = new Set<string>();
  for (const [k, p] of ranges) {
    const outside = new Set(p.around);
    const inside = p.on.filter((id) => !outside.has(id) && !taken.has(id));
    for (const id of inside) taken.add(id);
    if (inside.length) owned.set(k, inside);
  }
  return owned;
}

/** Whether the rules came back (false when their sync failed and the look-up fell back). */
export function answered(pending: Pending): boolean {
  try {
    for (const p of pending.values()) for (const r of [p.rules, ...p.around]) ids(r);
    return true;
  } catch {
    return false;
  }
}
