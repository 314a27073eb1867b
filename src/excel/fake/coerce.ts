/**
 * What Excel (en-US) makes of a string written into a cell that is not formatted as text ("@"):
 * the same as typing it. The fake does the same, so a gateway that forgets the text format loses
 * the string visibly in tests. Excel also gives the cell a number format where the input implies
 * one (a percentage, a date, a fraction, a time).
 */
import type { CellValue } from "../../engine/snapshot";

export interface Coerced {
  value: CellValue;
  /** a number format Excel sets with the value, applied only to a General cell */
  format?: string;
  /** the value is one of Excel's error values, not text */
  error?: true;
  /** the input is a formula */
  formula?: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const NEGATIVE = /^\((\d+\.?\d*|\.\d+)\)$/;
const FRACTION = /^([+-]?)(\d+)\s+(\d+)\/(\d+)$/;
const DATE = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2,4}))?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
export const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
]);

/** Excel's serial day number (1900 system; day 60 is the phantom 29 Feb 1900, irrelevant here). */
function serial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const t = Date.UTC(year, month - 1, day);
  if (new Date(t).getUTCDate() !== day) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function dateOf(t: string): Coerced | null {
  const iso = ISO_DATE.exec(t);
  if (iso) {
    const s = serial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return s === null ? null : { value: s, format: "yyyy-mm-dd" };
  }
  const m = DATE.exec(t);
  if (!m) return null;
  // en-US: month first; a missing year is the current year.
  const yearText = m[3];
  const year = yearText === undefined ? new Date().getUTCFullYear() : Number(yearText);
  const full =
    yearText !== undefined && yearText.length === 2 ? (year < 30 ? 2000 + year : 1900 + year) : year;
  const s = serial(full, Number(m[1]), Number(m[2]));
  return s === null ? null : { value: s, format: yearText === undefined ? "d-mmm" : "m/d/yyyy" };
}

function numberOf(t: string): Coerced | null {
  if (NUMBER.test(t)) return { value: Number(t) };
  if (THOUSANDS.test(t)) return { value: Number(t.replace(/,/g, "")), format: "#,##0" };
  if (PERCENT.test(t)) return { value: Number(t.slice(0, -1)) / 100, format: "0%" };
  const neg = NEGATIVE.exec(t);
  if (neg) return { value: -Number(neg[1]) };
  const f = FRACTION.exec(t);
  if (f && Number(f[4]) !== 0) {
    const v = Number(f[2]) + Number(f[3]) / Number(f[4]);
    return { value: f[1] === "-" ? -v : v, format: "# ?/?" };
  }
  const time = TIME.exec(t);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60)
    return {
      value: (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86_400,
      format: "h:mm",
    };
  return dateOf(t);
}

/** The cell content Excel makes of `input` in a cell that is not text-formatted. */
export function coerceInput(input: string): Coerced {
  if (input === "") return { value: "" };
  // A leading apostrophe is Excel's text prefix: it is not part of the value.
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (/^[=+\-@]/.test(input) && !NUMBER.test(input.trim()) && !PERCENT.test(input.trim()))
    return {
      value: "#NAME?",
      formula: input.startsWith("=") ? input : `=${input.replace(/^@/, "")}`,
    };
  const t = input.trim();
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === "TRUE" };
  if (ERROR_VALUES.has(t.toUpperCase())) return { value: t.toUpperCase(), error: true };
  return numberOf(t) ?? { value: input };
}
