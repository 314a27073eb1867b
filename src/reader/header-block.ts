/**
 * The header block of a table: the core header row found by tables.ts, the group rows above it and the
 * sub-header rows below it (periods, K/Rp halves, dates, quarter numbers, column numbers, rows the header's
 * merges reach into).
 */
import type { Grid } from "./grid";
import { isHeaderish, isPairHalf } from "./header-cells";
import { headerDate } from "./header-date";
import { isQuarterNumberRow } from "./quarter-number-row";
import {
  headerMergedInto,
  isBlank,
  isColumnNumberRow,
  isCoreHeader,
  isHeaderLine,
  isHeaderLineBelowMerges,
  isTitleRow,
  type RowInfo,
} from "./row-info";

export interface HeaderBlock {
  top: number;
  bottom: number;
  numberRows: number[];
}

/** Rows of "K | Rp | K | Rp": the halves of kinerja/anggaran pairs, part of the header above them. */
function isPairRow(g: Grid, info: RowInfo, r: number): boolean {
  if (info.anchors.length < 2 || info.numbers > 0) return false;
  for (const c of info.anchors) if (!isPairHalf(g.text(r, c))) return false;
  return true;
}

/**
 * "Realisasi s.d." over a real date (31 Desember 2024), the header's other cells merged down beside it: a
 * row whose numbers are all dates under a date format, its other cells header words or merged from above,
 * is the header's period row, not data.
 */
function isDateRow(g: Grid, info: RowInfo, r: number): boolean {
  if (info.numbers === 0) return false;
  let dates = 0;
  for (const c of info.anchors) {
    if (headerDate(g, r, c) !== undefined) dates++;
    else if (g.anchor(r, c).r === r && !isHeaderish(g.text(r, c))) return false;
  }
  return dates === info.numbers;
}

/**
 * Cells merged down from the row above into the header ("No", "Indikator" over three header rows): that
 * row is the header's top whatever its group words ("Tahun N-1 | Tahun N", "Kondisi Lalu"), since a
 * merge the header's own columns share is drawn by the header, not by a title or data.
 */
function mergedDownInto(g: Grid, up: RowInfo, u: number, r: number): boolean {
  let shared = 0;
  for (const c of up.anchors) if (g.isAnchor(u, c) && g.anchorKey(r, c) === g.anchorKey(u, c)) shared++;
  return shared >= 2 && up.numbers === 0;
}

/** The header block around a core header row: group rows above, sub-header rows below. */
export function headerBlock(g: Grid, infos: RowInfo[], r: number, floor: number): HeaderBlock {
  let top = r;
  while (top - 1 >= floor && top > r - 2) {
    const up = infos[top - 1]!;
    // a lone cell above the header is a title line, not a group header
    if (isBlank(up) || up.anchors.length < 2 || isTitleRow(g, up, top - 1)) break;
    if (!isHeaderLine(up) && !mergedDownInto(g, up, top - 1, top)) break;
    top--;
  }
  let bottom = r;
  const numberRows: number[] = [];
  while (bottom + 1 < g.rows && bottom - top < 5) {
    const down = infos[bottom + 1]!;
    // "1 2 3 4 | 1 2 3 4" under merged "Target Triwulan | Realisasi Triwulan": each column's quarter
    if (isQuarterNumberRow(g, down, top, bottom + 1)) {
      bottom++;
      continue;
    }
    if (isColumnNumberRow(down)) {
      numberRows.push(bottom + 1);
      bottom++;
      continue;
    }
    if (isPairRow(g, down, bottom + 1) || isDateRow(g, down, bottom + 1)) {
      bottom++;
      continue;
    }
    if (isBlank(down) || isTitleRow(g, down, bottom + 1)) break;
    const below = bottom + 1;
    if (
      !isHeaderLine(down) &&
      !isHeaderLineBelowMerges(g, down, below) &&
      !headerMergedInto(g, down, top, below)
    )
      break;
    // one wide merged cell under the header is a section line ("SEKRETARIAT :"), not a sub-header
    if (down.anchors.length === 1 && g.spanCols(bottom + 1, down.anchors[0]!) > 2) break;
    if (isCoreHeader(down) && down.roleWords >= 3 && numberRows.length > 0) break;
    bottom++;
  }
  return { top, bottom, numberRows };
}
