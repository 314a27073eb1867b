/** Tabel 3.4: realisasi against the national standard, "jika ada". */
import { diOpd, satuanOf, indicatorName, sumberLine, type TableContext } from "./context";
import { rumusCapaianFootnotes } from "./footnote";
import { EMPTY_MARK } from "./format";
import { capaianCell, measuredCell } from "./pengukuran";
import { cell, headerRows, rowOf, spanningRow, type ModelRow, type TableModel } from "./model";

export const TIDAK_ADA_STANDAR = "tidak ada standar nasional";
const WIDTH = 8;

export function tabelNasional(ctx: TableContext): TableModel {
  const { result, settings } = ctx;
  const d = settings.desimal;
  const header = headerRows(
    [
      [
        { label: "No", rowSpan: 2 },
        { label: "Indikator Kinerja", rowSpan: 2 },
        { label: "Satuan", rowSpan: 2 },
        { label: `Tahun ${result.tahun}`, colSpan: 3 },
        { label: "Capaian terhadap Standar Nasional (%)", rowSpan: 2 },
        { label: "Keterangan", rowSpan: 2 },
      ],
      [{ label: "Target Nasional" }, { label: "Target Daerah" }, { label: "Realisasi Daerah" }],
    ],
    WIDTH,
  );
  const body: ModelRow[] = result.nasional.map((n, i) => {
    const none = n.targetNasional === null;
    return rowOf(
      "data",
      cell(i + 1, "no"),
      cell(indicatorName(ctx, n.indicatorId), "text"),
      cell(satuanOf(ctx, n.indicatorId) ?? EMPTY_MARK, "text"),
      none ? cell(TIDAK_ADA_STANDAR, "text") : measuredCell(n.targetNasional, d),
      measuredCell(ctx.indikator.get(n.indicatorId)?.target ?? null, d),
      measuredCell(n.realisasi, d),
      n.sebanding && !none ? capaianCell(n.capaian, null, d) : cell(EMPTY_MARK, "text"),
      cell(none || n.sebanding ? null : "tidak sebanding (besaran berbeda)", "text"),
    );
  });
  if (body.length === 0) {
    body.push(
      spanningRow(
        "kosong",
        cell(
          `${TIDAK_ADA_STANDAR[0]!.toUpperCase()}${TIDAK_ADA_STANDAR.slice(1)} untuk indikator tahun ${result.tahun}.`,
          "text",
        ),
        WIDTH,
      ),
    );
  }
  return {
    nomor: "3.4",
    judul: `Perbandingan Realisasi Kinerja${diOpd(ctx)} dengan Standar Nasional Tahun ${result.tahun}`,
    widths: [5, 40, 12, 16, 14, 14, 16, 24],
    header,
    body,
    footnotes: [
      ...rumusCapaianFootnotes(settings),
      "Capaian terhadap standar nasional = realisasi daerah dibandingkan target nasional dengan rumus capaian yang sama; tidak dihitung bila besarannya tidak sebanding (angka nasional berupa jumlah, angka daerah berupa persentase).",
    ],
    sumber: sumberLine(ctx, "Standar nasional dan data realisasi kinerja"),
    charts: [],
  };
}
