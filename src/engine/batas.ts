/**
 * A standard written as a bound: "≤ 60 menit", "maks. 10 hari", "paling lama 14 hari" (at most), "≥ 80 %",
 * "minimal 85", "sekurang-kurangnya 75 %" (at least). One vocabulary serves both readers of a bound: parse
 * takes the number after it (the bound stays in the raw text), the reader takes the direction as polaritas.
 */
const AT_MOST = String.raw`≤|<=|=<|<|maks(?:imal|imum)?\.?|max(?:imal|imum)?\.?|paling (?:lama|banyak|tinggi)|tidak lebih dari|sebanyak-banyaknya`;
const AT_LEAST = String.raw`≥|>=|=>|>|min(?:imal|imum)?\.?|paling (?:sedikit|rendah|cepat)|sekurang-kurangnya|tidak kurang dari`;
/** a bound is only a bound before a number: "≥ target" or "Maksimal" alone are words */
const BATAS = new RegExp(String.raw`^(?:(${AT_MOST})|(${AT_LEAST}))\s*(?=[-+]?[\d.,])`, "i");

export interface Batas {
  /** "paling banyak": the value must not exceed the number; "paling sedikit": it must reach it */
  arah: "paling banyak" | "paling sedikit";
  /** length of the bound's words and the spaces after them, where the number begins */
  panjang: number;
}

/** First characters a bound can start with (≥ ≤ < > = and the words' m, p, t, s), so most text skips the pattern. */
const FIRST = new Set([0x2265, 0x2264, 60, 62, 61, 109, 77, 112, 80, 116, 84, 115, 83]);

/** The bound at the start of a trimmed text, or undefined when the text does not start with one. */
export function readBatas(t: string): Batas | undefined {
  if (!FIRST.has(t.charCodeAt(0))) return undefined;
  const m = BATAS.exec(t);
  if (!m) return undefined;
  return { arah: m[1] !== undefined ? "paling banyak" : "paling sedikit", panjang: m[0].length };
}
