/**
 * Years a header names relative to a year it does not print: "Tahun n-2 | Tahun n-1 | Tahun n", "T-1",
 * "Tahun (n-1)", "Tahun Lalu | Tahun Ini", "Thn Sebelumnya", "Tahun Berjalan" count from the report's year;
 * "Tahun ke-1 … ke-5", "Tahun I … V", "Th. ke-2", "Tahun Pertama" count through a plan's period
 * ("Renstra 2025-2029"). The reference is what the workbook states around the table: the report's year
 * in the table's title, the sheet's name or a title line above; the period in the title or the sheet's
 * name, else the years its kondisi awal (the year before the period) or end target state.
 *
 * Read against the wrong year these columns would file last year's realisasi as this year's (and report
 * it as differing from itself); left without a year, five Renstra targets would fall into one slot. A
 * reference the workbook does not give is said (TAHUN_TIDAK_TERBACA) and the column set aside, except a
 * "Tahun n" / "Tahun Ini" column: that is the table's own year, read as a header without a year is.
 */
import type { ColumnMapping, ColumnRole } from "../engine/mapping";
import { allYears } from "./text";

/** A year named by its distance from the report's year, or by its place in a plan's period (1 = first). */
export type Relatif = { geser: number } | { ke: number };

/** "tahun", "thn", "th.", "year": the word a relative year hangs on */
const TAHUN = String.raw`(?:tahun|thn|th|tah|year|yr)\.?`;
/** "Tahun n-2", "Th. (N-1)", "Tahun N", "Year n+1", and "n-1", "(n)" standing alone */
// the word and the "n" stand apart ("Thn" is no "Th" and an n)
const N_WITH_WORD = new RegExp(
  String.raw`(?<![\p{L}\d])${TAHUN}(?:\s+|\.|\s*\()\s*\(?\s*n\s*(?:([-–+])\s*(\d))?\s*\)?(?![\p{L}\d])`,
  "u",
);
const N_ALONE = /^\(?\s*n\s*(?:([-–+])\s*(\d))?\s*\)?$/u;
/** "T-1", "(T-2)", "T+1": T is the year here; a bare "T" is a target and says nothing of it */
const T_OFFSET = /(?<![\p{L}\d])\(?t\s*([-–+])\s*(\d)\)?(?![\p{L}\d])/u;
/** "Tahun Lalu", "Thn Sebelumnya", "last year", "previous year" */
const LAST = new RegExp(
  String.raw`(?<![\p{L}])(?:${TAHUN}\s+(?:yang\s+)?(?:lalu|sebelumnya|sebelum)|(?:last|previous|prior)\s+year)(?![\p{L}])`,
  "u",
);
/** "Dua Tahun Lalu", "2 tahun sebelumnya": two years back */
const TWO_BACK = new RegExp(
  String.raw`(?<![\p{L}])(?:dua|2)\s+${TAHUN}\s+(?:yang\s+)?(?:lalu|sebelumnya)(?![\p{L}])`,
  "u",
);
/** "Tahun Ini", "Tahun Berjalan", "Tahun Pelaporan", "current year", "this year" */
const THIS = new RegExp(
  String.raw`(?<![\p{L}])(?:${TAHUN}\s+(?:ini|berjalan|sekarang|pelaporan|laporan)|(?:current|this|reporting)\s+year)(?![\p{L}])`,
  "u",
);
/** "Tahun ke-1", "Th. ke 2", "Tahun 3", "Year 4" (one digit: a year of four is a year) */
const KE_DIGIT = new RegExp(String.raw`(?<![\p{L}])${TAHUN}\s*(?:ke\s*-?\s*)?(\d)(?!\d)`, "u");
/** "Tahun I … VI", "Tahun ke-II" */
const KE_ROMAN = new RegExp(
  String.raw`(?<![\p{L}])${TAHUN}\s+(?:ke\s*-?\s*)?(i{1,3}|iv|v|vi)(?![\p{L}\d])`,
  "u",
);
/** "Tahun Pertama … Keenam" */
const KE_WORD = new RegExp(
  String.raw`(?<![\p{L}])${TAHUN}\s+(?:ke\s*-?\s*)?(pertama|kedua|ketiga|keempat|kelima|keenam)(?![\p{L}])`,
  "u",
);
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6 };
const ORDINAL: Record<string, number> = { pertama: 1, kedua: 2, ketiga: 3, keempat: 4, kelima: 5, keenam: 6 };

