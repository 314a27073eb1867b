/**
 * A scale printed beside a table (Permendagri 86/2017: "≥ 91 | Sangat Tinggi", "76 – 90 | Tinggi" …): a
 * legend of ranges and the words (or letters: "A | ≥ 91") they grade, not one value per indicator row. Its rows stand level with
 * the table's, so without this it would join the table as a second predikat column.
 */
import type { Grid } from "./grid";
import type { Band } from "./bands";
import { classifyHeader } from "./headers";
import { isHeaderish } from "./header-cells";
import { readBatasLegenda } from "../engine/batas";

/** a comparison sign, or two numbers joined by a dash or "s.d.": a band of a scale */
const COMPARISON = /[<>≤≥]/;
const SPAN = /\d\s*%?\s*(?:[-–—]|s\.?\s*d\.?|s\/d|sampai|hingga)\s*[<>≤≥]?\s*\d/i;
const DIGIT = /\d/;
const WORD = /\p{L}{3,}/u;
/** a legend is a narrow box: ranges, words, perhaps a score or a letter */
const MAX_WIDTH = 4;
const MIN_ROWS = 3;
const MAX_ROWS = 15;
/** a range column headed as a target is the table's own targets written as ranges ("80 – 90 %") */
const TABLE_ROLES = new Set(["target", "realisasi", "indikator", "nama", "pagu", "targetAkhir"]);

/**
 * A band's range: a sign, a span, or a bound said in words ("di atas 90", "91 ke atas", "minimal 91"), the
 * words being the engine's one vocabulary of bounds (engine/batas.ts), as the legend's comparison reads them.
 */
export function isRangeCell(t: string): boolean {
  return (
    t.length <= 30 &&
    DIGIT.test(t) &&
    (COMPARISON.test(t) || SPAN.test(t) || readBatasLegenda(t) !== undefined)
  );
}

/** A word of a legend: no digit, a word of three letters or more ("Sangat Tinggi", "Baik"). */
export function isLegendWord(t: string): boolean {
  return !DIGIT.test(t) && WORD.test(t);
}

/** A letter grade ("A", "BB"; AKIP's AA…D, IKM's A–D): a legend graded in letters prints it for a word. */
export function isHurufMutu(t: string): boolean {
  return /^(?:AA|BB|CC|[A-E])$/.test(t);
}

interface Counts {
  filled: number;
  ranges: number;
  words: number;
  /** the distinct letter grades: a column of codes repeats them, a legend's letters do not */
  huruf: Set<string>;
}

/** A band of at most four columns with a column of ranges and a column of words beside it, under no target. */
export function isScaleLegend(g: Grid, band: Band): boolean {
  if (band.to - band.from + 1 > MAX_WIDTH) return false;
  const counts: Counts[] = [];
  for (let c = band.from; c <= band.to; c++) {
    const n: Counts = { filled: 0, ranges: 0, words: 0, huruf: new Set() };
    for (let r = 0; r < g.rows; r++) {
      const t = g.text(r, c);
      if (t === "") continue;
      // a scale has a handful of bands: a long column is a table's
      if (++n.filled > MAX_ROWS) return false;
      if (isRangeCell(t)) n.ranges++;
      else if (isHurufMutu(t)) n.huruf.add(t);
      else if (isLegendWord(t)) {
        n.words++;
        if (isHeaderish(t) && TABLE_ROLES.has(classifyHeader([t]).role)) return false;
      }
    }
    counts.push(n);
  }
  const ranges = counts.findIndex((n) => n.ranges >= MIN_ROWS && n.ranges >= n.filled * 0.7);
  const grades = (n: Counts) => Math.max(n.words, n.huruf.size);
  return (
    ranges >= 0 && counts.some((n, i) => i !== ranges && grades(n) >= MIN_ROWS && grades(n) >= n.filled * 0.7)
  );
}
