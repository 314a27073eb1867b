/**
 * A table model's cell as the text Word shows: what Excel shows for the same cell and number format,
 * in the report's language (Indonesian "106,67" and "57.367.577.759"). One formatter, the project's
 * (src/engine/format.ts); this only reads the decimals a format asks for and keeps its trailing zeros.
 */
import { type Bahasa, formatAngka } from "../engine/format";
import type { ModelCell } from "../engine/tables";

/** decimals of "#,##0.00" (2), "#,##0" (0), "0.0%" (1); null for General */
function decimalsOf(numberFormat: string): number | null {
  const m = /0(?:\.(0+))?/.exec(numberFormat);
  if (!m) return null;
  return m[1]?.length ?? 0;
}

/** Excel keeps a format's trailing zeros ("100,00"); the shared formatter drops them, so they come back here. */
function fixed(n: number, bahasa: Bahasa, desimal: number): string {
  const text = formatAngka(n, bahasa, desimal);
  if (desimal === 0) return text;
  const dec = bahasa === "id" ? "," : ".";
  const at = text.indexOf(dec);
  const have = at < 0 ? 0 : text.length - at - 1;
  return (at < 0 ? `${text}${dec}` : text) + "0".repeat(desimal - have);
}

/** Up to this many decimals for a number without a format (row numbers, General cells). */
const GENERAL_DECIMALS = 6;

export function teksAngka(n: number, numberFormat: string | undefined, bahasa: Bahasa): string {
  if (!Number.isFinite(n)) return "";
  const format = numberFormat ?? "General";
  const d = decimalsOf(format);
  if (d === null) return formatAngka(n, bahasa, GENERAL_DECIMALS);
  // a percent format shows a fraction times 100 (the models keep percents as 106.67, but a user format may not)
  if (format.includes("%")) return `${fixed(n * 100, bahasa, d)}%`;
  return fixed(n, bahasa, d);
}

export function teksSel(c: ModelCell, bahasa: Bahasa): string {
  const v = c.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return teksAngka(v, c.numberFormat, bahasa);
  if (typeof v === "boolean") return v ? "Ya" : "Tidak";
  return String(v);
}

/** Numbers sit at the right edge of their column, as in the workbook. */
export function rataKanan(c: ModelCell): boolean {
  return typeof c.value === "number" && (c.role === "number" || c.role === "percent" || c.role === "rupiah");
}
