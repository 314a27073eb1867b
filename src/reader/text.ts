/** Text helpers shared by header recognition and indicator joining. */
import type { CellValue } from "../engine/snapshot";

// Every pattern of these helpers is made once here: a literal inside a function is a new RegExp
// object on every call, and the helpers run on every cell and every indicator text. The global
// ones serve only replace(), which starts from lastIndex 0 each time.
const ODD_SPACES = /[\u00a0\u2007\u2009\u202f\t\r\n]+/g;
const SPACE_RUN = / {2,}/g;
const NOT_PRINTABLE_ASCII_RUN = /[^ -~]+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const PERCENT_SIGN = /%/g;
const DITINDAK_LANJUTI = /ditindak\s+lanjuti/g;
const NOT_WORD_RUN = /[^a-z0-9%]+/g;
const INDICATOR_LIST_MARK = /^\s*(?:\d+(?:\.\d+)*|[a-z])[.)]\s+/i;
const KEWENANGAN_SUFFIX = /\bkewenangan\s+(provinsi|kabupaten\s*\/\s*kota|kabupaten|kota)\b.*$/i;
const FIRST_YEAR = /(?:^|[^\d])((?:19|20)\d\d)(?![\d])/;
const LABEL_PREFIX =
  /^\s*(tujuan|sasaran(?:\s+strategis)?|sub[\s-]*kegiatan|program|kegiatan)\s*[\d.]*\s*[:\-–]\s*(.*)$/i;
const SPACES = /\s+/g;

/** What cellText folds: the odd spaces, and runs of plain spaces. */
const ODD_SPACE = /[\u00a0\u2007\u2009\u202f\t\r\n]| {2}/;

export function cellText(v: CellValue | undefined): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") {
    // most cells hold nothing to fold: one test instead of two replacing passes
    if (!ODD_SPACE.test(v)) return v.trim();
    return v.replace(ODD_SPACES, " ").replace(SPACE_RUN, " ").trim();
  }
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  return v ? "TRUE" : "FALSE";
}

/**
 * Spellings seen in real reports (PDF copies, typing slips) mapped to the word they mean, so that
 * "Presentase PSKS" and "Persentase PSKS" are one indicator and "Capaiam" is still a capaian header.
 */
const SPELLING: Record<string, string> = {
  presentase: "persentase",
  prosentase: "persentase",
  persentasi: "persentase",
  capaiam: "capaian",
  capain: "capaian",
  capaain: "capaian",
  akuntabliitas: "akuntabilitas",
  akuntabilitasi: "akuntabilitas",
  akuntabiltas: "akuntabilitas",
  penangung: "penanggung",
  penanggun: "penanggung",
  jawaab: "jawab",
  realiasi: "realisasi",
  relisasi: "realisasi",
  realisai: "realisasi",
  taget: "target",
  targer: "target",
  indkator: "indikator",
  indikatior: "indikator",
  indicator: "indikator",
  penyandnag: "penyandang",
  pantu: "panti",
  pant: "panti",
  pantil: "panti",
  mesh: "mesin",
  mogran: "migran",
  perlidungan: "perlindungan",
  sosal: "sosial",
  social: "sosial",
  kesejahtraan: "kesejahteraan",
  penunjnag: "penunjang",
  elektornik: "elektronik",
};

export function fixSpelling(word: string): string {
  return SPELLING[word] ?? word;
}

const NOT_PRINTABLE_ASCII = /[^ -~]/;

/** Lower case, no punctuation (except % kept as a word), single spaces. */
export function rawWords(s: string): string[] {
  // The passes that change nothing on most texts (plain ASCII, no "%", no "ditindak") are skipped.
  let t = s.toLowerCase();
  if (NOT_PRINTABLE_ASCII.test(t))
    t = t.replace(NOT_PRINTABLE_ASCII_RUN, (m) => m.normalize("NFKD").replace(COMBINING_MARKS, ""));
  if (t.includes("%")) t = t.replace(PERCENT_SIGN, " % ");
  if (t.includes("ditindak")) t = t.replace(DITINDAK_LANJUTI, "ditindaklanjuti");
  t = t.replace(NOT_WORD_RUN, " ").trim();
  if (t === "") return [];
  return t.split(" ");
}

