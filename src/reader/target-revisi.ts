/**
 * A revised agreement beside the original: "Target Awal | Target Perubahan" in a PK Perubahan, "Pagu Murni |
 * Pagu Perubahan" (APBD and APBD-P). The revised value is the one in force; the original is information,
 * kept as the column's keterangan rather than read as a second target that "differs".
 */
import type { ColumnMapping, ColumnRole } from "../engine/mapping";
import { partsWords } from "./text";

/** roles an agreement sets once and a revision replaces */
const REVISABLE = new Set<ColumnRole>(["target", "pagu", "renstraTarget", "targetAkhir"]);
/** "Perubahan", "Revisi", "setelah perubahan", "APBD-P", "P-APBD", "pergeseran" */
const REVISED = /\b(perubahan|revisi|direvisi|pergeseran|apbd p|p apbd)\b/;
/** "sebelum perubahan", "semula": the original, though it names the revision */
const ORIGINAL = /\b(sebelum (perubahan|revisi)|semula)\b/;

function isRevised(parts: string[] | undefined): boolean {
  const words = partsWords(parts);
  return REVISED.test(words) && !ORIGINAL.test(words);
}

/**
 * Of the columns of one revisable role, year and quarter, those whose header says revised win; the others
 * ("Target Awal", "Target Murni", "Target (semula)", or the plain "Target" beside "Target Perubahan") become
 * keterangan. Nothing changes when no column, or every column, says revised.
 */
export function targetRevisi(columns: ColumnMapping[], parts: Map<number, string[]>): void {
  const revised = columns.filter((c) => REVISABLE.has(c.role) && isRevised(parts.get(c.col)));
  for (const r of revised)
    for (const c of columns) {
      if (c === r || c.role !== r.role || c.triwulan !== r.triwulan) continue;
      if (c.tahun !== undefined && r.tahun !== undefined && c.tahun !== r.tahun) continue;
      if (isRevised(parts.get(c.col))) continue;
      c.role = "keterangan";
      c.confidence = 0.8;
    }
}
