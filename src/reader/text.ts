/** Text helpers shared by header recognition and indicator joining. */
import type { CellValue } from "../engine/snapshot";

export function cellText(v: CellValue | undefined): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string")
    return v
      .replace(/[\u00a0\u2007\u2009\u202f\t\r\n]+/g, " ")
      .replace(/ {2,}/g, " ")
      .trim();
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

/** Lower case, no punctuation (except % kept as a word), single spaces. */
export function rawWords(s: string): string[] {
  const t = s
    .toLowerCase()
    .replace(/[^ -~]+/g, (m) => m.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""))
    .replace(/%/g, " % ")
    .replace(/ditindak\s+lanjuti/g, "ditindaklanjuti")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
  if (t === "") return [];
  return t.split(" ");
}

/** rawWords with known misspellings fixed. */
export function normWords(s: string): string[] {
  return rawWords(s).map(fixSpelling);
}

export function normHeader(s: string): string {
  return normWords(s).join(" ");
}

/** Indicator text as a join key: list numbers, the "Kewenangan ..." suffix and filler words go. */
export function normIndicator(s: string): string {
  const stripped = s
    .replace(/^\s*(?:\d+(?:\.\d+)*|[a-z])[.)]\s+/i, "")
    .replace(/\bkewenangan\s+(provinsi|kabupaten\s*\/\s*kota|kabupaten|kota)\b.*$/i, "");
  return normWords(stripped)
    .filter((w) => w !== "yang" && w !== "dan" && w !== "dalam" && w !== "di" && w !== "%")
    .join(" ");
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
  const m = /(?:^|[^\d])((?:19|20)\d\d)(?![\d])/.exec(s);
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
  const m =
    /^\s*(tujuan|sasaran(?:\s+strategis)?|sub\s*kegiatan|program|kegiatan)\s*[\d.]*\s*[:\-–]\s*(.*)$/i.exec(
      s,
    );
  if (!m) return { rest: s };
  const w = m[1]!.toLowerCase().replace(/\s+/g, "");
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
