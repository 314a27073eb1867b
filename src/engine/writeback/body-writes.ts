/**
 * A table body placed on its sheet: as its writes when it is one piece, as a recipe (RangeWrite
 * `pieces`) when it is made a piece at a time. The plan then keeps the body's merges and row
 * heights, which the sheet needs whole, and makes its value writes again while it is applied:
 * at 100,000 indicators Tabel 3.1 and 3.3 held as writes were some 170 MB of the 280 MB plan.
 */
import { rangeAddress } from "../address";
import type { MergeWrite, RangeWrite } from "../plan";
import type { ModelRow } from "../tables/model";
import { append } from "./append";
import { BodyWriter, spansOf, type StyleOf } from "./block-writes";
import { modelRowHeights } from "./row-heights";

/** Where a body goes and how its cells look. */
export interface BodyPlace {
  sheet: string;
  width: number;
  /** column widths in characters, for the row heights */
  widths: number[];
  /** zero-based sheet row of the first body row */
  row0: number;
  styleOf: StyleOf;
}

/**
 * Places the body's pieces (`pieces()` makes them anew each call, the same rows every time) and
 * returns how many rows it has. Writes and merges go onto `out`, heights onto `rowHeights`.
 */
export function placeBody(
  out: { ranges: RangeWrite[]; merges: MergeWrite[] },
  rowHeights: { row: number; height: number }[],
  at: BodyPlace,
  pieces: () => Iterable<ModelRow[]>,
): number {
  const it = pieces()[Symbol.iterator]();
  const first = it.next();
  const second = first.done ? first : it.next();
  if (second.done) {
    // one piece or none: small tables keep plain writes, which tests and previews read as they are
    const body = new BodyWriter(out, at.sheet, at.width, at.row0, 0, at.styleOf);
    if (!first.done) {
      append(rowHeights, modelRowHeights(first.value, at.widths, at.row0));
      body.rows(first.value);
    }
    body.finish();
    return body.placed;
  }
  let placed = 0;
  const note = (piece: ModelRow[]): void => {
    const row = at.row0 + placed;
    append(rowHeights, modelRowHeights(piece, at.widths, row));
    for (const s of spansOf(piece, at.width))
      out.merges.push({ sheet: at.sheet, address: rangeAddress(row + s.r, s.c, s.rs, s.cs) });
    placed += piece.length;
  };
  note(first.value);
  note(second.value);
  for (let n = it.next(); !n.done; n = it.next()) note(n.value);
  out.ranges.push(bodyRecipe(at, placed, pieces));
  return placed;
}

/**
 * The recipe write, made apart from `placeBody`: a closure keeps its whole scope alive, and there it
 * kept the table's merges and heights (some 13 MB at 100,000 indicators) for as long as the plan.
 */
function bodyRecipe(at: BodyPlace, rows: number, pieces: () => Iterable<ModelRow[]>): RangeWrite {
  return {
    sheet: at.sheet,
    address: rangeAddress(at.row0, 0, rows, at.width),
    pieces: () => bodyWrites(at, pieces),
  };
}

/**
 * The recipe's writes, one piece's at a time: the same cells as the whole body's writes, a run of
 * same-styled cells cut where a piece ends (so only a piece of writes is ever alive).
 */
function* bodyWrites(at: BodyPlace, pieces: () => Iterable<ModelRow[]>): Generator<RangeWrite[]> {
  let placed = 0;
  for (const piece of pieces()) {
    // the merges are in the plan already
    const out = { ranges: [] as RangeWrite[], merges: [] as MergeWrite[] };
    const body = new BodyWriter(out, at.sheet, at.width, at.row0 + placed, 0, at.styleOf);
    body.rows(piece);
    body.finish();
    placed += piece.length;
    blankNonFinite(out.ranges);
    yield out.ranges;
  }
}

/**
 * Last line of defence: Excel cannot hold NaN or ±Infinity and the Office.js adapter refuses a plan
 * with one, so any that slipped through a table model becomes an empty cell here, in place.
 */
export function blankNonFinite(ranges: RangeWrite[]): void {
  // indexed loops: this runs once per plan over every cell, mostly before it is optimised
  for (let i = 0; i < ranges.length; i++) {
    const values = ranges[i]!.values;
    if (!values) continue;
    for (let r = 0; r < values.length; r++) {
      const row = values[r]!;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === "number" && !Number.isFinite(v)) row[c] = null;
      }
    }
  }
}
