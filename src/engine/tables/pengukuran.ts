/** Tabel 3.1 Pengukuran Kinerja: target, realisasi, capaian and predikat per indicator, grouped by sasaran. */
import type { IndicatorResult, SasaranResult } from "../result";
import type { PlanValue } from "../plan";
import { diOpd, diukurTahunIni, groupBySasaran, sumberLine, type TableContext } from "./context";
import { capaianFootnotes, hurufFootnotes } from "./footnote";
import { peringkat, SKALA_AKIP, skalaNilaiUntuk, type SkalaNilai } from "../skala-nilai";
import { decimalFormat, EMPTY_MARK, isAngka, valueCell, valueFormat } from "./format";
import {
  cell,
  headerRows,
  numberCell,
  POTONGAN_BARIS,
  rowOf,
  spanningRow,
  type ModelCell,
  type ChartModel,
  type ModelRow,
  type TableModel,
} from "./model";
import { satuanSeragam } from "./satuan-grafik";

const WIDTH = 8;

const STATUS_WORDS: Record<IndicatorResult["status"], string> = {
  dihitung: EMPTY_MARK,
  "tanpa-target": EMPTY_MARK,
  "belum-ada-data": "belum ada data",
  "tidak-terbaca": "tidak terbaca",
};

/**
 * The text cells of a measurement without a number ("—", "belum ada data", "tidak terbaca"), one
 * object each: a model is only read, and a 100,000-row Renstra table has half a million of them
 * (made per cell, they lived as long as the model and were 16 MB of old-generation garbage). Not
 * frozen: a frozen object has a hidden class of its own, and the loops over every cell saw two.
 */
const TEXT_CELLS = new Map<string, ModelCell>(
  [EMPTY_MARK, ...Object.values(STATUS_WORDS)].map((t) => [t, cell(t, "text")]),
);

function textCell(text: string): ModelCell {
  return TEXT_CELLS.get(text) ?? cell(text, "text");
}

/** What the capaian cell says when there is no number: the status in words. */
export function capaianCell(
  capaian: number | null,
  status: IndicatorResult["status"] | null,
  desimal: number,
): ModelCell {
  if (capaian !== null && Number.isFinite(capaian)) {
    return numberCell(capaian, "percent", decimalFormat(desimal));
  }
  return textCell(status ? STATUS_WORDS[status] : EMPTY_MARK);
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
    ? numberCell(value, "number", valueFormat(value, desimal))
    : typeof value === "string"
      ? textCell(value)
      : cell(value, "text");
}

type Group = ReturnType<typeof groupBySasaran>[number];

/** The rows of one sasaran (its number and name spanning them) and its average: the engine's numbers. */
function sasaranRows(g: Group, no: number, avg: SasaranResult | undefined, d: number): ModelRow[] {
  // indicators that name no sasaran have no sasaran average (the engine makes none): no "—" row for it
  const averaged = g.sasaran.trim() !== "";
  const span = g.rows.length + (averaged ? 1 : 0);
  const rows: ModelRow[] = g.rows.map((r, ri) =>
    rowOf(
      "data",
      ri === 0 ? cell(no, "no", { rowSpan: span }) : null,
      ri === 0 ? cell(g.sasaran, "group", { rowSpan: span }) : null,
      cell(r.indikator, "text"),
      cell(r.satuan ?? EMPTY_MARK, "text"),
      measuredCell(r.target, d),
      measuredCell(r.realisasi, d),
      capaianCell(r.capaian, r.status, d),
      cell(r.predikat ?? EMPTY_MARK, "text"),
    ),
  );
  if (!averaged) return rows;
  rows.push(
    rowOf(
      "subtotal",
      null,
      null,
      cell("Rata-rata capaian sasaran", "label", { colSpan: 4 }),
      null,
      null,
      null,
      capaianCell(avg?.capaian ?? null, null, d),
      cell(avg?.predikat ?? EMPTY_MARK, "text"),
    ),
  );
  return rows;
}

/** The row under the last sasaran: the OPD's average, when there is one. */
function opdRow(ctx: TableContext): ModelRow | null {
  const { result, settings } = ctx;
  if (result.opd.capaian === null && result.opd.predikat === null) return null;
  return rowOf(
    "total",
    cell("Capaian kinerja perangkat daerah (rata-rata sasaran)", "label", { colSpan: 6 }),
    null,
    null,
    null,
    null,
    null,
    capaianCell(result.opd.capaian, null, settings.desimal),
    cell(result.opd.predikat ?? EMPTY_MARK, "text"),
  );
}

