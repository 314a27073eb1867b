/**
 * Column bands: a sheet cut at its empty columns, so that tables side by side are found one by one.
 * A column is empty when no row with two or more filled cells has text in it (a title merged across
 * the whole sheet does not join the tables under it). A band with no header row of its own is no
 * table: it joins the band to its left (a spacer column inside one table).
 */
import type { ColumnRole } from "../engine/mapping";
import type { Grid } from "./grid";
import { classifyHeader } from "./headers";
import { rowInfos, startsTable, type RowInfo } from "./row-info";
import { isScaleLegend } from "./skala-legend";

export interface Band {
  from: number;
  to: number;
}

function emptyColumns(g: Grid, full: RowInfo[]): boolean[] {
  const empty: boolean[] = [];
  for (let c = 0; c < g.cols; c++) empty.push(true);
  for (let r = 0; r < g.rows; r++) {
    if (full[r]!.anchors.length < 2) continue;
    for (let c = 0; c < g.cols; c++) if (empty[c] && g.text(r, c) !== "") empty[c] = false;
  }
  return empty;
}

export const LABEL_ROLES = new Set<ColumnRole>([
  "indikator",
  "nama",
  "program",
  "kegiatan",
  "subkegiatan",
  "sasaran",
]);
export const VALUE_ROLES = new Set<ColumnRole>([
  "target",
  "realisasi",
  "capaian",
  "pagu",
  "realisasiAnggaran",
  "targetAkhir",
]);

/**
 * A band is a table of its own when its first header row names both what the rows are (an indicator,
 * a program) and a value of theirs; "Target | Realisasi" right of a spacer column is the same table.
 */
function standsAlone(g: Grid, infos: RowInfo[], band: Band): boolean {
  for (let r = 0; r < infos.length; r++) {
    if (!startsTable(g, infos, r)) continue;
    let label = false;
    let value = false;
    for (const c of infos[r]!.anchors) {
      if (c < band.from || c > band.to) continue;
      const texts = [g.text(r, c)];
      if (r + 1 < g.rows && g.text(r + 1, c) !== texts[0]) texts.push(g.text(r + 1, c));
      const role = classifyHeader(texts.filter((t) => t !== "")).role;
      if (LABEL_ROLES.has(role)) label = true;
      if (VALUE_ROLES.has(role)) value = true;
    }
    return label && value;
  }
  return false;
}

/** The bands of a sheet, left to right, each with its rows' shapes. */
export function columnBands(g: Grid): { band: Band; infos: RowInfo[] }[] {
  const full = rowInfos(g);
  const empty = emptyColumns(g, full);
  const runs: Band[] = [];
  for (let c = 0; c < g.cols; c++) {
    if (empty[c]) continue;
    const last = runs[runs.length - 1];
    if (last && last.to === c - 1) last.to = c;
    else runs.push({ from: c, to: c });
  }
  if (runs.length <= 1) return [{ band: { from: 0, to: g.cols - 1 }, infos: full }];
  const out: { band: Band; infos: RowInfo[] }[] = [];
  for (const run of runs) {
    const infos = rowInfos(g, run.from, run.to);
    const prev = out[out.length - 1];
    // a scale printed beside the table is no column of it
    if (prev && !standsAlone(g, infos, run) && !isScaleLegend(g, run) && !isScaleLegend(g, prev.band)) {
      prev.band = { from: prev.band.from, to: run.to };
      prev.infos = rowInfos(g, prev.band.from, prev.band.to);
    } else out.push({ band: run, infos });
  }
  // a first band that is no table of its own joins the one to its right
  if (out.length > 1 && !standsAlone(g, out[0]!.infos, out[0]!.band) && !isScaleLegend(g, out[0]!.band)) {
    const band = { from: out[0]!.band.from, to: out[1]!.band.to };
    out.splice(0, 2, { band, infos: rowInfos(g, band.from, band.to) });
  }
  if (out.length === 1) return [{ band: { from: 0, to: g.cols - 1 }, infos: full }];
  return out;
}
