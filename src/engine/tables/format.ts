/**
 * Number formats and Indonesian number text. Cells keep full precision; only the format rounds,
 * and Excel shows the separators of the user's locale.
 */
import type { PlanValue } from "../plan";

export const EMPTY_MARK = "—";
export const RUPIAH_FORMAT = "#,##0";
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

// made once: the checks below run on every text cell of every table
const FORMULA_START = /^[=+\-@]/;
const NUMERIC_TEXT = /^[\d\s.,/:%]+$/;
const A_DIGIT = /\d/;

/** "#,##0.00" for 2 decimals, "#,##0" for none. */
export function decimalFormat(desimal: number): string {
  const d = Math.max(0, Math.min(6, Math.trunc(desimal)));
  // every numeric cell of a table asks: the seven possible answers are made once
  return DECIMAL_FORMATS[d] ?? spellDecimalFormat(d);
}

function spellDecimalFormat(d: number): string {
  return d === 0 ? "#,##0" : `#,##0.${"0".repeat(d)}`;
}

const DECIMAL_FORMATS: readonly string[] = [0, 1, 2, 3, 4, 5, 6].map(spellDecimalFormat);

/** Whole numbers without decimals (1.500 orang), fractions with the chosen decimals (3,25 %). */
export function valueFormat(value: number, desimal: number): string {
  return Number.isInteger(value) ? "#,##0" : decimalFormat(desimal);
}

/** Text that Excel would read as a formula or a sign: kept as text by the "@" format. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** Text Excel would turn into a number or a date when written ("2023", "1.1", "1/2"). */
export function looksNumeric(text: string): boolean {
  return NUMERIC_TEXT.test(text) && A_DIGIT.test(text);
}

/** Per-cell number format: the numeric format for numbers, "@" for text Excel would otherwise reinterpret. */
export function formatForValue(value: PlanValue, numeric?: string): string {
  if (typeof value === "number") return numeric ?? GENERAL_FORMAT;
  if (typeof value === "string" && (isFormulaLike(value) || looksNumeric(value))) return TEXT_FORMAT;
  return GENERAL_FORMAT;
}

/** 90.5 → "90,5"; 1000 → "1.000" (for footnotes, which are text). */
export function angkaId(n: number, maxDesimal = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const negative = n < 0;
  const fixed = Math.abs(n).toFixed(maxDesimal);
  const [whole = "0", frac = ""] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const trimmed = frac.replace(/0+$/, "");
  return `${negative ? "−" : ""}${grouped}${trimmed ? `,${trimmed}` : ""}`;
}

export function isAngka(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

/** NaN and ±∞ have no cell form: they are written as an empty cell. */
export function safeValue(v: PlanValue): PlanValue {
  return typeof v === "number" && !Number.isFinite(v) ? null : v;
}

/** A target or realisasi as the cell shows it: a number, the printed text (grades, ranges) or a dash. */
export function valueCell(v: number | string | null | undefined): PlanValue {
  if (v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v))) return EMPTY_MARK;
  if (typeof v === "string" && v.trim() === "") return EMPTY_MARK;
  return v;
}
