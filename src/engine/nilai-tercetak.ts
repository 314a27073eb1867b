/**
 * The same number printed in two tables. A fraction stored under a percent format (1,0183 under "0.00%")
 * is read as its percent, 101,83050…: the sheet computed it and prints it rounded, while another table
 * holds the number typed as printed (101,83). They are one quantity when the computed one, rounded to the
 * decimals the typed one was written with, is that number; a typed 85 against a stored 0,855 (85,5) is not.
 */
import type { SourcedValue } from "./model";

/** a typed number is written with few decimals; more than this is itself a computed value */
const MAX_TYPED_DECIMALS = 6;

/** A number stored as a fraction and shown as a percent by its cell's format: a formula's full precision. */
function formatPercent(v: SourcedValue): boolean {
  return typeof v.raw === "number" && v.parsed.kind === "number" && v.parsed.percent === true;
}

/** How many decimals a number was written with (101.83 → 2), or undefined past MAX_TYPED_DECIMALS. */
function decimalsOf(n: number): number | undefined {
  const s = String(Math.abs(n));
  if (s.includes("e")) return undefined;
  const dot = s.indexOf(".");
  const d = dot < 0 ? 0 : s.length - dot - 1;
  return d <= MAX_TYPED_DECIMALS ? d : undefined;
}

/** Equal to a relative 1e-9: the same number through binary noise. */
export function samaRelatif(x: number, y: number): boolean {
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

function roundTo(n: number, d: number): number {
  const p = 10 ** d;
  // half away from zero, as a cell's format rounds; the small nudge takes back binary noise (x.xx5)
  return (Math.sign(n) * Math.round(Math.abs(n) * p + 1e-7)) / p;
}

/**
 * True when `a` and `b` are one number as printed: equal to a relative 1e-9, or one a percent-formatted
 * fraction that rounds, at the other's written decimals, to the other (typed, not a fraction itself).
 */
export function sameNumberPrinted(a: SourcedValue, b: SourcedValue): boolean {
  if (a.parsed.kind !== "number" || b.parsed.kind !== "number") return false;
  const x = a.parsed.value;
  const y = b.parsed.value;
  if (samaRelatif(x, y)) return true;
  const fa = formatPercent(a);
  if (fa === formatPercent(b)) return false;
  const [computed, typed] = fa ? [x, y] : [y, x];
  const d = decimalsOf(typed);
  return d !== undefined && Math.abs(roundTo(computed, d) - typed) <= 1e-9 * Math.max(1, Math.abs(typed));
}
