/** The year of a national-standard table's own target and realisasi when neither it nor its sheet states one. */
import type { TableRead } from "./read-table";

/** below the header's own year: the pane asks before the year is taken as read */
const FROM_REPORT = 0.75;

/**
 * "Indikator | Target Nasional | Target Kabupaten | Realisasi Kabupaten" under "Perbandingan dengan
 * Standar Nasional": the region's target and realisasi set against the standard are the report year's
 * (DOMAIN: realisasi vs standar nasional, beside the year's pengukuran). With no year in the table's
 * title, sheet name or the lines above it, the year the workbook's PK or pengukuran tables state is the
 * evidence; the records of the table are filed under that year already, and the columns say so too, at a
 * confidence no higher than FROM_REPORT. The national target itself keeps no year: the standard's
 * period ("RPJMN 2020-2024") is not the year it is measured in.
 */
export function nasionalYear(reads: TableRead[], reportYear: number): void {
  for (const r of reads) {
    if (r.mapping.kind !== "nasional" || r.year !== undefined) continue;
    for (const c of r.mapping.columns) {
      if ((c.role !== "target" && c.role !== "realisasi") || c.tahun !== undefined) continue;
      if (c.triwulan !== undefined) continue;
      c.tahun = reportYear;
      c.confidence = Math.min(c.confidence, FROM_REPORT);
    }
  }
}
