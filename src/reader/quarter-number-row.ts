/**
 * A row of quarter numbers under a merged period group: "Target Triwulan" and "Realisasi Triwulan",
 * each merged over four columns, over "1 2 3 4 | 1 2 3 4" (or "I … IV", "TW 1", "Q1"). The numbers
 * name each column's quarter, so the row is part of the header, not a column-number row "(1) … (n)"
 * (a run over the whole table) nor data. It is told from a column-number row by the merge above it:
 * every number stands under a group cell spanning several columns that names a period, and the
 * numbers under each group start over at 1 and run on by one, at most to 4.
 */
import type { Grid } from "./grid";
import { headerWords } from "./header-cells";
import type { RowInfo } from "./row-info";

/** "1", "I", "TW 1", "Trw. II", "Triwulan 3", "Kuartal IV", "Q1": one quarter's numeral */
const QUARTER_NUMERAL =
  /^(?:(?:tw|trw|triwulan|tri wulan|kuartal|kwartal|quarter|q)\s*[-.]?\s*)?(iv|iii|ii|i|[1-4])\.?$/i;
/** the words that name a quarter, in a group header ("Target Triwulan", "Realisasi per TW") */
const PERIOD_WORD = /\b(tw|trw|triwulan|tri wulan|kuartal|kwartal|quarter)\b/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** The quarter a header cell's numeral names ("3", "III", "TW 3" → 3), or undefined. */
export function quarterNumeral(t: string): number | undefined {
  const m = QUARTER_NUMERAL.exec(t.trim());
  if (!m) return undefined;
  const q = m[1]!.toLowerCase();
  return ROMAN[q] ?? Number(q);
}

/** true when a group header names a period of quarters ("Target Triwulan", "Realisasi TW", "Quarter"). */
export function namesQuarterGroup(t: string): boolean {
  return PERIOD_WORD.test(headerWords(t));
}

/** The merged group cell over (r, c) in the header rows top..r-1 that names a quarter period. */
function periodGroupOver(g: Grid, top: number, r: number, c: number): number | undefined {
  for (let h = r - 1; h >= top; h--) {
    const a = g.anchor(h, c);
    if (g.spanCols(a.r, a.c) < 2) continue;
    if (namesQuarterGroup(g.text(h, c))) return g.anchorKey(h, c);
  }
  return undefined;
}

/**
 * Row r (under header rows top..r-1) names quarters: its own cells (not merged down from above) are
 * all quarter numerals under merged period groups, numbered 1, 2, … afresh under each group.
 */
export function isQuarterNumberRow(g: Grid, info: RowInfo, top: number, r: number): boolean {
  if (info.numbers > 0 || r <= top) return false;
  let own = 0;
  let group: number | undefined;
  let next = 1;
  for (const c of info.anchors) {
    if (g.anchor(r, c).r !== r) continue;
    const q = quarterNumeral(g.text(r, c));
    const over = q === undefined ? undefined : periodGroupOver(g, top, r, c);
    if (over === undefined) return false;
    if (over !== group) {
      group = over;
      next = 1;
    }
    if (q !== next) return false;
    next++;
    own++;
  }
  return own >= 2;
}

/** A lone "1"–"4" in a column's header under a part that names a quarter period: that quarter. */
export function quarterUnderGroup(stack: readonly string[], t: string): boolean {
  return quarterNumeral(t) !== undefined && stack.some(namesQuarterGroup);
}