/** rawWords with known misspellings fixed. */
export function normWords(s: string): string[] {
  // in place: the array is rawWords' own, made for this call (no second array per text)
  const words = rawWords(s);
  for (let i = 0; i < words.length; i++) words[i] = fixSpelling(words[i]!);
  return words;
}

/**
 * Footnote marks on a header word: "Target*", "Realisasi¹", "Capaian²)", "Capaian (%)**", "Sasaran†",
 * "Realisasi 2)". A header's note is under the table; the mark glued to the word (or standing after it as
 * "n)") would otherwise make "realisasi1" or "capaian 2" of it, words no header is made of. A number in
 * parentheses "(2)" is a column number, and a year stays a year: only one or two digits closing with ")"
 * right after a word or its unit go, not the
 * quarter closing "(TW 2)".
 */
const FOOTNOTE_MARKS = /[*†‡§¹²³\u2070-\u2079]+|(?<![(][^()]*)(?<=[\p{L}%)])\s?\d{1,2}\)(?=\s|$)/gu;
const MAY_HAVE_FOOTNOTE = /[*†‡§¹²³\u2070-\u2079]|\d\)/u;

export function withoutFootnotes(s: string): string {
  return MAY_HAVE_FOOTNOTE.test(s) ? s.replace(FOOTNOTE_MARKS, " ") : s;
}

export function normHeader(s: string): string {
  return normWords(withoutFootnotes(s)).join(" ");
}

/** A column's header parts (group first) as one text of header words: "Target / Perubahan" → "target perubahan". */
export function partsWords(parts: readonly string[] | undefined): string {
  return (parts ?? []).map(normHeader).join(" ");
}

/** Indicator text as a join key: list numbers, the "Kewenangan ..." suffix and filler words go. */
export function normIndicator(s: string): string {
  const stripped = s.replace(INDICATOR_LIST_MARK, "").replace(KEWENANGAN_SUFFIX, "");
  // the kept words compacted in rawWords' own array, no mapped and filtered copies: this runs once per
  // indicator text
  const words = rawWords(stripped);
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    const w = fixSpelling(words[i]!);
    if (w === "yang" || w === "dan" || w === "dalam" || w === "di" || w === "%") continue;
    words[n++] = w;
  }
  words.length = n;
  return words.join(" ");
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const t = ` ${s} `;
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient on character bigrams of two normalised texts: 1 identical, 0 nothing shared. */
export function similarity(a: string, b: string): number {
  if (a === b) return a === "" ? 0 : 1;
  if (a === "" || b === "") return 0;
  const x = bigrams(a);
  const y = bigrams(b);
  let both = 0;
  let nx = 0;
  let ny = 0;
  for (const v of x.values()) nx += v;
  for (const v of y.values()) ny += v;
  for (const [g, v] of x) {
    const w = y.get(g);
    if (w) both += Math.min(v, w);
  }
  return (2 * both) / (nx + ny);
}

export function firstYear(s: string): number | undefined {
  const m = FIRST_YEAR.exec(s);
  return m ? Number(m[1]) : undefined;
}

export function allYears(s: string): number[] {
  const out: number[] = [];
  const re = /(?:^|[^\d])((?:19|20)\d\d)(?=[^\d]|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push(Number(m[1]));
  return out;
}

/** "Tujuan 1 : Meningkatnya ..." → { prefix: "tujuan", rest: "Meningkatnya ..." } */
export function splitLabel(s: string): {
  prefix?: "tujuan" | "sasaran" | "program" | "kegiatan" | "subkegiatan";
  rest: string;
} {
  const m = LABEL_PREFIX.exec(s);
  if (!m) return { rest: s };
  const w = m[1]!.toLowerCase().replace(SPACES, "");
  const prefix = w.startsWith("tujuan")
    ? "tujuan"
    : w.startsWith("sasaran")
      ? "sasaran"
      : w.startsWith("sub")
        ? "subkegiatan"
        : w === "program"
          ? "program"
          : "kegiatan";
  return { prefix, rest: m[2]!.trim() };
}
