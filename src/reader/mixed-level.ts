/**
 * "Program dan Kegiatan", "Program, Kegiatan dan Sub Kegiatan": a label column whose header names several
 * levels is the name column (nama) when its rows are of several levels, each row's level then its code's;
 * the same header over programs only (an IKU of Eselon III) stays a column of programs.
 */
import type { ColumnMapping, ColumnRole } from "../engine/mapping";
import { dataCells } from "./column-cells";
import type { Grid } from "./grid";
import { levelWords } from "./headers";
import { KODE_PERMENDAGRI } from "./row-labels";
import type { FoundTable } from "./tables";
import { normHeader } from "./text";

const ONE_LEVEL = new Set<ColumnRole>(["program", "kegiatan", "subkegiatan"]);

/**
 * Evidence: the header names two levels or more, and the kode column's Permendagri codes have two depths or
 * more (1.06.04 a program, 1.06.04.2.01 a kegiatan). One pass over the kode column of the one table.
 */
export function mixedLevelName(g: Grid, t: FoundTable, columns: ColumnMapping[]): void {
  const label = columns.find((c) => ONE_LEVEL.has(c.role) && levelWords(normHeader(c.header)) >= 2);
  const kode = columns.find((c) => c.role === "kode");
  if (!label || !kode) return;
  const depths = new Set<number>();
  dataCells(g, t, kode, (tx) => {
    const k = tx.trim();
    if (KODE_PERMENDAGRI.test(k)) depths.add(k.split(".").length);
    return false;
  });
  if (depths.size < 2) return;
  label.role = "nama";
  label.confidence = Math.min(label.confidence, 0.85);
}
