/**
 * Conditional formatting from the active scale. Excel's "between" includes both ends, so a half-open
 * band like 55 ≤ C < 75 cannot be one exact rule; instead the band that owns the shared boundary
 * (75 belongs to Baik) gets the higher priority, and Excel's "higher priority wins" makes the pair exact.
 *
 * Given the column's top-left cell, the bands are formula rules instead: exact half-open bounds, and
 * an ISNUMBER guard, since Excel and LibreOffice compare a blank cell as 0 ("less than 55" would
 * paint every empty capaian) and text ("—") as greater than any number.
 */
import { rangeAddress } from "../address";
import type { ConditionalFormatWrite, ConditionalRule } from "../plan";
import { predikatOf } from "../predikat";
import type { PredikatBand, PredikatScale } from "../settings";
import { isBottomBand } from "../tables/footnote";

const FALLBACK_FILL = "#D9D9D9";
const FALLBACK_FONT = "#1A1A1A";

function num(n: number): string {
  return String(n);
}

function bandRule(band: PredikatBand, scale: PredikatScale): ConditionalRule {
  const colors = { fill: band.fill ?? FALLBACK_FILL, fontColor: band.fontColor ?? FALLBACK_FONT };
  if (band.to === null) {
    return {
      type: "cellValue",
      operator: band.fromInclusive ? "greaterThanOrEqual" : "greaterThan",
      formula1: num(band.from),
      ...colors,
    };
  }
  if (isBottomBand(band, scale)) {
    return {
      type: "cellValue",
      operator: band.toInclusive ? "lessThanOrEqual" : "lessThan",
      formula1: num(band.to),
      ...colors,
    };
  }
  return {
    type: "cellValue",
    operator: "between",
    formula1: num(band.from),
    formula2: num(band.to),
    ...colors,
  };
}

/** "AND(ISNUMBER(G7),G7>=55,G7<75)": true only on a number inside the band. */
function bandExpression(band: PredikatBand, scale: PredikatScale, ref: string): ConditionalRule {
  const parts = [`ISNUMBER(${ref})`];
  const bottom = isBottomBand(band, scale);
  if (!bottom) parts.push(`${ref}${band.fromInclusive ? ">=" : ">"}${num(band.from)}`);
  if (band.to !== null) parts.push(`${ref}${band.toInclusive ? "<=" : "<"}${num(band.to)}`);
  return {
    type: "expression",
    formula: `AND(${parts.join(",")})`,
    fill: band.fill ?? FALLBACK_FILL,
    fontColor: band.fontColor ?? FALLBACK_FONT,
  };
}

/** Bands whose between-rule wrongly includes a boundary must come after the band that owns it. */
function priorityOrder(scale: PredikatScale): PredikatBand[] {
  const bands = scale.bands;
  const after = new Map<number, Set<number>>(); // band index → indices that must precede it
  bands.forEach((b, i) => {
    const deps = new Set<number>();
    if (b.to !== null && !isBottomBand(b, scale)) {
      if (!b.fromInclusive) {
        const owner = bands.findIndex((o) => o.label === predikatOf(b.from, scale));
        if (owner >= 0 && owner !== i) deps.add(owner);
      }
      if (!b.toInclusive) {
        const owner = bands.findIndex((o) => o.label === predikatOf(b.to, scale));
        if (owner >= 0 && owner !== i) deps.add(owner);
      }
    }
    after.set(i, deps);
  });
  const done = new Set<number>();
  const order: PredikatBand[] = [];
  // repeated passes in the scale's own order; a cycle (an invalid scale) falls back to that order
  for (let pass = 0; pass < bands.length && order.length < bands.length; pass++) {
    bands.forEach((b, i) => {
      if (done.has(i)) return;
      if ([...(after.get(i) ?? [])].every((d) => done.has(d))) {
        done.add(i);
        order.push(b);
      }
    });
  }
  bands.forEach((b, i) => {
    if (!done.has(i)) order.push(b);
  });
  return order;
}

/**
 * One fill per band on the capaian column, in the priority order that makes half-open bounds exact.
 * With `topLeft` (the range's first cell, "G7") the bands are blank-safe formula rules.
 */
