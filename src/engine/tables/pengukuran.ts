/** Tabel 3.1 Pengukuran Kinerja: target, realisasi, capaian and predikat per indicator, grouped by sasaran. */
import type { IndicatorResult, SasaranResult } from "../result";
import type { PlanValue } from "../plan";
import { diOpd, diukurTahunIni, groupBySasaran, sumberLine, type TableContext } from "./context";
import { capaianFootnotes, hurufFootnotes } from "./footnote";
import { peringkat, SKALA_AKIP, skalaNilaiUntuk, type SkalaNilai } from "../skala-nilai";
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

/** The score scales of the rows graded by letters (AKIP, IKM), each once, for the footnote. */
export function skalaHurufDipakai(rows: ReadonlyArray<IndicatorResult>): SkalaNilai[] {
  const huruf = (v: IndicatorResult["target"]) => typeof v === "string" && peringkat(SKALA_AKIP, v) !== null;
  const out = new Set<SkalaNilai>();
  for (const r of rows)
    if (r.polaritas === "huruf" || huruf(r.target) || huruf(r.realisasi))
      out.add(skalaNilaiUntuk(r.indikator));
  return [...out];
}

export function measuredCell(v: number | string | null, desimal: number): ModelCell {
  const value = valueCell(v);
  return typeof value === "number"
    ? cell(value, "number", { numberFormat: valueFormat(value, desimal) })
    : cell(value, "text");
}

type Group = ReturnType<typeof groupBySasaran>[number];

/** The rows of one sasaran (its number and name spanning them) and its average: the engine's numbers. */
function sasaranRows(g: Group, no: number, avg: SasaranResult | undefined, d: number): ModelRow[] {
  // indicators that name no sasaran have no sasaran average (the engine makes none): no "—" row for it
  const averaged = g.sasaran.trim() !== "";
  const span = g.rows.length + (averaged ? 1 : 0);
  const rows: ModelRow[] = g.rows.map((r, ri) => ({
    kind: "data",
    cells: [
      ri === 0 ? cell(no, "no", { rowSpan: span }) : null,
      ri === 0 ? cell(g.sasaran, "group", { rowSpan: span }) : null,
      cell(r.indikator, "text"),
      cell(r.satuan ?? EMPTY_MARK, "text"),
      measuredCell(r.target, d),
      measuredCell(r.realisasi, d),
      capaianCell(r.capaian, r.status, d),
      cell(r.predikat ?? EMPTY_MARK, "text"),
    ],
  }));
  if (!averaged) return rows;
  rows.push({
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
  return rows;
}

/** The body: each sasaran's rows and average, then the OPD's (or one row saying there is nothing). */
function pengukuranBody(ctx: TableContext, groups: Group[]): ModelRow[] {
  const { result, settings } = ctx;
  const d = settings.desimal;
  const sasaranResults = new Map(result.sasaran.map((s) => [s.sasaran, s]));
  const body: ModelRow[] = groups.flatMap((g, gi) =>
    sasaranRows(g, gi + 1, sasaranResults.get(g.sasaran), d),
  );
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
  return body;
}

export function tabelPengukuran(ctx: TableContext): TableModel {
  const { result, settings } = ctx;
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
  const rows = groups.flatMap((g) => g.rows);
  const chart: PlanValue[][] = [["Indikator", "Target", "Realisasi"]];
  for (const r of rows)
    if (isAngka(r.target) && isAngka(r.realisasi)) chart.push([r.indikator, r.target, r.realisasi]);
  return {
    nomor: "3.1",
    judul: `Pengukuran Kinerja${diOpd(ctx)} Tahun ${result.tahun}`,
    widths: [5, 32, 40, 12, 14, 14, 12, 14],
    header,
    body: pengukuranBody(ctx, groups),
    footnotes: [
      ...capaianFootnotes(settings, ctx.scale),
      ...hurufFootnotes(skalaHurufDipakai(rows)),
      "Rata-rata capaian sasaran = rata-rata capaian indikatornya yang dapat dihitung.",
    ],
    sumber: sumberLine(ctx, "Perjanjian Kinerja dan data realisasi kinerja"),
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