const signed = (sign: string | undefined, d: string | undefined): number =>
  d === undefined ? 0 : sign === "+" ? Number(d) : -Number(d);

/** One header cell's relative year, or undefined when it names none. */
export function relatifCell(text: string): Relatif | undefined {
  const t = text.toLowerCase().replace(/\s+/g, " ").trim();
  if (t === "" || /(?:19|20)\d\d/.test(t)) return undefined;
  const n = N_WITH_WORD.exec(t) ?? N_ALONE.exec(t) ?? T_OFFSET.exec(t);
  if (n) return { geser: signed(n[1], n[2]) };
  if (TWO_BACK.test(t)) return { geser: -2 };
  if (LAST.test(t)) return { geser: -1 };
  if (THIS.test(t)) return { geser: 0 };
  const k = KE_DIGIT.exec(t);
  if (k) return Number(k[1]) >= 1 ? { ke: Number(k[1]) } : undefined;
  const r = KE_ROMAN.exec(t);
  if (r) return { ke: ROMAN[r[1]!]! };
  const w = KE_WORD.exec(t);
  if (w) return { ke: ORDINAL[w[1]!]! };
  return undefined;
}

const same = (a: Relatif, b: Relatif): boolean =>
  "geser" in a ? "geser" in b && a.geser === b.geser : "ke" in b && a.ke === b.ke;

/** A column's relative year from its header cells, group first; cells that disagree name none. */
export function relatifOf(stack: readonly string[]): Relatif | undefined {
  let found: Relatif | undefined;
  for (const tx of stack) {
    const r = relatifCell(tx);
    if (r === undefined) continue;
    if (found !== undefined && !same(found, r)) return undefined;
    found = r;
  }
  return found;
}

/** "2025-2029", "2021 – 2026", "2025 s.d. 2029", "2025 sampai dengan 2029": a plan's period */
const PERIOD =
  /((?:19|20)\d\d)\s*(?:[-–—/]|s\.?\s*d\.?|sampai(?: dengan)?|hingga|to)\s*((?:19|20)\d\d)(?!\d)/giu;

export interface Periode {
  mulai: number;
  akhir: number;
}

/** The one period a text states (a span of two to seven years), or "dua" when it states different ones. */
export function periodeRencanaOf(text: string): Periode | "dua" | undefined {
  let out: Periode | undefined;
  for (const m of text.matchAll(PERIOD)) {
    const mulai = Number(m[1]);
    const akhir = Number(m[2]);
    if (akhir - mulai < 1 || akhir - mulai > 6) continue;
    if (out !== undefined && (out.mulai !== mulai || out.akhir !== akhir)) return "dua";
    out = { mulai, akhir };
  }
  return out;
}

/**
 * The one year a text states outside any period: "LKjIP … Tahun 2025 (Renstra 2021-2026)" → 2025; "dua"
 * when it states two ("Tahun 2024 dan 2025": which one is "n" it does not say).
 */
export function reportYearOf(text: string): number | "dua" | undefined {
  const years = new Set(allYears(text.replace(PERIOD, " ")));
  if (years.size > 1) return "dua";
  return years.size === 1 ? [...years][0] : undefined;
}

/** Roles that hold one year's value: a relative year over any other column changes nothing read. */
export const RELATIF_ROLES = new Set<ColumnRole>([
  "target",
  "realisasi",
  "capaian",
  "predikat",
  "renstraTarget",
  "renstraRealisasi",
]);

/** Columns with a relative year over a value role, with what each names. */
export function relativeColumns(
  columns: readonly ColumnMapping[],
  parts: ReadonlyMap<number, string[]>,
): [ColumnMapping, Relatif][] {
  const out: [ColumnMapping, Relatif][] = [];
  for (const col of columns) {
    if (col.tahun !== undefined || !RELATIF_ROLES.has(col.role)) continue;
    const stack = parts.get(col.col);
    const rel = stack ? relatifOf(stack) : undefined;
    if (rel) out.push([col, rel]);
  }
  return out;
}

