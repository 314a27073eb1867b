/**
 * Cell → ParsedValue, as Indonesian agencies write numbers. Never throws: anything that is not a
 * value becomes "text", anything that looks numeric but cannot be read without a guess becomes "unreadable".
 */
import type { ParsedValue } from "./model";
import type { CellValue } from "./snapshot";
import { readNumberToken, readPastedNumber, type Convention } from "./parse-number";
import { GRADE_ORDER } from "./grade";
import { MAY_BE_MAGNITUDE, magnitudeOf } from "./magnitude";
import { readBatas } from "./batas";

export type { Convention } from "./parse-number";

export interface ParseOptions {
  convention?: Convention;
  /** the cell's Excel number format; a "%" format means the stored fraction is shown as a percent */
  numberFormat?: string;
}

/** Letter grades, best first (re-exported for the reader). */
export const GRADES = GRADE_ORDER;
const GRADE_SET = new Set<string>(GRADES);

// "N/a" typed by hand means "none"; "#N/A" is Excel's error value (a broken look-up), never a blank.
const BLANKS = new Set(["", "-", "--", "---", "—", "–", "n/a", "na", "n.a", "n.a."]);
const EXCEL_ERROR =
  /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BUSY!|CONNECT!|BLOCKED!)/i;
const GRADE_WITH_SCORE = /^([+-]?[\d.,]+)\s*\(\s*(AA|A|BB|B|CC|C|D)\s*\)$/;
const GRADE_THEN_SCORE = /^(AA|A|BB|B|CC|C|D)\s*\(\s*([+-]?[\d.,]+)\s*\)$/;
const MONEY_PREFIX = /^(?:rp\.?|idr)\s*/i;
const MONEY_SUFFIX = /\s*[,.]-$/;
const RANGE =
  /^([\d.,]+)\s*(%?)\s*(?:-|–|—|s\.?\s?d\.?|s\/d|sampai(?: dengan)?|hingga|to)\s*([\d.,]+)\s*(.*)$/i;
const RANGE_HINT = /[-–—]|s\.?\s?d|s\/d|sampai|hingga|\bto\b/i;
const SINGLE = /^([+-]?)\s*([\d.,]*\d[\d.,]*)\s*(.*)$/;
/** "%", "persen", and "%1" where a row number got glued to the sign */
const PERCENT_REST = /^(?:%\s*\d{0,2}|persen)$/i;
const UNIT = /^[A-Za-z][A-Za-z/().\- ]{0,29}$/;
/**
 * A rate's unit is a number in its unit as "%" is: "‰", "per mil", "permil", "per 1.000 KH", "per 100.000 penduduk".
 * Only "per" before a round base (1 and zeros, grouped or not), so "5 per 3 bulan" stays words.
 */
const PER_MILLE = /^(?:‰|per\s?mil+e?)$/i;
const PER_BASE = /^per\s?(?:10{0,2}(?:[.,]?000)+|10+)(?:\s+[A-Za-z][A-Za-z.() ]{0,20})?$/i;
/**
 * "100% Tersedia", "95 persen terpenuhi": a percent followed by the one word naming what it is a percent of —
 * the passive "ter-" words of done or provided that agencies append to a percent target.
 */
const PERCENT_OF =
  /^(?:%|persen)\s*(?:ter(?:sedia|penuhi|capai|laksana|ealisasi|selesaikan|layani|tangani|verifikasi|salurkan|data|bentuk|integrasi))$/i;
/** "Level 3", "Tingkat 3,5", "Level III": a maturity level (SPIP, MRI, SAKIP maturity) is the number after the word. */
const LEVEL = /^(?:level|tingkat|tingkatan|lvl\.?)\s*(?:(\d+(?:[.,]\d+)?)|(I{1,3}|IV|V))$/i;
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };
// made once: a pattern literal inside a function is a new RegExp object on every call (every cell)
const ODD_SPACE = /[\u00a0\u2007\u2009\u202f\t\r\n]| {2}/;
const ODD_SPACES = /[\u00a0\u2007\u2009\u202f\t\r\n]+/g;
const SPACE_RUN = / {2,}/g;
const MONEY_HINT = /^(?:rp|idr)|-$/i;
/**
 * An accounting negative: a bare number in parentheses, "(2,5)", "(71,43 %)", "(1.250)%". Only the whole cell:
 * "Realisasi (5)" or "ton (2)" keep their number as words. A column-number row's "(1) (2) (3)" is told apart by
 * the reader from the row's text before any cell is parsed (headers.ts isColumnNumber), so it never gets here.
 */
