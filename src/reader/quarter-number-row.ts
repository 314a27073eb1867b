/**
 * A row of quarter numbers under a merged period group: "Target Triwulan" and "Realisasi Triwulan",
 * each merged over four columns, over "1 2 3 4 | 1 2 3 4" (or "I … IV", "TW 1", "Q1"). The numbers
 * name each column's quarter, so the row is part of the header, not a column-number row "(1) … (n)"
 * (a run over the whole table) nor data. It is told from a column-number row by the merge above it:
 * every number stands under a group cell spanning several columns that names a period, and the
 * numbers under each group start over at 1 and run on by one, at most to 4. Half years the same way:
 * "1 | 2" or "I | II" under a merged "Semester", or cells that name their half ("Smt 1", "Sem. II",
 * "S1") under a merged "Target"/"Realisasi", numbered 1, 2 afresh under each group.
 */
import type { Grid } from "./grid";
import { headerWords } from "./header-cells";
import type { RowInfo } from "./row-info";

/** "1", "I", "TW 1", "Trw. II", "Triwulan 3", "Kuartal IV", "Q1": one quarter's numeral */
const QUARTER_NUMERAL =
  /^(?:(?:tw|trw|triwulan|tri wulan|kuartal|kwartal|quarter|q)\s*[-.]?\s*)?(iv|iii|ii|i|[1-4])\.?$/i;
/** the words that name a quarter, in a group header ("Target Triwulan", "Realisasi per TW") */
const PERIOD_WORD = /\b(tw|trw|triwulan|tri wulan|kuartal|kwartal|quarter)\b/;
/** "Smt 1", "Sem. II", "Semester ke-2", "S1", "S-2": a cell that names its half year itself */
const HALF_NAMED = /^(?:(?:semester|smt|sem)\.?\s*(?:ke\s*)?-?\s*(ii|i|[12])|s\s*-?\s*([12]))\.?$/i;
/** "1", "I": a half's bare numeral, under a group that names the semester */
const HALF_BARE = /^(ii|i|[12])\.?$/i;
const SEMESTER_WORD = /\b(semester|smt|sem)\b/;
/** a group that names what its columns measure: their halves may name themselves under it */
const VALUE_WORD = /\b(target|realisasi|capaian|kinerja|rencana)\b/;
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

/** true when a group header names the half years ("Realisasi Semester", "Smt"). */
function namesSemesterGroup(t: string): boolean {
  return SEMESTER_WORD.test(headerWords(t));
}

/** The merged group cell over (r, c) in the header rows top..r-1 whose words pass `names`. */
function groupOver(
  g: Grid,
  top: number,
  r: number,
  c: number,
  names: (t: string) => boolean,
): number | undefined {
  for (let h = r - 1; h >= top; h--) {
    const a = g.anchor(h, c);
    if (g.spanCols(a.r, a.c) < 2) continue;
    if (names(g.text(h, c))) return g.anchorKey(h, c);
  }
  return undefined;
}

const namesValueGroup = (t: string): boolean => VALUE_WORD.test(headerWords(t));

/** A header cell's period numeral and the group it is numbered under: a quarter (to 4) or a half (to 2). */
function numeralUnder(g: Grid, top: number, r: number, c: number): { n: number; group: number } | undefined {
  const t = g.text(r, c).trim();
  const q = quarterNumeral(t);
  const quarterGroup = q === undefined ? undefined : groupOver(g, top, r, c, namesQuarterGroup);
  if (quarterGroup !== undefined) return { n: q!, group: quarterGroup };
  const named = HALF_NAMED.exec(t);
  const bare = named ? undefined : HALF_BARE.exec(t);
  const m = named ?? bare;
  if (!m) return undefined;
  const k = (m[1] ?? m[2])!.toLowerCase();
  const group = groupOver(g, top, r, c, (x) => namesSemesterGroup(x) || (!!named && namesValueGroup(x)));
  return group === undefined ? undefined : { n: ROMAN[k] ?? Number(k), group };
}

/**
 * Row r (under header rows top..r-1) names quarters or half years: its own cells (not merged down from
 * above) are all period numerals under merged groups, numbered 1, 2, … afresh under each group.
 */
export function isQuarterNumberRow(g: Grid, info: RowInfo, top: number, r: number): boolean {
  if (info.numbers > 0 || r <= top) return false;
  let own = 0;
  let group: number | undefined;
  let next = 1;
  for (const c of info.anchors) {
    if (g.anchor(r, c).r !== r) continue;
    const at = numeralUnder(g, top, r, c);
    if (at === undefined) return false;
    if (at.group !== group) {
      group = at.group;
      next = 1;
    }
    if (at.n !== next) return false;
    next++;
    own++;
  }
  return own >= 2;
}

/** A lone "1"–"4" in a column's header under a part that names a quarter period (or "1", "2" a semester). */
export function quarterUnderGroup(stack: readonly string[], t: string): boolean {
  if (quarterNumeral(t) !== undefined && stack.some(namesQuarterGroup)) return true;
  return HALF_BARE.test(t.trim()) && stack.some(namesSemesterGroup);
}