export function capaianRules(scale: PredikatScale, topLeft?: string): ConditionalRule[] {
  const ref = topLeft?.replace(/\$/g, "");
  return priorityOrder(scale).map((b) => (ref ? bandExpression(b, scale, ref) : bandRule(b, scale)));
}

/** One fill per band on the predikat column, matching the band's label. */
export function predikatRules(scale: PredikatScale): ConditionalRule[] {
  return scale.bands.map((b) => ({
    type: "textEquals" as const,
    text: b.label,
    fill: b.fill ?? FALLBACK_FILL,
    fontColor: b.fontColor ?? FALLBACK_FONT,
  }));
}

const ICON_STYLES: Record<number, string> = {
  3: "ThreeTrafficLights1",
  4: "FourTrafficLights",
  5: "FiveArrows",
};

/** An icon per band when the scale has 3–5 bands (Excel has no icon sets of other sizes). */
export function iconRule(scale: PredikatScale): ConditionalRule | null {
  const style = ICON_STYLES[scale.bands.length];
  if (!style) return null;
  const thresholds = [...scale.bands]
    .filter((b) => !isBottomBand(b, scale))
    .map((b) => b.from)
    .sort((a, b) => a - b);
  if (thresholds.length !== scale.bands.length - 1) return null;
  return { type: "iconSet", style, thresholds };
}

/**
 * The finding's highlight on a user's printed capaian or predikat the engine disputes: a dark fill
 * with white text (contrast 7:1), unlike any band's light tint, so it never reads as a predikat colour.
 */
export const TEMUAN_HIGHLIGHT = { fill: "#A3195B", fontColor: "#FFFFFF" } as const;

function highlightRule(): ConditionalRule {
  return { type: "expression", formula: "TRUE", ...TEMUAN_HIGHLIGHT };
}

export interface ColumnFormatsInput {
  sheet: string;
  col: number;
  /** the column's first and last data rows */
  top: number;
  bottom: number;
  role: "capaian" | "predikat";
  /** the rows of the column the add-in writes; null: every row (a column it added) */
  own: ReadonlyArray<number> | null;
  /** rows holding the user's own printed value that a finding of the engine disputes */
  disputed: ReadonlyArray<number>;
  scale: PredikatScale;
  ikon: boolean;
}

/** Consecutive rows as [first, count] runs. */
function rowRuns(rows: ReadonlyArray<number>): [number, number][] {
  const out: [number, number][] = [];
  for (const r of [...new Set(rows)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === r) last[1]++;
    else out.push([r, 1]);
  }
  return out;
}

/**
 * The rules of one Capaian/Predikat column: band colours only on the cells the add-in writes, never on
 * a value the user printed. When the add-in owns only some rows, a write with no rules first takes
 * away whatever rules it put on the column before; each run of its own rows then gets the bands, and
 * each printed value a finding disputes gets the finding's highlight (its note says why).
 */
export function columnFormats(a: ColumnFormatsInput): ConditionalFormatWrite[] {
  if (a.bottom < a.top) return [];
  const rulesFor = (row: number): ConditionalRule[] => {
    const bands =
      a.role === "capaian" ? capaianRules(a.scale, rangeAddress(row, a.col)) : predikatRules(a.scale);
    const icon = a.role === "capaian" && a.ikon ? iconRule(a.scale) : null;
    return icon ? [...bands, icon] : bands;
  };
  const height = a.bottom - a.top + 1;
  const own = a.own === null ? null : a.own.filter((r) => r >= a.top && r <= a.bottom);
  if (own === null || new Set(own).size === height)
    return [{ sheet: a.sheet, address: rangeAddress(a.top, a.col, height, 1), rules: rulesFor(a.top) }];
  const out: ConditionalFormatWrite[] = [
    { sheet: a.sheet, address: rangeAddress(a.top, a.col, height, 1), rules: [] },
  ];
  for (const [row, count] of rowRuns(own))
    out.push({ sheet: a.sheet, address: rangeAddress(row, a.col, count, 1), rules: rulesFor(row) });
  const mine = new Set(own);
  for (const row of new Set(a.disputed)) {
    if (row < a.top || row > a.bottom || mine.has(row)) continue;
    out.push({ sheet: a.sheet, address: rangeAddress(row, a.col), rules: [highlightRule()] });
  }
  return out;
}
