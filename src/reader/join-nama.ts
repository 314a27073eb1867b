/**
 * An indicator's name as the tables of one workbook vary it: "Indeks Kualitas Lingkungan Hidup (IKLH)",
 * "IKLH", "Persentase jalan kabupaten dalam kondisi mantap", "% Jalan Kab. kondisi mantap (%)",
 * "Angka kecelakaan lalu lintas (per 100.000 penduduk)". The name's form keeps the words that say which
 * quantity it is: a unit or qualifier in brackets at the end, a rate's "per 100.000 …" and the word
 * "Persentase" (the same as "%") go, common short forms are written out, and acronyms are kept aside so
 * that one table's "IKM" can stand for another's "Indeks Kepuasan Masyarakat". Two names are then
 * compared in their forms, the acronyms written out against each other, in either word order.
 */
import { digitTokens } from "./join-index";
import { normIndicator, similarity } from "./text";

/** Short forms agencies write in one table and in full in another (Indonesian administrative usage). */
const SHORT: Record<string, string> = {
  kab: "kabupaten",
  kec: "kecamatan",
  kel: "kelurahan",
  prov: "provinsi",
  thd: "terhadap",
  pemkab: "pemerintah kabupaten",
  pemkot: "pemerintah kota",
  pemprov: "pemerintah provinsi",
  perda: "peraturan daerah",
  perkada: "peraturan kepala daerah",
  ratio: "rasio",
  yg: "",
  pada: "",
  persentase: "",
};

const BRACKET = /\(([^()]*)\)/g;
/** an acronym as printed: two to eight letters (a digit or "/" inside), written in capitals */
const ACRONYM = /^[A-Z][A-Z0-9/]{1,7}$/;
/** a rate's denominator at the end: "per 100.000 penduduk", "per 1.000 KH" */
const PER_TAIL = /\s+per\s+\d[\d.,]*(\s+\S+)*\s*$/i;

export interface NamaForm {
  /** the name's words, unit, brackets and "Persentase" gone, short forms written out */
  words: string[];
  /** acronyms the name prints (in brackets or as words), lower case */
  akronim: string[];
  /** of those, the ones printed in brackets (the name says that is its acronym) */
  kurung: string[];
  /** the tokens with digits of the form (a rate's denominator not counted) */
  digits: string;
}

/**
 * The form of an indicator's name (see the file's comment). `norm` is the text's normIndicator when the
 * caller has it: a name with no bracket and no "per …" tail then needs no second normalising (half of this
 * function's time, ≈ 15 ms at 10,000 rows that all reach the similarity step).
 */
export function namaForm(text: string, norm?: string): NamaForm {
  const kurung: string[] = [];
  // a bracket holding an acronym names it; any other bracket is a unit or a qualifier
  let t = text.replace(BRACKET, (_m, inner: string) => {
    const x = inner.trim();
    if (ACRONYM.test(x)) kurung.push(x.toLowerCase());
    return " ";
  });
  t = t.replace(PER_TAIL, "");
  const akronim = [...kurung];
  for (const w of t.split(/[\s.,;:]+/))
    if (ACRONYM.test(w) && !akronim.includes(w.toLowerCase())) akronim.push(w.toLowerCase());
  const words: string[] = [];
  for (const w of (norm !== undefined && t === text ? norm : normIndicator(t)).split(" ")) {
    const full = SHORT[w];
    if (full === undefined) words.push(w);
    else if (full !== "") words.push(...full.split(" "));
  }
  const form = words.filter((w) => w !== "");
  return { words: form, akronim, kurung, digits: digitTokens(form.join(" ")) };
}

/** The words of `a` with each acronym `b` spells out (its initials, or its bracketed acronym) written out. */
function writtenOut(a: NamaForm, b: NamaForm): string[] {
  if (a.akronim.length === 0) return a.words;
  const out: string[] = [];
  for (const w of a.words) {
    const run = a.akronim.includes(w) ? spelledBy(w, b) : undefined;
    if (run) out.push(...run);
    else out.push(w);
  }
  return out;
}

/** The consecutive words of `b` whose initials are `akronim`; or all of `b` when it gives that acronym in brackets. */
function spelledBy(akronim: string, b: NamaForm): string[] | undefined {
  const n = akronim.length;
  for (let i = 0; i + n <= b.words.length; i++) {
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = b.words[i + k]!.startsWith(akronim[k]!);
    if (ok) return b.words.slice(i, i + n);
  }
  // only an acronym the other name gives in brackets stands for that whole name
  return b.kurung.includes(akronim) ? b.words : undefined;
}

const sorted = (ws: string[]): string => [...ws].sort().join(" ");

/**
 * How alike two indicator names are as names of one quantity, 0–1: the better of their forms compared
 * as written and with the words sorted, each with the acronyms written out against the other. Different
 * numbers in the forms ("kelompok 3", "kelompok 4") make them different names.
 */
export function namaSimilarity(a: NamaForm, b: NamaForm): number {
  if (a.digits !== b.digits) return 0;
  // both name one acronym in brackets: "Total Fertility Rate (TFR)" and "Angka Kelahiran Total (TFR)"
  for (const k of a.kurung) if (k.length >= 3 && b.kurung.includes(k)) return 1;
  const x = writtenOut(a, b);
  const y = writtenOut(b, a);
  const sx = x.join(" ");
  const sy = y.join(" ");
  if (sx === "" || sy === "") return 0;
  if (sx === sy) return 1;
  return Math.max(similarity(sx, sy), similarity(sorted(x), sorted(y)));
}

/** The initials of the name's runs of three to six words ("indeks kepuasan masyarakat" → "ikm"). */
export function singkatan(a: NamaForm): string[] {
  const out: string[] = [];
  const n = a.words.length;
  for (let i = 0; i + 3 <= n; i++) {
    let s = a.words[i]![0]! + a.words[i + 1]![0]!;
    for (let k = i + 2; k < n && k < i + 6; k++) {
      s += a.words[k]![0]!;
      out.push(s);
    }
  }
  return out;
}
