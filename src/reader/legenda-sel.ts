/**
 * A scale legend printed in ONE cell: "Predikat: > 100 = Sangat Baik; 75 – 100 Baik; 50 – 75 Cukup; < 50
 * Kurang", "Keterangan: SB ≥ 91, B 76–90, C 66–75, K ≤ 65", or one band a line. Its bands are the same
 * (range, word) pairs a legend of rows prints, so they become the same model (BarisLegenda) and the engine
 * compares them with the run's scale alike. Evidence: after an optional title ("…:"), every piece between
 * the separators (";", a line break, ", ", " | ") is a range beside a word, three or more of them.
 */
import { bacaRentang } from "../engine/rentang-legenda";
import { isRangeCell } from "./skala-legend";

export interface PitaSel {
  rentang: string;
  kata: string;
}

const MIN_PITA = 3;
const MAX_PITA = 15;
/** ";", a line break, " | ", or a comma before a space (never a decimal comma: "75,5") */
const PEMISAH = /\s*(?:[;\n|]|,(?=\s))\s*/;
/** the legend's title: words, no number or sign, then a colon */
const JUDUL = /^([^\d<>≤≥=:;]{2,60}):\s*/u;
/** a list mark before a band: "-", "•", "1.", "a)" */
const TANDA = /^(?:[-•*·]|\d{1,2}[.)]|[a-e][.)])\s+(?=\D)/i;
/** what joins a range and its word: "=", ":", "→", a dash, brackets */
const SAMBUNG = /^[\s=:→>\-–—()]+|[\s=:→<\-–—()]+$/gu;
/** the capaian a band's range may name by one letter ("C > 100", "x ≤ 50") */
const VARIABEL = /^[CcXx]$/;
/** a legend's word: letters only ("Sangat Baik", "SB", "B") */
const KATA = /^\p{L}[\p{L} .]*$/u;

function kata(t: string): string | undefined {
  const w = t.replace(SAMBUNG, "").trim();
  return KATA.test(w) ? w : undefined;
}

function rentang(t: string): string | undefined {
  const r = t.replace(/^[\s=:(]+|[\s=:)]+$/g, "").trim();
  return isRangeCell(r) && bacaRentang(r) !== null ? r : undefined;
}

/**
 * One band: a range then its word (the shortest range that leaves a word: "91 ke atas Sangat Baik"), else a
 * word then its range (the longest word that leaves a range: "Sangat Baik > 100", "SB ≥ 91").
 */
export function pitaDariTeks(teks: string): PitaSel | undefined {
  const w = teks.replace(TANDA, "").trim().split(/\s+/);
  for (let k = 1; k < w.length; k++) {
    const r = rentang(w.slice(0, k).join(" "));
    const kt = r === undefined ? undefined : kata(w.slice(k).join(" "));
    if (r !== undefined && kt !== undefined) return { rentang: r, kata: kt };
  }
  for (let k = w.length - 1; k >= 1; k--) {
    const kt = kata(w.slice(0, k).join(" "));
    const r = kt === undefined ? undefined : rentang(w.slice(k).join(" "));
    if (r === undefined || kt === undefined) continue;
    // "D C < 55", "Sangat Baik C > 100": the lone C (or x) before the sign is the capaian, not the word's
    const v = k >= 2 && VARIABEL.test(w[k - 1] ?? "") ? rentang(w.slice(k - 1).join(" ")) : undefined;
    const kv = v === undefined ? undefined : kata(w.slice(0, k - 1).join(" "));
    return v !== undefined && kv !== undefined ? { rentang: v, kata: kv } : { rentang: r, kata: kt };
  }
  return undefined;
}

function pitaSemua(badan: string): PitaSel[] | undefined {
  const potong = badan.split(PEMISAH).filter((p) => p !== "");
  if (potong.length < MIN_PITA || potong.length > MAX_PITA + 1) return undefined;
  const out: PitaSel[] = [];
  for (const [i, p] of potong.entries()) {
    const pita = pitaDariTeks(p);
    if (pita) out.push(pita);
    else if (i === 0 && !/\d/.test(p) && p.endsWith(":")) continue;
    else if (/\d/.test(p) && isRangeCell(p.replace(/\p{L}{2,}/gu, "").trim()))
      out.push({ rentang: p, kata: "" });
    else return undefined;
  }
  const worded = out.filter((b) => b.kata !== "").length;
  return worded >= MIN_PITA && out.length <= MAX_PITA ? out : undefined;
}

const worded = (b: PitaSel[] | undefined): number => b?.filter((x) => x.kata !== "").length ?? -1;

/**
 * The bands of a one-cell legend, or undefined when the cell is none. A piece with a number that is no band
 * is kept without a word, so the engine names it unread rather than the legend being dropped. "Baik: 75 –
 * 100; …" opens with a band, not a title: the reading that gives more bands is the legend's.
 */
export function legendaSatuSel(teks: string): PitaSel[] | undefined {
  if (!/\d/.test(teks) || teks.length < 12) return undefined;
  const t = teks.trim();
  const tanpaJudul = pitaSemua(t.replace(JUDUL, ""));
  const utuh = JUDUL.test(t) ? pitaSemua(t) : undefined;
  return worded(utuh) > worded(tanpaJudul) ? utuh : tanpaJudul;
}