const PAREN_NEGATIVE = /^\(\s*([\d.,]*\d[\d.,]*)\s*(%?)\s*\)\s*(%?)$/;
/** A cell format shows a percent when it has a "%" outside quoted literals and escapes. */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format || !format.includes("%")) return false;
  const stripped = format.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  return stripped.includes("%");
}

/** Removes the binary noise of ×100 on a stored fraction (0.0325 → 3.25, not 3.2500000000000004). */
function clean(n: number): number {
  return Number(n.toPrecision(15));
}

function readSigned(sign: string, token: string, convention: Convention): number | null {
  const v = readNumberToken(token, convention);
  if (v === null) return null;
  return sign === "-" ? -v : v;
}

/**
 * A parsed number, every one made by this one literal: its fields always in this order, absent ones
 * undefined (JSON leaves them out as it left out the missing keys). Made by literals and spreads in
 * each branch they were four hidden classes of number, and with blank, text, grade and range more
 * than the reader's loops over parsed values optimise for, each new one costing a deopt.
 */
export function numberValue(value: number, percent?: boolean, unit?: string): ParsedValue {
  return { kind: "number", value, percent, unit };
}

function parseNumberCell(v: number, opts: ParseOptions | undefined): ParsedValue {
  if (!Number.isFinite(v)) return { kind: "unreadable", text: String(v) };
  if (isPercentFormat(opts?.numberFormat)) return numberValue(clean(v * 100), true);
  return numberValue(v);
}

function normalise(s: string): string {
  if (!ODD_SPACE.test(s)) return s.trim();
  return s.replace(ODD_SPACES, " ").replace(SPACE_RUN, " ").trim();
}

