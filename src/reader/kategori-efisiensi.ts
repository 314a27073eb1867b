/** "Kategori" beside an efficiency or budget table: the words that grade the spending, not a predikat scale. */
import type { ColumnMapping } from "../engine/mapping";
import type { Grid } from "./grid";
import { mostCellsPass } from "./column-cells";
import type { FoundTable } from "./tables";

/** "Efisien", "Sangat Efisien", "Kurang Efisien", "Tidak Efisien": a judgement on spending, not on kinerja */
const EFISIEN_WORD = /^(sangat |cukup |kurang |tidak )?efisien\.?$/i;
/** the columns that make a table about spending: pagu, its realisasi, serapan */
const BUDGET_ROLES = new Set<string>(["pagu", "realisasiAnggaran", "serapan"]);

/**
 * A column read as predikat from its header ("Kategori", "Kriteria") whose every filled cell is an
 * efficiency word grades the spending the table sets beside it (an "Efisiensi" column, pagu and realisasi
 * anggaran): it says something about the row, a keterangan, and no predikat scale (Sangat Baik … Kurang,
 * Sangat Tinggi … Sangat Rendah) is checked against it. Without that table around it, the header decides.
 */
export function kategoriEfisiensi(g: Grid, t: FoundTable, columns: ColumnMapping[]): void {
  const spending = columns.some((c) => BUDGET_ROLES.has(c.role) || /\befisien(si)?\b/i.test(c.header));
  if (!spending) return;
  for (const col of columns) {
    if (col.role !== "predikat" || /\bpredikat\b/i.test(col.header)) continue;
    if (!mostCellsPass(g, t, col, 1, 1, (tx) => EFISIEN_WORD.test(tx.trim()))) continue;
    col.role = "keterangan";
    col.confidence = 0.8;
  }
}
