/**
 * Model rows to range writes: each row laid out cell by cell, then runs of same-styled cells grown
 * down the rows into one write per block (render.ts places tables with these).
 */
import { rangeAddress } from "../address";
import type { CellStyle, MergeWrite, PlanValue, RangeWrite } from "../plan";
import { formatForValue, GENERAL_FORMAT, safeValue } from "../tables/format";
import type { ModelCell, ModelRow, RowKind } from "../tables/model";

export type StyleOf = (kind: RowKind, role: ModelCell["role"]) => CellStyle;

/** One laid-out row as parallel columns (no object per cell). */
interface PlacedRow {
  values: PlanValue[];
  formats: string[];
  styles: (CellStyle | undefined)[];
}

/**
 * Rows as layout needs them: a row handed on is copied by the block writer, so its arrays are
 * reused for a later row instead of three fresh arrays per row (100,000 rows: some 60 MB less garbage).
 */
class RowPool {
  private spare: PlacedRow[] = [];

  constructor(private readonly width: number) {}

  take(): PlacedRow {
    const line = this.spare.pop();
    if (line === undefined) {
      const w = this.width;
      return {
        values: new Array<PlanValue>(w).fill(null),
        formats: new Array<string>(w).fill(GENERAL_FORMAT),
        styles: new Array<CellStyle | undefined>(w).fill(undefined),
      };
    }
    line.values.fill(null);
    line.formats.fill(GENERAL_FORMAT);
    line.styles.fill(undefined);
    return line;
  }

  give(line: PlacedRow): void {
    this.spare.push(line);
  }
}

type Span = { r: number; c: number; rs: number; cs: number };

/** Rows a cell spans, clamped to the `left` rows it is laid out with. */
const spanDown = (m: ModelCell, left: number): number => Math.max(1, Math.min(m.rowSpan ?? 1, left));
/** Columns a cell spans, clamped to the `left` columns of the table. */
const spanRight = (m: ModelCell, left: number): number => Math.max(1, Math.min(m.colSpan ?? 1, left));

/** The spans `layout` finds in the rows, without laying out a cell: a recipe body's merges. */
export function spansOf(rows: ModelRow[], width: number): Span[] {
  const spans: Span[] = [];
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!.cells;
    for (let c = 0; c < width; c++) {
      const m = cells[c];
      if (!m || (m.rowSpan === undefined && m.colSpan === undefined)) continue;
      const rs = spanDown(m, rows.length - r);
      const cs = spanRight(m, width - c);
      if (rs > 1 || cs > 1) spans.push({ r, c, rs, cs });
    }
  }
  return spans;
}

/**
 * Lays the rows out one by one: anchors carry their value, covered cells carry the anchor's style
 * so borders run round the merge. A span only reaches right and down, so a row is complete once
 * its own cells are placed and is handed to `emit` then (which copies what it keeps); only rows a
 * span reaches into ahead are kept, never the whole grid of a 10,000-row table.
 */
function layout(
  rows: ModelRow[],
  width: number,
  styleOf: StyleOf,
  emit: (line: PlacedRow, r: number) => void,
): Span[] {
  const pool = new RowPool(width);
  const ahead = new Map<number, PlacedRow>();
  const lineAt = (r: number): PlacedRow => {
    let line = ahead.get(r);
    if (line === undefined) {
      line = pool.take();
      ahead.set(r, line);
    }
    return line;
  };
  const spans: Span[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    let line: PlacedRow | undefined;
    // most rows have no span reaching into them: no map look-up for them
    if (ahead.size > 0) line = ahead.get(r);
    if (line === undefined) line = pool.take();
    else ahead.delete(r);
    for (let c = 0; c < width; c++) {
      const m = row.cells[c];
      if (!m) continue;
      const style = styleOf(row.kind, m.role);
      const value = safeValue(m.value);
      line.values[c] = value;
      line.formats[c] = formatForValue(value, m.numberFormat);
      line.styles[c] = style;
      const rs = spanDown(m, rows.length - r);
      const cs = spanRight(m, width - c);
      if (rs > 1 || cs > 1) {
        spans.push({ r, c, rs, cs });
        for (let dr = 0; dr < rs; dr++) {
          const covered = dr === 0 ? line : lineAt(r + dr);
          for (let dc = 0; dc < cs; dc++) {
            if (dr === 0 && dc === 0) continue;
            covered.values[c + dc] = null;
            covered.formats[c + dc] = GENERAL_FORMAT;
            covered.styles[c + dc] = style;
          }
        }
      }
    }
    // cells nobody placed: empty, styled as a text cell of their row
    const styles = line.styles;
    for (let c = 0; c < width; c++)
      if (styles[c] === undefined) styles[c] = styleOf(row.kind ?? "data", "text");
    emit(line, r);
    pool.give(line);
  }
  return spans;
}