function withUnit(rest: string): { percent?: boolean; unit?: string } | null {
  if (rest === "") return {};
  if (PERCENT_REST.test(rest)) return { percent: true };
  if (PER_MILLE.test(rest)) return { unit: "‰" };
  if (PERCENT_OF.test(rest)) return { percent: true };
  if (PER_BASE.test(rest)) return { unit: rest };
  if (UNIT.test(rest) && rest.split(" ").length <= 3) return { unit: rest };
  return null;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** "1,000" / "39,487": 1–3 digits, a comma, 3 digits (the token holds only digits, "." and ","). */
function isCommaGroup(token: string): boolean {
  const n = token.length;
  if (n < 5 || n > 7 || token.charCodeAt(n - 4) !== 44) return false;
  for (let i = 0; i < n; i++) {
    const c = token.charCodeAt(i);
    if (i !== n - 4 && (c < 48 || c > 57)) return false;
  }
  return true;
}

/**
 * The common shapes, read without the full cascade: a bare number ("1.234", /^\d[\d.,]*$/) and a number with
 * "%" or a short word ("1.234 orang", "85 %", "12Dok": /^(\d[\d.,]*) ?(%|[A-Za-z]{1,20})$/). Scanned by hand
 * because this runs on every cell; undefined means "not one of these shapes".
 */
function parseQuick(raw: string, convention: Convention): ParsedValue | undefined {
  const n = raw.length;
  let c = raw.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return undefined;
  let e = 1;
  for (; e < n; e++) {
    c = raw.charCodeAt(e);
    if (!((c >= 48 && c <= 57) || c === 46 || c === 44)) break;
  }
  if (e === n) {
    // Most cells are a bare number: skip the cleaning and the pattern cascade for them.
    const value = readNumberToken(raw, convention);
    return value === null ? { kind: "unreadable", text: raw } : numberValue(value);
  }
  // A token ending in "." never takes the quick path ("1. Nilai" is a list number).
  if (raw.charCodeAt(e - 1) === 46) return undefined;
  const restAt = c === 32 ? e + 1 : e;
  const restLen = n - restAt;
  if (restLen === 1 && raw.charCodeAt(restAt) === 37 /* % */) {
    const value = readNumberToken(raw.slice(0, e), convention);
    return value === null ? undefined : numberValue(value, true);
  }
  if (restLen < 1 || restLen > 20) return undefined;
  for (let i = restAt; i < n; i++) if (!isAsciiLetter(raw.charCodeAt(i))) return undefined;
  const rest = raw.slice(restAt);
  if (restLen === 6 && rest.toLowerCase() === "persen") return undefined;
  // "3 permil": per mille is its sign "‰" whichever way it is spelled (the full cascade names it so)
  if ((rest.charCodeAt(0) | 32) === 112 /* p */ && PER_MILLE.test(rest)) return undefined;
  // "85 juta", "288 ribu": a magnitude word scales the number (magnitude.ts), read by the full cascade
  if (MAY_BE_MAGNITUDE.test(rest)) return undefined;
  const token = raw.slice(0, e);
  // "1,000 keluarga", "39,487 orang": a count with a unit has no 3-decimal fraction, so the comma groups thousands.
  const countGroup = convention === "id" && isCommaGroup(token);
  const value = readNumberToken(token, countGroup ? "us" : convention);
  return value === null ? undefined : numberValue(value, undefined, rest);
}

/** "72,45 (BB)", "BB (72,45)": a grade printed with its score. */
function gradeWithScore(t: string, convention: Convention): ParsedValue | undefined {
  let m = GRADE_WITH_SCORE.exec(t);
  if (m) {
    const score = readSigned("", m[1] as string, convention);
    return score === null ? { kind: "unreadable", text: t } : { kind: "grade", grade: m[2] as string, score };
  }
  m = GRADE_THEN_SCORE.exec(t);
  if (!m) return undefined;
  const score = readSigned("", m[2] as string, convention);
  return score === null ? { kind: "unreadable", text: t } : { kind: "grade", grade: m[1] as string, score };
}

/** "Level 3", "Tingkat 3,5", "Level III" (maturity levels): the level's number, its word kept as the unit. */
function readLevel(t: string, convention: Convention): ParsedValue | undefined {
  const m = LEVEL.exec(t);
  if (!m) return undefined;
  const value =
    m[1] !== undefined ? readNumberToken(m[1], convention) : ROMAN[(m[2] as string).toUpperCase()];
  return value === null || value === undefined ? undefined : numberValue(value, undefined, "Level");
}

function parseText(raw: string, convention: Convention): ParsedValue {
  const quick = parseQuick(raw, convention);
  if (quick !== undefined) return quick;
  const t = normalise(raw);
  if (t.length <= 5 && BLANKS.has(t.toLowerCase())) return { kind: "blank" };
  if (t.charCodeAt(0) === 35 /* # */ && EXCEL_ERROR.test(t)) return { kind: "unreadable", text: t };
  if (GRADE_SET.has(t)) return { kind: "grade", grade: t };
  // "85, 3", "1 . 250": a number pasted from a PDF (only a text starting with a digit pays for the check)
  const pasted = readPastedNumber(t, convention);
  if (pasted) return numberValue(pasted.value, pasted.percent ? true : undefined);

  let m: RegExpExecArray | null = null;
  // The pattern cascade is costly on a hot path: each pattern runs only when its telltale character is there.
  const graded = t.includes("(") ? gradeWithScore(t, convention) : undefined;
  if (graded) return graded;

  // "≥ 85%", "≤ 60 menit", "min. 80": a standard stated as a bound is that number (the sign stays in raw)
  const bound = readBatas(t);
  if (bound && bound.panjang < t.length) {
    const inner = parseText(t.slice(bound.panjang), convention);
    if (inner.kind === "number") return inner;
  }

  const level = isAsciiLetter(t.charCodeAt(0)) ? readLevel(t, convention) : undefined;
  if (level) return level;

  const body = MONEY_HINT.test(t) ? t.replace(MONEY_PREFIX, "").replace(MONEY_SUFFIX, "") : t;

  m = body.charCodeAt(0) === 40 /* ( */ ? PAREN_NEGATIVE.exec(body) : null;
  if (m) {
    const magnitude = readNumberToken(m[1] as string, convention);
    if (magnitude === null) return { kind: "unreadable", text: t };
    // "(0)" is zero, not −0 (which Excel would show as "-0")
    const value = magnitude === 0 ? 0 : -magnitude;
    return numberValue(value, m[2] === "%" || m[3] === "%" ? true : undefined);
  }

  m = RANGE_HINT.test(body) ? RANGE.exec(body) : null;
  if (m) {
    const low = readNumberToken(m[1] as string, convention);
    const high = readNumberToken(m[3] as string, convention);
    const tail = withUnit(m[4] as string);
    if (tail && low !== null && high !== null && low <= high) {
      const percent = m[2] === "%" || tail.percent === true;
      return {
        kind: "range",
        low,
        high,
        ...(percent ? { percent: true } : {}),
        ...(tail.unit ? { unit: tail.unit } : {}),
      };
    }
  }

  m = SINGLE.exec(body);
  if (m) {
    const token = m[2] as string;
    const rest = m[3] as string;
    const tail = withUnit(rest);
    // "1. Nilai AKIP OPD": a list number in front of words, not a value.
    if (tail === null || (rest !== "" && tail.unit !== undefined && token.endsWith("."))) {
      return { kind: "text", text: t };
    }
    const scaled =
      tail.unit !== undefined ? magnitudeOf(rest, body !== t && MONEY_PREFIX.test(t)) : undefined;
    // "1,000 keluarga", "39,487 orang": a count with a unit has no 3-decimal fraction, so the comma groups
    // thousands; before a magnitude word the comma is the decimal one ("1,250 juta" is 1 250 000).
    const countGroup = tail.unit !== undefined && !scaled && convention === "id" && isCommaGroup(token);
    const value = readSigned(m[1] as string, token, countGroup ? "us" : convention);
    if (value === null) return { kind: "unreadable", text: t };
    if (scaled) {
      const v = clean(value * scaled.factor);
      return numberValue(v, undefined, scaled.unit);
    }
    return numberValue(value, tail.percent, tail.unit);
  }
  return { kind: "text", text: t };
}

export function parseValue(cell: CellValue, opts?: ParseOptions): ParsedValue {
  try {
    if (typeof cell === "number") return parseNumberCell(cell, opts);
    if (typeof cell === "boolean") return { kind: "text", text: cell ? "TRUE" : "FALSE" };
    if (typeof cell !== "string") return { kind: "blank" };
    return parseText(cell, opts?.convention ?? "id");
  } catch {
    // Defensive: the parser is called on every cell of unknown workbooks and must never stop a run.
    return { kind: "unreadable", text: String(cell) };
  }
}

const US_STRONG = /\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:,\d{3}){2,}(?!\d)/;
const ID_STRONG = /\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}(?!\d)/;
const US_DECIMAL = /(?:^|[^\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.,])/;
const ID_DECIMAL = /(?:^|[^\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d.,])/;

