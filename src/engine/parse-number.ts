/**
 * Reading one numeric token ("57.367.577.759", "3,25", "16,005,873,903.50") under a column convention.
 * Returns null when the grouping cannot be read without guessing ("4.8294.89.225").
 */
export type Convention = "id" | "us";

const DIGITS = /^\d+$/;
const GROUPED_TAIL = /^\d{3}$/;
const GROUPED_HEAD = /^\d{1,3}$/;
const A_DIGIT = /\d/;

/** "57.367.577" split on the thousands separator: a first group of 1–3 digits, then groups of exactly 3. */
function isGrouped(parts: string[]): boolean {
  const head = parts[0];
  if (head === undefined || !GROUPED_HEAD.test(head)) return false;
  for (let i = 1; i < parts.length; i++) if (!GROUPED_TAIL.test(parts[i] as string)) return false;
  return true;
}

function readGrouped(intPart: string, thousands: string): number | null {
  if (intPart === "") return 0;
  if (DIGITS.test(intPart)) return Number(intPart);
  const parts = intPart.split(thousands);
  if (!isGrouped(parts)) return null;
  return Number(parts.join(""));
}

/**
 * The two shapes nearly every cell has ("1234", "85,32", "1.500"), read in one pass without regexes or
 * splits; undefined sends anything else to the full reading below, which gives the same answer for these.
 */
function readSimple(token: string, convention: Convention): number | null | undefined {
  let sepAt = -1;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if ((c !== 46 && c !== 44) || sepAt !== -1) return undefined;
    sepAt = i;
  }
  if (sepAt === -1) return token === "" ? null : Number(token);
  const a = sepAt;
  const b = token.length - sepAt - 1;
  if (a === 0 || b === 0) return undefined;
  const isDot = token.charCodeAt(sepAt) === 46;
  // "1.000" (id), "1,000" (us): a thousands group
  if (isDot === (convention === "id") && a <= 3 && b === 3)
    return Number(token.slice(0, a) + token.slice(a + 1));
  return Number(isDot ? token : `${token.slice(0, a)}.${token.slice(a + 1)}`);
}

/** Unsigned token of digits, "." and ","; sign handled by the caller. */
export function readNumberToken(token: string, convention: Convention): number | null {
  const simple = readSimple(token, convention);
  if (simple !== undefined) return simple;
  if (token === "" || !A_DIGIT.test(token)) return null;
  if (DIGITS.test(token)) return Number(token);
  const thou = convention === "id" ? "." : ",";
  const hasDot = token.includes(".");
  const hasComma = token.includes(",");

  if (hasDot && hasComma) {
    const lastDot = token.lastIndexOf(".");
    const lastComma = token.lastIndexOf(",");
    const decSep = lastDot > lastComma ? "." : ",";
    const thouSep = decSep === "." ? "," : ".";
    const intPart = token.slice(0, token.lastIndexOf(decSep));
    const fracPart = token.slice(token.lastIndexOf(decSep) + 1);
    if (intPart.includes(decSep) || !DIGITS.test(fracPart)) {
      // Same separator on both sides of the other one ("1.000,000.5"): no reading without a guess.
      return null;
    }
    const whole = readGrouped(intPart, thouSep);
    if (whole === null) return null;
    // "2.000,000": both separators used as thousands (seen in Renstra money columns).
    if (fracPart.length === 3) return whole * 1000 + Number(fracPart);
    return Number(`${whole}.${fracPart}`);
  }

  const sep = hasDot ? "." : ",";
  const parts = token.split(sep);
  if (parts.some((p, i) => p === "" && !(i === 0 && parts.length === 2) && !(i === 1 && parts.length === 2)))
    return null;
  if (parts.length > 2) {
    return isGrouped(parts) ? Number(parts.join("")) : null;
  }
  const [a = "", b = ""] = parts;
  if (b === "") return a === "" ? null : Number(a); // "100." reads as 100
  if (a === "") return Number(`0.${b}`); // ",5" / ".5"
  if (sep === thou && /^\d{1,3}$/.test(a) && b.length === 3) return Number(a + b); // "1.000" (id), "1,000" (us)
  // The column's decimal separator, or the other one where it cannot be a thousands group ("59.97" in an id column).
  return Number(`${a}.${b}`);
}

/**
 * A number pasted from a PDF, split by stray spaces beside its own separators: "85, 3", "12 ,5", "1 . 250",
 * "1 . 316 , 5 %". Read only where the split cannot be two numbers: the spaces stand beside the column's
 * decimal separator (once) or beside its thousands separator before a group of exactly three digits; "10 20"
 * (no separator), "2023. 5" (a dot before one digit in an id column), "85,3 1)" (a footnote) stay text.
 */
const PASTED: Record<Convention, RegExp> = {
  id: /^(\d{1,3}(?: ?\. ?\d{3})+|\d+)(?: ?, ?(\d+))?( ?%)?$/,
  us: /^(\d{1,3}(?: ?, ?\d{3})+|\d+)(?: ?\. ?(\d+))?( ?%)?$/,
};
export const SPACE_BY_SEPARATOR = /\d(?: [.,] ?|[.,] )\d/;
const SPACES = / /g;

/** The number and its "%" when the whole text is one pasted number; undefined otherwise. */
export function readPastedNumber(
  text: string,
  convention: Convention,
): { value: number; percent: boolean } | undefined {
  const c = text.charCodeAt(0);
  if (!(c >= 48 && c <= 57) || text.length > 40 || !SPACE_BY_SEPARATOR.test(text)) return undefined;
  const m = PASTED[convention].exec(text);
  if (!m) return undefined;
  const whole = (m[1] as string).replace(SPACES, "");
  const frac = m[2];
  const token = frac === undefined ? whole : `${whole}${convention === "id" ? "," : "."}${frac}`;
  const value = readNumberToken(token, convention);
  return value === null ? undefined : { value, percent: m[3] !== undefined };
}
