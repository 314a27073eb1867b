/** Cell order of note entries: where new comments and shapes go among those a part holds. */
import { cellRefAt } from "../cell-scan";

interface Sel {
  row: number;
  col: number;
}

export type CellPos = Sel | undefined;

/**
 * A cell as one number (row × 32768 + column; a "row,col" string per note was some 4 MB at 100,000
 * rows); −1, which no cell of a note has, for a place no A1 cell is (a shape's anchor may say anything).
 */
export function cellKey(row: number, col: number): number {
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0 || col >= 32768) return -1;
  return row * 32768 + col;
}

/** The new notes' cells and texts as arrays: what the parts need of them when they are written. */
export interface NoteCells {
  rows: Int32Array;
  cols: Int32Array;
  texts: string[];
}

export function noteCells(notes: readonly (Sel & { text: string })[]): NoteCells {
  return {
    rows: Int32Array.from(notes, (n) => n.row),
    cols: Int32Array.from(notes, (n) => n.col),
    texts: notes.map((n) => n.text),
  };
}

function compareCells(a: Sel, b: Sel): number {
  return a.row - b.row || a.col - b.col;
}

/** Whether an entry at `pos` comes after the note's cell; an entry with no readable cell never does. */
function isLater(pos: CellPos, note: Sel): boolean {
  return !!pos && (pos.row > note.row || (pos.row === note.row && pos.col > note.col));
}

/** Entries with a readable cell are in cell order (those without one are passed over by every search). */
function ascending(list: CellPos[]): boolean {
  let last: CellPos;
  for (const pos of list) {
    if (!pos || Number.isNaN(pos.row) || Number.isNaN(pos.col)) continue;
    if (last && isLater(last, pos)) return false;
    last = pos;
  }
  return true;
}

/** The cell of a comment's ref; none for a ref this writer does not read (absolute, lower case). */
export function refPosition(ref: string): CellPos {
  const pos = { row: 0, col: 0 };
  return cellRefAt(ref, 0, ref.length, pos) ? pos : undefined;
}

/** A shape id's number ("_x0000_s1025" → 1025, none → 0). */
export function shapeNumber(id: string): number {
  return Number(/(\d+)$/.exec(id)?.[1] ?? 0);
}

/**
 * Where each new entry goes in a list sorted by cell: before the first kept entry on a later cell
 * (index into `kept`), or at the end (kept.length). Notes are taken in cell order, ties in their own
 * order, so one cursor walks the list once.
 */
function placesInList(kept: CellPos[], adding: Sel[], byCell: number[]): number[] {
  const at = new Array<number>(adding.length);
  let i = 0;
  for (const k of byCell) {
    const note = adding[k]!;
    while (i < kept.length && !isLater(kept[i], note)) i++;
    at[k] = i;
  }
  return at;
}

/** The notes' indices in cell order, ties in the order they came in. */
function cellOrder(adding: Sel[]): number[] {
  return adding.map((_, k) => k).sort((a, b) => compareCells(adding[a]!, adding[b]!) || a - b);
}

/** Where each new entry goes and, for several at one place, in which order. */
interface Places {
  at: number[];
  order: number[];
}

/**
 * The places of new entries among the kept ones: in a list sorted by cell, each before the first
 * kept entry on a later cell. A list out of order (written by hand or another tool) takes them note
 * by note, each before the first entry on a later cell among those already placed, new ones included.
 */
export function places(kept: CellPos[], adding: Sel[]): Places {
  if (ascending(kept)) {
    const order = cellOrder(adding);
    return { at: placesInList(kept, adding, order), order };
  }
  // items: kept entry i as i, new entry k as -(k + 1)
  const items: number[] = kept.map((_, i) => i);
  const posOf = (item: number): CellPos => (item >= 0 ? kept[item] : adding[-item - 1]);
  adding.forEach((note, k) => {
    const j = items.findIndex((item) => isLater(posOf(item), note));
    items.splice(j < 0 ? items.length : j, 0, -(k + 1));
  });
  const at = new Array<number>(adding.length);
  const order: number[] = [];
  let nextKept = kept.length;
  for (let j = items.length - 1; j >= 0; j--) {
    const item = items[j]!;
    if (item >= 0) nextKept = item;
    else at[-item - 1] = nextKept;
  }
  for (const item of items) if (item < 0) order.push(-item - 1);
  return { at, order };
}
