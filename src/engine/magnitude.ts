/**
 * Magnitude words written after a number: "Rp 85,4 M" (miliar), "Rp 1,2 T" (triliun), "Rp 500 jt",
 * "288,46 ribu orang". Indonesian reports write money this way in target and realisasi cells, and the seeds
 * write counts of people the same way ("288,46 ribu orang").
 *
 * Spelled-out words (ribu, juta, miliar/milyar, triliun) are numbers in Indonesian whatever they count, so
 * they scale any value. Their short forms are scaled only where the cell speaks of money — a "Rp"/"IDR" before
 * the number or "rupiah"/"Rp" after the short form — because alone they are units too: "2 M" is two metres,
 * "5 T" five tonnes, "3 K" a grade.
 */

const SPELLED: Record<string, number> = {
  ribu: 1e3,
  juta: 1e6,
  miliar: 1e9,
  milyar: 1e9,
  milliar: 1e9,
  triliun: 1e12,
  trilyun: 1e12,
};
/** Short forms, money only: "M" miliar and "T" triliun as every Indonesian budget text uses them. */
const SHORT: Record<string, number> = {
  rb: 1e3,
  jt: 1e6,
  m: 1e9,
  t: 1e12,
  "m.": 1e9,
  "jt.": 1e6,
  "rb.": 1e3,
};
const MONEY_UNIT = /^(?:rupiah|rp\.?|idr)$/i;

/** A first word after the number that may be a magnitude: lets the quick path step aside cheaply. */
export const MAY_BE_MAGNITUDE = /^(?:ribu|juta|mil+[iy]ar|tril[iy]un|rb|jt|m|t)\b/i;

export interface Scaled {
  factor: number;
  /** what is left as the unit: "orang" of "ribu orang", "Rp" for money, nothing for a bare "juta" */
  unit?: string;
}

/**
 * The factor a unit text starts with, and the unit left after it; undefined when it starts with none.
 * `money`: the cell had "Rp"/"IDR" before its number.
 */
export function magnitudeOf(rest: string, money: boolean): Scaled | undefined {
  const words = rest.trim().split(/\s+/);
  const first = (words[0] ?? "").toLowerCase();
  const after = words.slice(1).join(" ");
  const moneyAfter = MONEY_UNIT.test(after);
  const factor =
    SPELLED[first] ?? ((money || moneyAfter) && SHORT[first] !== undefined ? SHORT[first] : undefined);
  if (factor === undefined) return undefined;
  if (money || moneyAfter) return { factor, unit: "Rp" };
  return after === "" ? { factor } : { factor, unit: after };
}
