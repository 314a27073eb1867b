/** Letter grades of SAKIP/AKIP, best first: AA > A > BB > B > CC > C > D. */
export const GRADE_ORDER = ["AA", "A", "BB", "B", "CC", "C", "D"] as const;
export type Grade = (typeof GRADE_ORDER)[number];

/** 7 for AA … 1 for D; null for anything else. */
export function gradeRank(grade: string): number | null {
  const i = (GRADE_ORDER as readonly string[]).indexOf(grade.trim().toUpperCase());
  return i < 0 ? null : GRADE_ORDER.length - i;
}
