/**
 * Two tables printed beside each other on a sheet whose lower tables run under both (so no column of the
 * sheet is empty and the column bands cannot part them): one header row with an empty column between
 * "No | Indikator | Target | Realisasi" and "Indikator | Standar Nasional | Target | Realisasi". The header
 * parts at such a column when each side names both what its rows are (an indicator, a program) and a value
 * of theirs; a spacer column inside one table leaves one side without its own label and stays.
 */
import { LABEL_ROLES, VALUE_ROLES, type Band } from "./bands";
import type { Grid } from "./grid";
import { headerRoles, type HeaderRows } from "./row-holds-values";

/** columns empty in every header row and in the first row under the header */
function isGap(g: Grid, block: HeaderRows, c: number): boolean {
  for (let h = block.top; h <= block.bottom + 1 && h < g.rows; h++) if (g.text(h, c) !== "") return false;
  return true;
}

function standsAlone(g: Grid, block: HeaderRows, part: Band): boolean {
  const roles = headerRoles(g, block, part.from, part.to);
  return (
    roles.some((r) => r !== undefined && LABEL_ROLES.has(r)) &&
    roles.some((r) => r !== undefined && VALUE_ROLES.has(r))
  );
}

/** The header span cut at its empty columns where both sides are tables of their own. */
export function splitAtGap(g: Grid, block: HeaderRows, span: Band): Band[] {
  const runs: Band[] = [];
  for (let c = span.from; c <= span.to; c++) {
    if (isGap(g, block, c)) continue;
    const last = runs[runs.length - 1];
    if (last && last.to === c - 1) last.to = c;
    else runs.push({ from: c, to: c });
  }
  if (runs.length <= 1) return [span];
  const out: Band[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    // a side without its own label and value is part of its neighbour (a spacer inside one table)
    if (prev && !(standsAlone(g, block, prev) && standsAlone(g, block, run))) prev.to = run.to;
    else out.push({ ...run });
  }
  return out;
}
