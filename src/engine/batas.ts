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
  /** "<" or ">" alone: the number itself is outside (a scale's band edge says which band holds it) */
  ketat: boolean;
}

/** First characters a bound can start with (≥ ≤ < > = and the words' m, p, t, s), so most text skips the pattern. */
const FIRST = new Set([0x2265, 0x2264, 60, 62, 61, 109, 77, 112, 80, 116, 84, 115, 83]);

/** The bound at the start of a trimmed text, or undefined when the text does not start with one. */
export function readBatas(t: string): Batas | undefined {
  if (!FIRST.has(t.charCodeAt(0))) return undefined;
  const m = BATAS.exec(t);
  if (!m) return undefined;
  const kata = m[1] ?? m[2];
  return {
    arah: m[1] !== undefined ? "paling banyak" : "paling sedikit",
    panjang: m[0].length,
    ketat: kata === "<" || kata === ">",
  };
}

/**
 * Words only a printed scale bounds its bands with ("di atas 90", "kurang dari 51", "91 ke atas", "50 atau
 * kurang"). They are kept apart from BATAS: a target "lebih dari 80" stays text for parse, as it always was.
 */
const LEGENDA_DEPAN = /^(di ?atas|lebih dari)|^(di ?bawah|kurang dari)/i;
const LEGENDA_BELAKANG = /(ke ?atas|atau lebih)$|(ke ?bawah|atau kurang)$/i;

/** A band edge of a printed scale: the bound's direction, whether the number is outside, and the number's text. */
export interface BatasLegenda {
  arah: Batas["arah"];
  ketat: boolean;
  angka: string;
}

/** One bound of a scale's band, in BATAS's words or a legend's own ("91 ke atas"); undefined otherwise. */
export function readBatasLegenda(t: string): BatasLegenda | undefined {
  const b = readBatas(t);
  if (b) return { arah: b.arah, ketat: b.ketat, angka: t.slice(b.panjang).trim() };
  const depan = LEGENDA_DEPAN.exec(t);
  if (depan) {
    const arah = depan[1] !== undefined ? "paling sedikit" : "paling banyak";
    return { arah, ketat: true, angka: t.slice(depan[0].length).trim() };
  }
  const belakang = LEGENDA_BELAKANG.exec(t);
  if (belakang) {
    const arah = belakang[1] !== undefined ? "paling sedikit" : "paling banyak";
    return { arah, ketat: false, angka: t.slice(0, belakang.index).trim() };
  }
  return undefined;
}
