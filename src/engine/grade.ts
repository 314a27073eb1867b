/** Letter grades of SAKIP/AKIP, best first: AA > A > BB > B > CC > C > D (the AKIP scale's bands, in order). */
import { peringkat, SKALA_AKIP } from "./skala-nilai";

export const GRADE_ORDER: readonly string[] = SKALA_AKIP.bands.map((b) => b.label);

/** 7 for AA … 1 for D; null for anything else. */
export function gradeRank(grade: string): number | null {
  return peringkat(SKALA_AKIP, grade);
}
