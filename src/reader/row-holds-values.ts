/**
 * A row under a table's header whose words are all header words ("1 | Jumlah kegiatan sosialisasi |
 * kegiatan | 12 | 12 | 100", "Nilai SAKIP OPD | Nilai | 70 | 72") reads like a header of its own: small
 * counts look like column numbers "(1) (2)", and indicator names are made of "jumlah", "kegiatan",
 * "capaian", "dokumen". What a header row never has tells it apart: a number of its own under a column
 * the header above names a target, realisasi or capaian (not a year, which a year-group header has), or
 * a running number under "No", beside a word of its own (a column-number row has no words, and a
 * sub-header's words are the header's own cells merged down into it).
 */
import type { ColumnRole } from "../engine/mapping";
import type { Grid } from "./grid";
import { classifyHeader } from "./headers";
import { isYearText } from "./header-cells";

/** The columns whose cells are values in a data row and never numbers in a header row. */
export const VALUE_ROLES = new Set<ColumnRole>([
  "target",
  "realisasi",
  "capaian",
  "baseline",
  "targetAkhir",
  "targetNasional",
  "renstraTarget",
  "renstraRealisasi",
  "renstraKumulatif",
  "capaianRenstra",
  "pagu",
  "realisasiAnggaran",
  "serapan",
  "sisa",
]);

/** "12", "85,5", "76 %", "Rp 1.000", "12 dokumen": a value written in a cell */
const VALUE_TEXT = /^(?:rp\.?\s*)?[+-]?\d[\d.,]*\s*(?:%|[a-z]{1,12})?$/i;
const RUNNING_NUMBER = /^\d{1,4}\.?$/;

export interface HeaderRows {
  top: number;
  bottom: number;
  numberRows: readonly number[];
}

/** Each column's role as the header block names it (undefined where the block is empty). */
export function headerRoles(
  g: Grid,
  block: HeaderRows,
  from: number,
  to: number,
): (ColumnRole | undefined)[] {
  const roles: (ColumnRole | undefined)[] = [];
  for (let c = from; c <= to; c++) {
    const texts: string[] = [];
    for (let h = block.top; h <= block.bottom; h++) {
      if (block.numberRows.includes(h)) continue;
      const t = g.text(h, c);
      if (t !== "" && texts[texts.length - 1] !== t) texts.push(t);
    }
    roles.push(texts.length > 0 ? classifyHeader(texts).role : undefined);
  }
  return roles;
}

/** A number, or a value typed as text ("85,5", "76 %", "12 dokumen"); a year is none. */
export function isValue(g: Grid, r: number, c: number, t: string): boolean {
  return !isYearText(t) && (typeof g.value(r, c) === "number" || VALUE_TEXT.test(t));
}

/**
 * True when row `r` holds a data row's values under the header whose column roles are `roles` (the
 * first at column `from`): a word cell of its own, and a number of its own under a value column or a
 * running number under "No" (the first row's "1", or the number after the last data row's, `last`, when
 * that is below the header's `bottom`).
 */
export function rowHoldsValues(
  g: Grid,
  r: number,
  anchors: readonly number[],
  roles: readonly (ColumnRole | undefined)[],
  from: number,
  last: number,
  bottom: number,
): boolean {
  let ownWord = false;
  let value = false;
  for (const c of anchors) {
    // a cell merged down from the header is the header's, not this row's
    if (!g.isAnchor(r, c)) continue;
    const t = g.text(r, c);
    const role = roles[c - from];
    if (role === "no" && RUNNING_NUMBER.test(t)) {
      const before = last <= bottom ? 0 : parseInt(g.text(last, c), 10);
      if (parseInt(t, 10) === before + 1) value = true;
      continue;
    }
    if (isValue(g, r, c, t)) {
      if (role !== undefined && VALUE_ROLES.has(role)) value = true;
    } else if (!isYearText(t)) ownWord = true;
  }
  return ownWord && value;
}