/**
 * A column keeps one convention: votes from every text cell; "1.000"/"1,000" alone cast no vote.
 * Ties (and columns of plain Excel numbers) are Indonesian.
 */
export function detectConvention(cells: CellValue[]): Convention {
  let us = 0;
  let id = 0;
  for (const c of cells) {
    if (typeof c !== "string" || c.length === 0 || c.length > 200) continue;
    // Each pattern needs its separator; a cell without it skips the pattern (most cells have one kind only).
    const comma = c.includes(",");
    const dot = c.includes(".");
    if (!comma && !dot) continue;
    if (comma && US_STRONG.test(c)) us += 2;
    else if (dot && ID_STRONG.test(c)) id += 2;
    else if (dot && US_DECIMAL.test(c)) us += 1;
    else if (comma && ID_DECIMAL.test(c)) id += 1;
  }
  return us > id ? "us" : "id";
}

/** The convention a single cell proves on its own ("16,005,873,903" → us), or null when it could be either. */
export function cellConvention(cell: CellValue): Convention | null {
  if (typeof cell !== "string" || cell.length === 0 || cell.length > 200) return null;
  if (US_STRONG.test(cell) && !ID_STRONG.test(cell)) return "us";
  if (ID_STRONG.test(cell) && !US_STRONG.test(cell)) return "id";
  if (US_DECIMAL.test(cell) && !ID_DECIMAL.test(cell)) return "us";
  if (ID_DECIMAL.test(cell) && !US_DECIMAL.test(cell)) return "id";
  return null;
}