/** What the table's surroundings state: the report's year and the plan's period, each with where from. */
export interface Acuan {
  tahun?: number;
  /** the report's year stated twice over, differently */
  tahunDua?: boolean;
  periode?: Periode;
  periodeDua?: boolean;
  /** the title states it (surer than a sheet name or a line further up) */
  dariJudul: boolean;
}

/** The reference years around a table: its title first, then the sheet's name, then lines further up. */
export function acuanOf(title: string, sheetName: string, further: () => number | undefined): Acuan {
  const out: Acuan = { dariJudul: false };
  const t = reportYearOf(title);
  if (t === "dua") out.tahunDua = true;
  else if (t !== undefined) {
    out.tahun = t;
    out.dariJudul = true;
  } else {
    const s = reportYearOf(sheetName);
    if (s === "dua") out.tahunDua = true;
    else out.tahun = s ?? further();
  }
  const p = periodeRencanaOf(title) ?? periodeRencanaOf(sheetName);
  if (p === "dua") out.periodeDua = true;
  else if (p !== undefined) out.periode = p;
  return out;
}

/**
 * "Kondisi Awal (2024) | Tahun ke-1 … ke-5": with no period stated, the kondisi awal's year is the year
 * before the plan's first, and an end target's year its last.
 */
function periodFromColumns(columns: readonly ColumnMapping[], last: number): Periode | undefined {
  const awal = columns.find((c) => c.role === "baseline" && c.tahun !== undefined)?.tahun;
  if (awal !== undefined) return { mulai: awal + 1, akhir: awal + last };
  const akhir = columns.find((c) => c.role === "targetAkhir" && c.tahun !== undefined)?.tahun;
  return akhir !== undefined ? { mulai: akhir - last + 1, akhir } : undefined;
}

/** under the pane's 0.6 for a column set aside; a year worked out is surer from the title than from further away */
const SET_ASIDE = 0.3;
const FROM_TITLE = 0.85;
const FROM_ELSEWHERE = 0.8;

/** A relative year that stayed unread, and why. */
export interface TahunRelatifTakTerbaca {
  col: ColumnMapping;
  rel: Relatif;
  alasan: "tanpaAcuan" | "acuanGanda" | "diLuarPeriode";
}

/**
 * Gives each column with a relative year its year from the reference; returns the ones it could not, set
 * aside ("Tahun n" / "Tahun Ini" with no report year stays the table's year, as a header without one).
 */
export function relativeYears(
  columns: ColumnMapping[],
  parts: ReadonlyMap<number, string[]>,
  acuan: () => Acuan,
): TahunRelatifTakTerbaca[] {
  const rel = relativeColumns(columns, parts);
  if (rel.length === 0) return [];
  const a = acuan();
  const cap = a.dariJudul ? FROM_TITLE : FROM_ELSEWHERE;
  const lastKe = Math.max(0, ...rel.map(([, r]) => ("ke" in r ? r.ke : 0)));
  const periode = a.periode ?? (a.periodeDua ? undefined : periodFromColumns(columns, lastKe));
  const unread: TahunRelatifTakTerbaca[] = [];
  for (const [col, r] of rel) {
    let year: number | undefined;
    let alasan: TahunRelatifTakTerbaca["alasan"] = "tanpaAcuan";
    if ("geser" in r) {
      if (a.tahun !== undefined) year = a.tahun + r.geser;
      else if (a.tahunDua) alasan = "acuanGanda";
      else if (r.geser === 0) continue;
    } else if (periode !== undefined) {
      if (periode.mulai + r.ke - 1 <= periode.akhir) year = periode.mulai + r.ke - 1;
      else alasan = "diLuarPeriode";
    } else if (a.periodeDua) alasan = "acuanGanda";
    if (year !== undefined) {
      col.tahun = year;
      col.confidence = Math.min(col.confidence, cap);
      continue;
    }
    col.role = "abaikan";
    col.confidence = Math.min(col.confidence, SET_ASIDE);
    unread.push({ col, rel: r, alasan });
  }
  return unread;
}