/** A write still growing downwards: the rows below it continue it while they have the same run. */
interface OpenRun {
  write: RangeWrite;
  row: number;
  col: number;
  width: number;
  rows: number;
}

/** The same formats as `prev` in `formats[start, end)`. */
function sameFormats(prev: readonly string[], formats: readonly string[], start: number): boolean {
  for (let i = 0; i < prev.length; i++) if (prev[i] !== formats[start + i]) return false;
  return true;
}

/**
 * One write per block of same-styled cells: a run of cells of one style in a row, grown down over
 * the rows below that have the same run (same columns, same style object). A 10,000-row table is
 * then a few hundred writes rather than a hundred thousand, for Office.js and for the file writer.
 * Open runs are kept by their first column in arrays, not maps: one map per row was 240 MB of
 * garbage at 100,000 rows.
 */
class BlockWriter {
  private open: (OpenRun | undefined)[] = [];
  private next: (OpenRun | undefined)[] = [];

  constructor(
    private readonly out: RangeWrite[],
    private readonly sheet: string,
    private readonly col0: number,
  ) {}

  row(line: PlacedRow, row: number): void {
    const { styles } = line;
    const width = styles.length;
    const { open, next } = this;
    let start = 0;
    for (let c = 1; c <= width; c++) {
      // styles are interned per table (styleBook), so identity is equality
      if (c < width && styles[c] === styles[start]) continue;
      const values = line.values.slice(start, c);
      const run = open[start];
      if (run && run.width === c - start && run.write.style === styles[start] && run.row + run.rows === row) {
        const formats = run.write.numberFormats!;
        const prev = formats[formats.length - 1]!;
        run.write.values!.push(values);
        // a row of the same formats as the row above shares its array: the plan is only read
        formats.push(sameFormats(prev, line.formats, start) ? prev : line.formats.slice(start, c));
        run.rows++;
        open[start] = undefined;
        next[start] = run;
      } else {
        const write: RangeWrite = {
          sheet: this.sheet,
          address: rangeAddress(row, this.col0 + start, 1, c - start),
          values: [values],
          numberFormats: [line.formats.slice(start, c)],
          style: styles[start]!,
        };
        this.out.push(write);
        next[start] = { write, row, col: start, width: c - start, rows: 1 };
      }
      start = c;
    }
    this.closeAll(open);
    this.open = next;
    this.next = open;
  }

  finish(): void {
    this.closeAll(this.open);
  }

  private closeAll(runs: (OpenRun | undefined)[]): void {
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i];
      if (run === undefined) continue;
      if (run.rows > 1) run.write.address = rangeAddress(run.row, this.col0 + run.col, run.rows, run.width);
      runs[i] = undefined;
    }
  }
}

/** Writes and merges of a block of rows, pushed straight onto the table's lists (no copy of 100,000 writes). */
export function blockWrites(
  out: { ranges: RangeWrite[]; merges: MergeWrite[] },
  sheet: string,
  rows: ModelRow[],
  width: number,
  row0: number,
  col0: number,
  styleOf: StyleOf,
): void {
  const body = new BodyWriter(out, sheet, width, row0, col0, styleOf);
  body.rows(rows);
  body.finish();
}

/**
 * The same writes and merges as `blockWrites`, from rows given a piece at a time: a table's body can
 * then be made and placed piece by piece, each piece garbage once placed (a 100,000-row Tabel 3.3
 * whole was 1.6 million cell objects alive at once). Runs of same-styled cells grow across pieces;
 * a piece must not cut a cell spanning rows (a span is clamped to the rows it is laid out with).
 */
export class BodyWriter {
  private readonly writer: BlockWriter;
  /** rows placed so far */
  placed = 0;

  constructor(
    private readonly out: { ranges: RangeWrite[]; merges: MergeWrite[] },
    private readonly sheet: string,
    private readonly width: number,
    private readonly row0: number,
    private readonly col0: number,
    private readonly styleOf: StyleOf,
  ) {
    this.writer = new BlockWriter(out.ranges, sheet, col0);
  }

  rows(rows: ModelRow[]): void {
    const first = this.row0 + this.placed;
    const spans = layout(rows, this.width, this.styleOf, (line, r) => this.writer.row(line, first + r));
    for (const s of spans)
      this.out.merges.push({
        sheet: this.sheet,
        address: rangeAddress(first + s.r, this.col0 + s.c, s.rs, s.cs),
      });
    this.placed += rows.length;
  }

  finish(): void {
    this.writer.finish();
  }
}
