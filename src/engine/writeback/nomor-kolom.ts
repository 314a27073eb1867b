/**
 * The column-number row under a table's header ("(1) (2) (3) …" or "1 2 3 …"), as LKjIP tables
 * print it, so the Capaian/Predikat columns the add-in adds beside the table continue it ("(8)",
 * "(9)") in the same form. A cell may carry a printed formula after its number ("(6) = (5)/(4)").
 */
import type { PlanValue } from "../plan";
import { cellAt, type SheetSnapshot } from "../snapshot";
import { TEXT_FORMAT } from "../tables/format";

export interface NomorKolom {
  /** the row of the numbers */
  row: number;
  /** the last numbered column and its number */
  col: number;
  n: number;
  /** "(7)" rather than 7 */
  kurung: boolean;
  /** a number cell rather than text */
  angka: boolean;
}

const NOMOR = /^\s*(\()?\s*(\d{1,3})\s*(\))?(?:\s|=|$)/;

function nomorOf(v: unknown): { n: number; kurung: boolean; angka: boolean } | null {
  if (typeof v === "number")
    return Number.isInteger(v) && v > 0 && v < 1000 ? { n: v, kurung: false, angka: true } : null;
  if (typeof v !== "string") return null;
  const m = NOMOR.exec(v);
  // "(7" or "7)" is not a column number
  if (!m || !!m[1] !== !!m[3]) return null;
  return { n: Number(m[2]), kurung: !!m[1], angka: false };
}

/**
 * The first header row below the top one whose filled cells, left to right, number the columns in
 * increasing order from 1, 2 or 3 (a row of years is no such row). `skip` leaves out the add-in's own cells.
 */
export function nomorKolom(
  sheet: SheetSnapshot,
  headerRows: readonly number[],
  cols: { first: number; last: number },
  skip: (row: number, col: number) => boolean,
): NomorKolom | null {
  for (const row of headerRows.slice(1)) {
    let last: NomorKolom | null = null;
    let count = 0;
    let ok = true;
    for (let col = cols.first; col <= cols.last && ok; col++) {
      const v = cellAt(sheet, row, col);
      if (skip(row, col) || v === "" || v === null) continue;
      const nomor = nomorOf(v);
      ok = !!nomor && nomor.n > (last?.n ?? 0) && (last !== null || nomor.n <= 3);
      if (ok && nomor) last = { row, col, ...nomor };
      count++;
    }
    if (ok && last && count >= 2) return last;
  }
  return null;
}

/** The number of an added column at `col`, in the row's form: "(8)" and "8" as text, 8 as a number. */
export function nomorBerikut(k: NomorKolom, col: number): { value: PlanValue; format: string } {
  const n = k.n + (col - k.col);
  if (k.angka) return { value: n, format: "General" };
  return { value: k.kurung ? `(${n})` : String(n), format: TEXT_FORMAT };
}
