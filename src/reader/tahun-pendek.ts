/**
 * "Target '23 | Realisasi '23 | Target '24": years of two digits after an apostrophe (header-cells.ts
 * SHORT_YEAR). The header alone does not say the century; the table's context does: the years its title,
 * the sheet's title or its other headers state in full ("TAHUN 2024", "Kondisi Awal (2021)"). A short year
 * is read as the year of a stated century within ten years of a stated year, and only when every stated
 * year reads it the same; with no year stated anywhere it stays unread, and the column is left to the
 * years the table states otherwise (columns.ts fillYears).
 */
import type { ColumnMapping } from "../engine/mapping";
import { SHORT_YEAR } from "./header-cells";

/** how far from a stated year a short year may lie to be read in that year's century */
const NEAR = 10;

/** The two digits of a header's short year, when it gives exactly one ("Target '24" → 24). */
function shortYearOf(stack: readonly string[]): number | undefined {
  let found: number | undefined;
  for (const t of stack)
    for (const m of t.matchAll(SHORT_YEAR)) {
      const yy = Number(m[1]);
      if (found !== undefined && found !== yy) return undefined;
      found = yy;
    }
  return found;
}

/** The full year `yy` stands for beside the stated years, or undefined when they leave it open. */
export function fullYear(yy: number, stated: readonly number[]): number | undefined {
  let out: number | undefined;
  for (const y of stated) {
    const near = [Math.floor(y / 100) * 100 - 100, Math.floor(y / 100) * 100, Math.floor(y / 100) * 100 + 100]
      .map((c) => c + yy)
      .filter((c) => Math.abs(c - y) <= NEAR);
    if (near.length !== 1) continue;
    if (out !== undefined && out !== near[0]) return undefined;
    out = near[0];
  }
  return out;
}

/** Columns whose header gives a short year get its full year, when the table's context settles it. */
export function shortYears(
  columns: ColumnMapping[],
  parts: ReadonlyMap<number, string[]>,
  titleYear: number | undefined,
): void {
  let stated: number[] | undefined;
  for (const col of columns) {
    if (col.tahun !== undefined) continue;
    const stack = parts.get(col.col);
    const yy = stack ? shortYearOf(stack) : undefined;
    if (yy === undefined) continue;
    stated ??= [
      ...(titleYear !== undefined ? [titleYear] : []),
      ...columns.flatMap((c) => (c.tahun !== undefined ? [c.tahun] : [])),
    ];
    const year = fullYear(yy, stated);
    if (year !== undefined) col.tahun = year;
  }
}
