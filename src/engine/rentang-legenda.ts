/**
 * One band of a predikat scale as a legend prints it → the interval it grades. Agencies print the same band
 * many ways: "> 100 %", "C ≥ 91", "76 ≤ C < 91", "75 % s.d. 100 %", "55 % s.d. < 75 %", "76 – 90",
 * "> 80 – 90", "91 ke atas", "di bawah 51". The bounds' words are engine/batas.ts's (one vocabulary with
 * parse and the reader); what a band means where two bands share or skip a number is the comparison's
 * business (skala-legenda.ts), not this one's.
 */
import { readBatas, readBatasLegenda } from "./batas";

/** A band as printed: `null` where the legend prints no bound on that side. */
export interface Rentang {
  from: number | null;
  fromInclusive: boolean;
  to: number | null;
  toInclusive: boolean;
}

const NUM = String.raw`\d+(?:[.,]\d+)?`;
const OP = String.raw`≤|<=|=<|<|≥|>=|=>|>`;
/** the capaian named in the band: "C", "x", "Capaian", "Nilai", "NK" */
const VAR = String.raw`\p{L}[\p{L}.]*`;
/** "76 – 90", "75 s.d. 100", "76 s/d 90", "66 sampai dengan 75", "51 hingga 65" */
const SEP = String.raw`[-–—]|s\.?\s*d\.?|s/d|sampai(?:\s+dengan)?|hingga|to`;

const ANGKA = new RegExp(`^${NUM}$`);
const GANDA = new RegExp(`^(${NUM})\\s*(${OP})\\s*${VAR}\\s*(${OP})\\s*(${NUM})$`, "u");
const SPAN = new RegExp(`^(${OP})?\\s*(${NUM})\\s*(?:${SEP})\\s*(${OP})?\\s*(${NUM})$`, "iu");
const VAR_DEPAN = new RegExp(`^${VAR}\\s*(?=${OP})`, "u");
const ANGKA_DEPAN = new RegExp(`^(${NUM})\\s*(${OP})\\s*${VAR}$`, "u");

const angka = (s: string): number | null => (ANGKA.test(s) ? Number(s.replace(",", ".")) : null);
const kecil = (op: string): boolean => op.startsWith("<") || op === "≤" || op === "=<";
const ketat = (op: string): boolean => op === "<" || op === ">";

/** "%", doubled spaces and a trailing colon go; case stays for the variable's letters (matched with /u). */
function rapikan(t: string): string {
  return t.replace(/%/g, " ").replace(/\s+/g, " ").replace(/[:;]$/, "").trim();
}

/** "a ≤ C < b" or "b > C ≥ a": a bound on each side of the capaian. */
function ganda(t: string): Rentang | null {
  const m = GANDA.exec(t);
  if (!m) return null;
  const [, a, op1, op2, b] = m as unknown as [string, string, string, string, string];
  if (kecil(op1) !== kecil(op2)) return null;
  const naik = kecil(op1);
  const lo = angka(naik ? a : b);
  const hi = angka(naik ? b : a);
  if (lo === null || hi === null) return null;
  return { from: lo, fromInclusive: !ketat(naik ? op1 : op2), to: hi, toInclusive: !ketat(naik ? op2 : op1) };
}

/** "55 s.d. < 75", "> 80 – 90", "76 – 90": a lower bound (inclusive unless ">") and an upper one. */
function span(t: string): Rentang | null {
  const m = SPAN.exec(t);
  if (!m) return null;
  const [, op1, a, op2, b] = m;
  if ((op1 !== undefined && kecil(op1)) || (op2 !== undefined && !kecil(op2))) return null;
  const lo = angka(a ?? "");
  const hi = angka(b ?? "");
  if (lo === null || hi === null || hi < lo) return null;
  return { from: lo, fromInclusive: op1 !== ">", to: hi, toInclusive: op2 !== "<" };
}

/** One bound: "> 100", "C ≥ 91", "100 < C", "91 ke atas", "kurang dari 51", "minimal 91". */
function satu(t: string): Rentang | null {
  const terbalik = ANGKA_DEPAN.exec(t);
  if (terbalik) {
    const n = angka(terbalik[1] ?? "");
    const op = terbalik[2] ?? "";
    if (n === null) return null;
    // "100 < C": the capaian is above 100
    return kecil(op)
      ? { from: n, fromInclusive: !ketat(op), to: null, toInclusive: false }
      : { from: null, fromInclusive: true, to: n, toInclusive: !ketat(op) };
  }
  const rest = t.replace(VAR_DEPAN, "");
  const b = readBatas(rest) ? readBatasLegenda(rest) : readBatasLegenda(t);
  if (!b) return null;
  const n = angka(b.angka);
  if (n === null) return null;
  return b.arah === "paling sedikit"
    ? { from: n, fromInclusive: !b.ketat, to: null, toInclusive: false }
    : { from: null, fromInclusive: true, to: n, toInclusive: !b.ketat };
}

/** The interval a printed band grades, or null when its text is no band this reader knows. */
export function bacaRentang(teks: string): Rentang | null {
  const t = rapikan(teks);
  if (t === "") return null;
  return ganda(t) ?? span(t) ?? satu(t);
}
