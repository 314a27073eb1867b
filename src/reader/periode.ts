/**
 * The period within the year a column's header names, as the quarter the model files it under. Agencies
 * report by triwulan ("TW III", "Triwulan III", "Trw 3"), by kuartal (the same quarter in other words,
 * "Kuartal III", "Quarter 3", "Q3") and by semester: the first half runs to June, the end of the second
 * quarter, the second half to December, the fourth. A value "s.d. TW III" (up to and including the
 * third quarter) is filed under that quarter, as the year so far; "s.d. TW IV" (or "s.d. Semester II")
 * is the whole year, already rolled up (DOMAIN: the year is made from its quarters), so it is the
 * year's own value: filed as a quarter, it would be rolled up a second time and set against the
 * fourth quarter's own value where another table reports the quarters one by one. A quarter is numbered
 * with a digit or a Roman numeral, "ke-2" or "ke 3", or spelled out as an ordinal ("Triwulan Pertama",
 * "TW Kedua", "Kuartal Keempat", "Second Quarter"): all the same quarter.
 */

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
/** a quarter spelled out: Indonesian ordinals ("kesatu" is "pertama" in formal letters), English ones */
const ORDINAL: Record<string, number> = {
  pertama: 1,
  kesatu: 1,
  kedua: 2,
  ketiga: 3,
  keempat: 4,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};

/** the words that name a quarter of the year */
const QUARTER_WORD = /\b(tw|trw|triwulan|tri wulan|quarter|kuartal|kwartal)\b/;
/**
 * Another numeral right after the one a period word names: "Triwulan I-IV", "Semester I/II", "TW I s.d. IV",
 * "Semester I dan II" name a span or a list of periods, not one (the columns under it may each name theirs).
 */
const LIST_AFTER = String.raw`(?!\s+(?:dan\s+|s\s?d\s+|sampai dengan\s+|hingga\s+)?(?:iv|iii|ii|i|[1-4])\b)`;
/** "tw iii", "triwulan 3", "kuartal iv", "q2", "tw1", "triwulan ke 2" ("ke-2"), "tw ke3", "triwulan kedua" */
const QUARTER_NUMBERED = new RegExp(
  String.raw`\b(?:tw|trw|triwulan|tri wulan|quarter|kuartal|kwartal|q)\s*(?:ke\s*)?(iv|iii|ii|i|[1-4]|pertama|kesatu|kedua|ketiga|keempat)\b` +
    LIST_AFTER,
);
/** "first quarter", "2nd quarter": the English ordinal stands before the word (read in as "triwulan") */
const ORDINAL_QUARTER = /\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|triwulan)\b/;
const QUARTER_GLUED = /^(?:tw|q)([1-4])$/;
/** "semester i", "semester 2", "smt ii", "sem ii", "semester ke 2", "semester pertama" */
const SEMESTER = new RegExp(
  String.raw`\b(?:semester|smt|sem)\s*(?:ke\s*)?(ii|i|[12]|pertama|kedua)\b` + LIST_AFTER,
);
const SEMESTER_WORD = /\b(semester|smt|sem)\b/;
/**
 * "S1", "S-2" ending a part: a half year only beside words that name a value ("Realisasi / S1",
 * "Realisasi S-2"), never a degree in a count of staff ("Pendidikan / S1")
 */
const SEMESTER_SHORT = /(?:^|\s)s\s?([12])$/;
const VALUE_WORD = /\b(target|realisasi|capaian|kinerja|rencana)\b/;
const HALF: Record<string, number> = { i: 1, "1": 1, pertama: 1, ii: 2, "2": 2, kedua: 2 };
/** "s.d.", "sampai dengan", "hingga", "kumulatif": the period so far, up to and including the one named */
const SO_FAR =
  /\b(s d|sd|sampai dengan|hingga|kumulatif|akumulasi)\s+(?:tw|trw|triwulan|kuartal|quarter|semester|smt|sem)\b/;

/** The quarter a numeral or ordinal names: "iii" → 3, "3" → 3, "ketiga" → 3. */
export function quarterNumber(s: string): number | undefined {
  if (ROMAN[s]) return ROMAN[s];
  if (ORDINAL[s]) return ORDINAL[s];
  return /^[1-4]$/.test(s) ? Number(s) : undefined;
}

/** A semester as the quarter it ends with: I → 2, II → 4. */
function semesterEnd(half: number): number {
  return half * 2;
}

/** The lone numeral under a group header that names the period ("Target Kuartal / I", "Semester / II"). */
function loneNumeral(parts: string[], from: number, semester: boolean): number | undefined {
  for (let i = parts.length - 1; i >= from; i--) {
    const p = parts[i]!;
    if (semester) {
      const half = HALF[p];
      if (half === 1 || half === 2) return semesterEnd(half);
    } else {
      const q = quarterNumber(p);
      if (q !== undefined) return q;
    }
  }
  return undefined;
}

/**
 * One column's header rows (normalised words, group first) → the quarter it is about, or undefined for the
 * year itself ("Realisasi s.d. Triwulan IV").
 */
export function periodeOf(parts: string[]): number | undefined {
  const q = periodNamed(parts);
  return q === 4 && SO_FAR.test(parts.join(" ")) ? undefined : q;
}

function periodNamed(parts: string[]): number | undefined {
  const quarterAt = parts.findIndex((p) => QUARTER_WORD.test(p));
  const semesterAt = parts.findIndex((p) => SEMESTER_WORD.test(p));
  for (const p of parts) {
    const m = QUARTER_NUMBERED.exec(p);
    if (m) return quarterNumber(m[1]!);
    const o = ORDINAL_QUARTER.exec(p);
    if (o) return ORDINAL[o[1]!];
    const g = QUARTER_GLUED.exec(p);
    if (g) return Number(g[1]);
    const s = SEMESTER.exec(p);
    if (s) return semesterEnd(HALF[s[1]!]!);
    const short = SEMESTER_SHORT.exec(p);
    if (short && parts.some((x) => VALUE_WORD.test(x))) return semesterEnd(Number(short[1]));
  }
  // "Realisasi pada Triwulan / I / K": the period is the lone numeral under the group that names it
  if (quarterAt >= 0) return loneNumeral(parts, quarterAt, false);
  if (semesterAt >= 0) return loneNumeral(parts, semesterAt, true);
  return undefined;
}
