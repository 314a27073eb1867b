/**
 * The order of the Temuan sheet's rows: errors, then warnings, then notes; each in the workbook's
 * sheet order, then down and across the sheet, then by code.
 */
import type { Temuan, Tingkat } from "../model";
import type { WorkbookSnapshot } from "../snapshot";
import { sameName, toGrid } from "./ownership";

/** Each level: its place in the order, its label in both languages, and the fill of its cell. */
export const TINGKAT: Record<Tingkat, { rank: number; id: string; en: string; fill?: string }> = {
  galat: { rank: 0, id: "Galat", en: "Error", fill: "#F8CBAD" },
  peringatan: { rank: 1, id: "Peringatan", en: "Warning", fill: "#FFE699" },
  info: { rank: 2, id: "Info", en: "Info" },
};

/** A finding with where it sorts: its first cell's sheet (by the workbook's order), row and column. */
export interface Baris {
  t: Temuan;
  /** the snapshot's spelling of the first cell's sheet; null when the finding names no sheet there */
  sheet: string | null;
  sheetIndex: number;
  row: number;
  col: number;
}

/** Errors, then warnings, then notes; each in the workbook's sheet order, then down and across. */
export function sortTemuan(temuan: readonly Temuan[], snapshot: WorkbookSnapshot): Baris[] {
  // thousands of findings name a handful of sheets: each name is looked up once
  const indexOf = new Map<string, number>();
  const sheetIndex = (name: string): number => {
    let index = indexOf.get(name);
    if (index === undefined) {
      index = snapshot.sheets.findIndex((s) => sameName(s.name, name));
      indexOf.set(name, index);
    }
    return index;
  };
  const rows = temuan.map((t): Baris => {
    const ref = t.sel[0];
    const index = ref ? sheetIndex(ref.sheet) : -1;
    const g = ref ? toGrid(ref.cell) : null;
    return {
      t,
      sheet: index >= 0 ? snapshot.sheets[index]!.name : null,
      sheetIndex: index >= 0 ? index : Number.MAX_SAFE_INTEGER,
      row: g?.row ?? Number.MAX_SAFE_INTEGER,
      col: g?.col ?? Number.MAX_SAFE_INTEGER,
    };
  });
  return rows.sort(
    (a, b) =>
      TINGKAT[a.t.tingkat].rank - TINGKAT[b.t.tingkat].rank ||
      a.sheetIndex - b.sheetIndex ||
      a.row - b.row ||
      a.col - b.col ||
      bandingKode(a.t.kode, b.t.kode),
  );
}

const KODE_POLOS = /^[A-Z_]+$/;

/**
 * The order localeCompare gives two codes, without the collator (its first use was 6–9 ms of a run):
 * for capitals and "_" that order is the characters', with "_" before every letter. Other text goes
 * to localeCompare.
 */
export function bandingKode(a: string, b: string): number {
  if (a === b) return 0;
  if (!KODE_POLOS.test(a) || !KODE_POLOS.test(b)) return a.localeCompare(b);
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return (x === 95 ? 0 : x) < (y === 95 ? 0 : y) ? -1 : 1;
  }
  return a.length < b.length ? -1 : 1;
}
