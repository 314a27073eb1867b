/**
 * A real date in a header ("Realisasi s.d." over 31 Desember 2024, the serial 45657 under "dd mmmm yyyy")
 * is the period of its column, as the words "s.d. 31 Desember 2024" would be: no data value. Read only on
 * header rows and the row under a header, never per cell of a sheet.
 */
import type { Grid } from "./grid";

const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

/** Excel's day 0 of the 1900 date system as Unix milliseconds (1899-12-30: the 1900 leap-year bug included) */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A number format that shows a date: day, month or year codes outside quoted text, no digit placeholders. */
export function isDateFormat(format: string): boolean {
  if (format === "" || format === "General" || format === "@") return false;
  const codes = format
    .split(";")[0]!
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  return /[dy]/i.test(codes) && !/[0#?%]/.test(codes);
}

/** "31 Desember 2024" for a serial of a plausible report year (1990–2100), else undefined. */
export function dateWords(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 32874 || serial > 73051) return undefined;
  const d = new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS);
  return `${d.getUTCDate()} ${BULAN[d.getUTCMonth()]!} ${d.getUTCFullYear()}`;
}

/** The cell's date as words when it holds a date under a date format, else undefined. */
export function headerDate(g: Grid, r: number, c: number): string | undefined {
  const v = g.value(r, c);
  if (typeof v !== "number" || !isDateFormat(g.format(r, c))) return undefined;
  return dateWords(v);
}

/** A header cell's words: a date's as "31 Desember 2024", any other cell's text. */
export function headerText(g: Grid, r: number, c: number): string {
  return headerDate(g, r, c) ?? g.text(r, c);
}
