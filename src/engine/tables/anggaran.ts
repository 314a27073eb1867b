/** Tabel 3.6: realisasi anggaran per program (Pagu, Realisasi, %, Sisa) with the Jumlah row. */
import type { AnggaranResultRow } from "../result";
import { diOpd, isSasaranName, sumberLine, type TableContext } from "./context";
import { desimalFootnote } from "./footnote";
import { EMPTY_MARK, RUPIAH_FORMAT } from "./format";
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

const WIDTH = 7;

function rupiah(v: number | null): ModelCell {
  return v === null || !Number.isFinite(v)
    ? cell(EMPTY_MARK, "text")
    : cell(v, "rupiah", { numberFormat: RUPIAH_FORMAT });
}

/**
 * Programs when the sheet has them; otherwise whatever budget lines were read. A line named as a
 * sasaran is a budget per sasaran, never a program row.
 */
export function anggaranRows(
  rows: AnggaranResultRow[],
  isSasaran: (nama: string) => boolean = () => false,
): AnggaranResultRow[] {
  const own = rows.filter((r) => !isSasaran(r.nama));
  const programs = own.filter((r) => r.level === "program");
  return programs.length > 0 ? programs : own;
}

/** Σ of the rows shown: the engine's total adds every top-level line, budgets per sasaran included. */
export function totalOf(
  rows: AnggaranResultRow[],
  all: AnggaranResultRow[],
  engine: TableContext["result"]["anggaran"]["total"],
) {
  if (rows.length === all.length) return engine;
  let pagu = 0;
  let realisasi = 0;
  for (const r of rows) {
    pagu += r.pagu ?? 0;
    realisasi += r.realisasi ?? 0;
  }
  return { pagu, realisasi, persen: pagu > 0 ? (realisasi / pagu) * 100 : null, sisa: pagu - realisasi };
}

export function tabelAnggaran(ctx: TableContext): TableModel {
  const { result, settings } = ctx;
  const d = settings.desimal;
  const header = headerRows(
    [
      [
        { label: "No", rowSpan: 2 },
        { label: "Kode", rowSpan: 2 },
        { label: "Program", rowSpan: 2 },
        { label: "Pagu (Rp)", rowSpan: 2 },
        { label: "Realisasi", colSpan: 2 },
        { label: "Sisa Anggaran (Rp)", rowSpan: 2 },
      ],
      [{ label: "Rp" }, { label: "%" }],
    ],
    WIDTH,
  );
  const rows = anggaranRows(result.anggaran.rows, (nama) => isSasaranName(ctx, nama));
  const body: ModelRow[] = rows.map((r, i) =>
    rowOf(
      "data",
      cell(i + 1, "no"),
      cell(r.kode ?? EMPTY_MARK, "text"),
      cell(r.nama, "text"),
      rupiah(r.pagu),
      rupiah(r.realisasi),
      capaianCell(r.persen, null, d),
      rupiah(r.sisa),
    ),
  );
  if (body.length === 0) {
    body.push(
      spanningRow("kosong", cell("Tidak ada data anggaran yang terbaca di buku kerja.", "text"), WIDTH),
    );
  } else {
    const t = totalOf(rows, result.anggaran.rows, result.anggaran.total);
    body.push(
      rowOf(
        "total",
        cell("Jumlah", "label", { colSpan: 3 }),
        null,
        null,
        rupiah(t.pagu),
        rupiah(t.realisasi),
        capaianCell(t.persen, null, d),
        rupiah(t.sisa),
      ),
    );
  }
  return {
    nomor: "3.6",
    judul: `Realisasi Anggaran per Program${diOpd(ctx)} Tahun ${result.tahun}`,
    widths: [5, 16, 48, 20, 20, 10, 20],
    header,
    body,
    footnotes: [
      "Realisasi (%) = realisasi anggaran ÷ pagu × 100%. Sisa anggaran = pagu − realisasi.",
      desimalFootnote(settings).replace("Capaian", "Persentase"),
    ],
    sumber: sumberLine(ctx, "Data realisasi anggaran"),
    charts: [],
  };
}
