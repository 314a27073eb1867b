/** Tabel 3.5 Analisis Efisiensi: capaian against serapan anggaran, with the category from the settings. */
import type { Settings } from "../settings";
import { diOpd, isSasaranName, sumberLine, type TableContext } from "./context";
import { desimalFootnote } from "./footnote";
import { angkaId, decimalFormat, EMPTY_MARK, RUPIAH_FORMAT } from "./format";
import { capaianCell } from "./pengukuran";
import {
  cell,
  headerRows,
  rowOf,
  spanningRow,
  type ModelCell,
  type ModelRow,
  type TableModel,
} from "./model";

const WIDTH = 9;
const LEVEL: Record<string, string> = {
  sasaran: "Sasaran",
  program: "Program",
  kegiatan: "Kegiatan",
  subkegiatan: "Sub Kegiatan",
};

function rupiah(v: number | null): ModelCell {
  return v === null || !Number.isFinite(v)
    ? cell(EMPTY_MARK, "text")
    : cell(v, "rupiah", { numberFormat: RUPIAH_FORMAT });
}

export function efisiensiFootnote(settings: Settings): string[] {
  const rumus: Record<Settings["efisiensi"]["konvensi"], string> = {
    selisih: "Efisiensi = capaian kinerja − serapan anggaran (poin persen)",
    sisa: "Efisiensi = 100 − serapan anggaran bila target tercapai",
    rasio: "Efisiensi = capaian kinerja ÷ serapan anggaran",
  };
  const lines = [
    "Capaian kinerja = capaian yang dihitung (Tabel 3.1): untuk sasaran rata-rata capaian indikatornya, untuk program dan kegiatan capaian indikatornya sendiri; capaian yang tercetak di lembar kerja tidak dipakai.",
    "Serapan anggaran = realisasi anggaran ÷ pagu × 100%.",
    `${rumus[settings.efisiensi.konvensi]}.`,
  ];
  const kategori = settings.efisiensi.kategori;
  if (kategori && kategori.length > 0) {
    const text = kategori
      .map((k) => (k.min === null ? k.label : `${k.label}: efisiensi ≥ ${angkaId(k.min)}`))
      .join("; ");
    lines.push(`Kategori efisiensi: ${text}.`);
  }
  return lines;
}

export function tabelEfisiensi(ctx: TableContext): TableModel {
  const { result, settings } = ctx;
  const d = settings.desimal;
  const header = headerRows(
    [
      [
        { label: "No", rowSpan: 2 },
        { label: "Uraian", rowSpan: 2 },
        { label: "Tingkat", rowSpan: 2 },
        { label: "Capaian Kinerja (%)", rowSpan: 2 },
        { label: "Anggaran", colSpan: 3 },
        { label: "Efisiensi", rowSpan: 2 },
        { label: "Kategori", rowSpan: 2 },
      ],
      [{ label: "Pagu (Rp)" }, { label: "Realisasi (Rp)" }, { label: "Serapan (%)" }],
    ],
    WIDTH,
  );
  const body: ModelRow[] = result.efisiensi.map((e, i) =>
    rowOf(
      "data",
      cell(i + 1, "no"),
      cell(e.label, "text"),
      // a budget per sasaran read as a top-level line is a sasaran row
      cell(
        e.level === "program" && isSasaranName(ctx, e.label) ? LEVEL.sasaran! : (LEVEL[e.level] ?? e.level),
        "text",
      ),
      capaianCell(e.capaian, null, d),
      rupiah(e.pagu),
      rupiah(e.realisasi),
      capaianCell(e.serapan, null, d),
      e.efisiensi === null || !Number.isFinite(e.efisiensi)
        ? cell(EMPTY_MARK, "text")
        : cell(e.efisiensi, "number", { numberFormat: decimalFormat(d) }),
      cell(e.kategori ?? EMPTY_MARK, "text"),
    ),
  );
  if (body.length === 0) {
    body.push(
      spanningRow(
        "kosong",
        cell("Tidak ada pasangan capaian dan anggaran untuk dianalisis efisiensinya.", "text"),
        WIDTH,
      ),
    );
  }
  return {
    nomor: "3.5",
    judul: `Analisis Efisiensi Kinerja${diOpd(ctx)} Tahun ${result.tahun}`,
    widths: [5, 40, 12, 14, 18, 18, 12, 12, 18],
    header,
    body,
    footnotes: [...efisiensiFootnote(settings), desimalFootnote(settings)],
    sumber: sumberLine(ctx, "Perjanjian Kinerja, data realisasi kinerja dan realisasi anggaran"),
    charts: [],
  };
}