/** Cells whose own writing contradicts their column's convention: the reader flags them rather than guess. */
export function conventionMisfits(
  cells: CellValue[],
  convention: Convention = detectConvention(cells),
): number[] {
  const out: number[] = [];
  cells.forEach((c, i) => {
    const own = cellConvention(c);
    if (own !== null && own !== convention) out.push(i);
  });
  return out;
}

/**
 * Equal cells of one read share one frozen ParsedValue. A workbook repeats its values (75 %, 100, "-")
 * down every column, and each SourcedValue the reader keeps held its own parsed object: at 10,000
 * indicator rows 128,000 of them for 5,800 distinct values, 7 MB of the 39 MB a read keeps (objects and
 * their boxed doubles). Frozen, so a caller that edits one in place throws rather than edit every cell
 * sharing it. Make one per read: it holds every distinct cell until dropped.
 */
export class ParseCache {
  private readonly text = { id: new Map<string, ParsedValue>(), us: new Map<string, ParsedValue>() };
  private readonly plain = new Map<number, ParsedValue>();
  private readonly percent = new Map<number, ParsedValue>();

  parse(cell: CellValue, convention: Convention, numberFormat: string | undefined): ParsedValue {
    // the parse of a number depends on its format (percent or not), of a text on the column's convention
    let map: Map<CellValue, ParsedValue>;
    if (typeof cell === "number") {
      // -0 would share 0's entry (Maps treat them as one key): read on its own
      if (cell === 0 && 1 / cell < 0) return parseValue(cell, { convention, numberFormat });
      map = isPercentFormat(numberFormat) ? this.percent : this.plain;
    } else if (typeof cell === "string") map = this.text[convention];
    else return parseValue(cell, { convention, numberFormat });
    let p = map.get(cell);
    if (p === undefined) {
      p = Object.freeze(parseValue(cell, { convention, numberFormat }));
      map.set(cell, p);
    }
    return p;
  }
}

/**
 * Every cell of a column read under the column's one convention. With a cache, equal cells share
 * their (frozen) result, across columns and tables alike.
 */
export function parseColumn(cells: CellValue[], formats?: string[], cache?: ParseCache): ParsedValue[] {
  const convention = detectConvention(cells);
  const out: ParsedValue[] = new Array(cells.length);
  if (cache) {
    for (let i = 0; i < cells.length; i++)
      out[i] = cache.parse(cells[i] as CellValue, convention, formats?.[i]);
    return out;
  }
  const plain: ParseOptions = { convention };
  for (let i = 0; i < cells.length; i++) {
    const numberFormat = formats?.[i];
    out[i] = parseValue(
      cells[i] as CellValue,
      numberFormat === undefined ? plain : { convention, numberFormat },
    );
  }
  return out;
}

/** The numeric reading of a parsed value, when it has one (a grade's score counts). */
export function numericOf(p: ParsedValue | undefined | null): number | null {
  if (!p) return null;
  if (p.kind === "number") return p.value;
  if (p.kind === "grade" && p.score !== undefined) return p.score;
  return null;
}

/** An error value as Excel shows it ("#N/A", "#DIV/0!"): a broken formula, not something a person wrote. */
export function isExcelError(text: string): boolean {
  return text.charCodeAt(0) === 35 /* # */ && EXCEL_ERROR.test(text.trim());
}