function kosongRow(ctx: TableContext): ModelRow {
  const text = `Belum ada indikator yang terbaca untuk tahun ${ctx.result.tahun}.`;
  return spanningRow("kosong", cell(text, "text"), WIDTH);
}

/**
 * The body a piece at a time, each piece whole sasaran (a sasaran's number and name span its rows,
 * which a piece must not cut) and at least `potongan` rows but the last: each sasaran's rows and
 * average, then the OPD's (or one row saying there is nothing).
 */
function* bodyPieces(ctx: TableContext, groups: Group[], potongan: number): Generator<ModelRow[]> {
  const d = ctx.settings.desimal;
  // the last sasaran of a name, as a map built from the list keeps it
  const sasaranResults = new Map<string, SasaranResult>();
  for (const s of ctx.result.sasaran) sasaranResults.set(s.sasaran, s);
  let piece: ModelRow[] = [];
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    for (const row of sasaranRows(g, gi + 1, sasaranResults.get(g.sasaran), d)) piece.push(row);
    if (piece.length >= potongan) {
      yield piece;
      piece = [];
    }
  }
  if (groups.length === 0) piece.push(kosongRow(ctx));
  else {
    const opd = opdRow(ctx);
    if (opd) piece.push(opd);
  }
  if (piece.length > 0) yield piece;
}

/** Tabel 3.1 without its body rows, and the sasaran groups its body is made of. */
function pengukuranFrame(ctx: TableContext): { model: TableModel; groups: Group[] } {
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
  const model: TableModel = {
    nomor: "3.1",
    judul: `Pengukuran Kinerja${diOpd(ctx)} Tahun ${result.tahun}`,
    widths: [5, 32, 40, 12, 14, 14, 12, 14],
    header,
    body: [],
    footnotes: [
      ...capaianFootnotes(settings, ctx.scale),
      ...hurufFootnotes(skalaHurufDipakai(rows)),
      "Rata-rata capaian sasaran = rata-rata capaian indikatornya yang dapat dihitung.",
    ],
    sumber: sumberLine(ctx, "Perjanjian Kinerja dan data realisasi kinerja"),
    charts: grafikPengukuran(ctx, rows),
  };
  return { model, groups };
}

/**
 * Target and realisasi per indicator when all share one unit; with mixed units (a count beside
 * percentages) the capaian (%) instead, which every indicator with a computed capaian shares.
 */
function grafikPengukuran(ctx: TableContext, rows: IndicatorResult[]): ChartModel[] {
  const tahun = ctx.result.tahun;
  const tr = rows.filter((r) => isAngka(r.target) && isAngka(r.realisasi));
  if (satuanSeragam(tr.map((r) => r.satuan))) {
    if (tr.length === 0) return [];
    const data: PlanValue[][] = [
      ["Indikator", "Target", "Realisasi"],
      ...tr.map((r) => [r.indikator, r.target, r.realisasi]),
    ];
    return [
      {
        key: "grafik",
        type: "columnClustered",
        title: `Target dan Realisasi per Indikator Tahun ${tahun}`,
        data,
      },
    ];
  }
  const data: PlanValue[][] = [["Indikator", "Capaian (%)"]];
  for (const r of rows)
    if (r.capaian !== null && Number.isFinite(r.capaian)) data.push([r.indikator, r.capaian]);
  if (data.length < 2) return [];
  return [
    {
      key: "grafik",
      type: "columnClustered",
      title: `Capaian Kinerja per Indikator Tahun ${tahun} (%)`,
      data,
      // capaian is already ×100 (105,03 %): a "%" format would print 10503 %
      numberFormat: decimalFormat(ctx.settings.desimal),
    },
  ];
}

export function tabelPengukuran(ctx: TableContext): TableModel {
  const { model, groups } = pengukuranFrame(ctx);
  for (const piece of bodyPieces(ctx, groups, Infinity)) for (const row of piece) model.body.push(row);
  return model;
}

/**
 * Tabel 3.1 with its body made a piece at a time as it is placed (renderTable's `bodyPieces`): the
 * same rows as `tabelPengukuran`, never all alive at once (110,000 rows of cells at 100,000 indicators).
 */
export function tabelPengukuranBertahap(
  ctx: TableContext,
  potongan = POTONGAN_BARIS,
): { model: TableModel; body: () => Iterable<ModelRow[]> } {
  const { model, groups } = pengukuranFrame(ctx);
  return { model, body: () => bodyPieces(ctx, groups, potongan) };
}
