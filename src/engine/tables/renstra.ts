/** Tabel 3.3: realisasi up to the reporting year against the Renstra's yearly and end targets. */
import { diOpd, indicatorName, satuanOf, sumberLine, type TableContext } from "./context";
import { rumusCapaianFootnotes } from "./footnote";
import { EMPTY_MARK } from "./format";
import { capaianCell, measuredCell } from "./pengukuran";
import { cell, headerRows, spanningRow, type ModelCell, type ModelRow, type TableModel } from "./model";

/** A Renstra runs five years; ten leaves room for a transition period without making the sheet unreadable. */
const MAX_YEARS = 10;

export function renstraYears(ctx: TableContext): number[] {
  const years = new Set<number>();
  for (const r of ctx.result.renstra) {
    if (r.periode)
      for (let y = r.periode[0]; y <= r.periode[1] && y - r.periode[0] < MAX_YEARS; y++) years.add(y);
    for (const t of r.perTahun) years.add(t.tahun);
  }
  return [...years].sort((a, b) => a - b).slice(0, MAX_YEARS);
}

export function tabelRenstra(ctx: TableContext): TableModel {
  const { result, settings } = ctx;
  const d = settings.desimal;
  const years = renstraYears(ctx);
  const n = years.length;
  const width = 4 + 2 * n + 2;
  const header = headerRows(
    [
      [
        { label: "No", rowSpan: 2 },
        { label: "Indikator Kinerja", rowSpan: 2 },
        { label: "Satuan", rowSpan: 2 },
        { label: "Kondisi Awal", rowSpan: 2 },
        ...years.map((y) => ({ label: String(y), colSpan: 2 })),
        { label: "Target Akhir Renstra", rowSpan: 2 },
        { label: `Progres s.d. ${result.tahun} (%)`, rowSpan: 2 },
      ],
      years.flatMap(() => [{ label: "T" }, { label: "R" }]),
    ],
    width,
  );
  const body: ModelRow[] = result.renstra.map((r, i) => {
    const byYear = new Map<number, (typeof r.perTahun)[number]>();
    for (const t of r.perTahun) byYear.set(t.tahun, t);
    const cells: ModelCell[] = [
      cell(i + 1, "no"),
      cell(indicatorName(ctx, r.indicatorId), "text"),
      cell(satuanOf(ctx, r.indicatorId) ?? EMPTY_MARK, "text"),
      measuredCell(r.baseline, d),
    ];
    // a loop, not flatMap: two cells per year on every one of thousands of rows
    for (const y of years) {
      const t = byYear.get(y);
      cells.push(measuredCell(t?.target ?? null, d), measuredCell(t?.realisasi ?? null, d));
    }
    cells.push(measuredCell(r.targetAkhir, d), capaianCell(r.progres, null, d));
    return { kind: "data", cells };
  });
  if (body.length === 0) {
    body.push(
      spanningRow("kosong", cell("Tidak ada target Renstra yang terbaca di buku kerja.", "text"), width),
    );
  }
  return {
    nomor: "3.3",
    judul: `Perbandingan Realisasi Kinerja${diOpd(ctx)} s.d. Tahun ${result.tahun} dengan Target Jangka Menengah Renstra`,
    widths: [5, 40, 12, 12, ...new Array<number>(2 * n).fill(10), 14, 14],
    header,
    body,
    footnotes: [
      ...rumusCapaianFootnotes(settings),
      `T = target Renstra, R = realisasi. Progres = realisasi tahun ${result.tahun} ÷ target akhir Renstra × 100% (untuk polaritas turun memakai rumus capaian polaritas turun).`,
    ],
    sumber: sumberLine(ctx, "Renstra dan data realisasi kinerja"),
    charts: [],
  };
}
