/** Tabel 3.1 Pengukuran Kinerja: target, realisasi, capaian and predikat per indicator, grouped by sasaran. */
import type { IndicatorResult } from "../result";
import type { PlanValue } from "../plan";
import { diukurTahunIni, groupBySasaran, type TableContext } from "./context";
import { capaianFootnotes } from "./footnote";
import { decimalFormat, EMPTY_MARK, isAngka, valueCell, valueFormat } from "./format";
import { cell, headerRows, spanningRow, type ModelCell, type ModelRow, type TableModel } from "./model";

const WIDTH = 8;

const STATUS_WORDS: Record<IndicatorResult["status"], string> = {
  dihitung: EMPTY_MARK,
  "tanpa-target": EMPTY_MARK,
  "belum-ada-data": "belum ada data",
  "tidak-terbaca": "tidak terbaca",
};

/** What the capaian cell says when there is no number: the status in words. */
export function capaianCell(
  capaian: number | null,
  status: IndicatorResult["status"] | null,
  desimal: number,
): ModelCell {
  if (capaian !== null && Number.isFinite(capaian)) {
    return cell(capaian, "percent", { numberFormat: decimalFormat(desimal) });
  }
  return cell(status ? STATUS_WORDS[status] : EMPTY_MARK, "text");
}

export function measuredCell(v: number | string | null, desimal: number): ModelCell {
  const value = valueCell(v);
  return typeof value === "number"
    ? cell(value, "number", { numberFormat: valueFormat(value, desimal) })
    : cell(value, "text");
}

export function tabelPengukuran(ctx: TableContext): TableModel {
  const { result, settings } = ctx;
  const d = settings.desimal;
  const header = headerRows(
    [
      [
        { label: "No", rowSpan: 2 },
        { label: "Sasaran", rowSpan: 2 },
        { label: "Indikator Kinerja", rowSpan: 2 },
        { label: "Satuan", rowSpan: 2 },
        { label: `Tahun ${result.tahun}`, colSpan: 4 },
      ],
      [{ label: "Target" }, { label: "Realisasi" }, { label: "Capaian (%)" }, { label: "Predikat" }],
    ],
    WIDTH,
  );
  const groups = groupBySasaran(ctx, diukurTahunIni);
  const body: ModelRow[] = [];
  const chart: PlanValue[][] = [["Indikator", "Target", "Realisasi"]];
  const sasaranResults = new Map(result.sasaran.map((s) => [s.sasaran, s]));
  groups.forEach((g, gi) => {
    const avg = sasaranResults.get(g.sasaran);
    const span = g.rows.length + 1;
    g.rows.forEach((r, ri) => {
      const first = ri === 0;
      body.push({
        kind: "data",
        cells: [
          first ? cell(gi + 1, "no", { rowSpan: span }) : null,
          first ? cell(g.sasaran, "group", { rowSpan: span }) : null,
          cell(r.indikator, "text"),
          cell(r.satuan ?? EMPTY_MARK, "text"),
          measuredCell(r.target, d),
          measuredCell(r.realisasi, d),
          capaianCell(r.capaian, r.status, d),
          cell(r.predikat ?? EMPTY_MARK, "text"),
        ],
      });
      if (isAngka(r.target) && isAngka(r.realisasi)) {
        chart.push([r.indikator, r.target, r.realisasi]);
      }
    });
    body.push({
      kind: "subtotal",
      cells: [
        null,
        null,
        cell("Rata-rata capaian sasaran", "label", { colSpan: 4 }),
        null,
        null,
        null,
        capaianCell(avg?.capaian ?? null, null, d),
        cell(avg?.predikat ?? EMPTY_MARK, "text"),
      ],
    });
  });
  if (body.length === 0) {
    body.push(
      spanningRow(
        "kosong",
        cell(`Belum ada indikator yang terbaca untuk tahun ${result.tahun}.`, "text"),
        WIDTH,
      ),
    );
  } else if (result.opd.capaian !== null || result.opd.predikat !== null) {
    body.push({
      kind: "total",
      cells: [
        cell("Capaian kinerja perangkat daerah (rata-rata sasaran)", "label", { colSpan: 6 }),
        null,
        null,
        null,
        null,
        null,
        capaianCell(result.opd.capaian, null, d),
        cell(result.opd.predikat ?? EMPTY_MARK, "text"),
      ],
    });
  }
  return {
    nomor: "3.1",
    judul: `Pengukuran Kinerja Tahun ${result.tahun}`,
    widths: [5, 32, 40, 12, 14, 14, 12, 14],
    header,
    body,
    footnotes: [
      ...capaianFootnotes(settings, ctx.scale),
      "Rata-rata capaian sasaran = rata-rata capaian indikatornya yang dapat dihitung.",
    ],
    charts:
      chart.length > 1
        ? [
            {
              key: "grafik",
              type: "columnClustered",
              title: `Target dan Realisasi per Indikator Tahun ${result.tahun}`,
              data: chart,
            },
          ]
        : [],
  };
}
