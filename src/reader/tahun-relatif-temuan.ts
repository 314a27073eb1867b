/**
 * The finding that says which relative years ("Tahun n-1", "Tahun Lalu", "Tahun ke-3") were not read: the
 * header cells, why (no year or period stated around the table, two of them, a year past the period's
 * end) and what to write so the next run reads them.
 */
import type { Pesan, SourceRef, Temuan } from "../engine/model";
import { TINGKAT_BAKU } from "../engine/temuan";
import type { Grid } from "./grid";
import { relatifCell, type TahunRelatifTakTerbaca } from "./tahun-relatif";

const WHY: Record<TahunRelatifTakTerbaca["alasan"], [geser: Pesan, ke: Pesan]> = {
  tanpaAcuan: [
    {
      id: "judul tabel, nama lembar dan baris judul di atasnya tidak menyebut tahun laporan",
      en: "neither the table's title, the sheet's name nor a title line above it states the report's year",
    },
    {
      id: "judul tabel dan nama lembar tidak menyebut periode rencana (mis. 2025-2029), dan tidak ada kolom kondisi awal atau akhir bertahun",
      en: "neither the table's title nor the sheet's name states the plan's period (e.g. 2025-2029), and no kondisi awal or end target column gives a year",
    },
  ],
  acuanGanda: [
    {
      id: "judul tabel atau nama lembar menyebut lebih dari satu tahun, sehingga tahun n tidak tentu",
      en: "the table's title or the sheet's name states more than one year, so which year is n is not settled",
    },
    {
      id: "judul tabel atau nama lembar menyebut lebih dari satu periode",
      en: "the table's title or the sheet's name states more than one period",
    },
  ],
  diLuarPeriode: [
    { id: "tahunnya di luar periode", en: "the year lies outside the period" },
    {
      id: "urutan tahunnya melewati akhir periode yang tertulis di judul",
      en: "its place runs past the end of the period the title states",
    },
  ],
};

/** The header cells (merge anchors) of the table's header rows that name a relative year in these columns. */
function relativeCells(g: Grid, headerRows: readonly number[], cols: TahunRelatifTakTerbaca[]): SourceRef[] {
  const out: SourceRef[] = [];
  const seen = new Set<string>();
  for (const u of cols)
    for (const h of headerRows) {
      const c = u.col.col - g.absCol(0);
      if (relatifCell(g.text(h, c)) === undefined) continue;
      const ref = g.ref(h, c);
      if (!seen.has(ref.cell)) out.push(ref);
      seen.add(ref.cell);
    }
  return out;
}

/** One finding per reason: the columns not read, why, and what to write. */
export function tahunRelatifTemuan(
  g: Grid,
  headerRows: readonly number[],
  unread: readonly TahunRelatifTakTerbaca[],
): Temuan[] {
  const out: Temuan[] = [];
  for (const alasan of ["tanpaAcuan", "acuanGanda", "diLuarPeriode"] as const) {
    const these = unread.filter((u) => u.alasan === alasan);
    if (these.length === 0) continue;
    const sel = relativeCells(g, headerRows, these);
    if (sel.length === 0) continue;
    const cells = sel.map((r) => `${r.sheet}!${r.cell}`).join(", ");
    const why = WHY[alasan][these.some((u) => "ke" in u.rel) ? 1 : 0];
    out.push({
      kode: "TAHUN_TIDAK_TERBACA",
      tingkat: TINGKAT_BAKU.TAHUN_TIDAK_TERBACA,
      sel,
      pesan: {
        id: `Tahun relatif di judul kolom ${cells} tidak dibaca: ${why.id}. Kolomnya tidak dibaca. Tulis tahunnya di judul kolom (mis. "Realisasi 2024"), atau tahun laporan / periode rencana di judul tabel.`,
        en: `The relative year in the column header ${cells} is not read: ${why.en}. The columns are not read. Write the year in the header (e.g. "Realisasi 2024"), or the report's year / the plan's period in the table's title.`,
      },
    });
  }
  return out;
}
