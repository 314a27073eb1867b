/** A plan shaped like the write-plan builder's output for the Realisasi 2024 fixture. */
import type { WritePlan } from "../../src/engine/plan";
import { emptyState, stateCells } from "../../src/engine/state";

export const FORMULA_LOOKING = ["=cmd|' /C calc'!A0", "+62 812 7654 321", "-5% (turun)", "@SUM(A1:A3)"];

export function realisasiPlan(): WritePlan {
  const header = {
    bold: true,
    fill: "#1F4E78",
    fontColor: "#FFFFFF",
    hAlign: "center" as const,
    border: "thin" as const,
    wrap: true,
  };
  const body = { border: "thin" as const, vAlign: "top" as const };
  const state = stateCells(emptyState());
  return {
    version: 1,
    sheets: [
      {
        name: "Realisasi 2024",
        create: false,
        clear: false,
        columnWidths: [
          { col: 6, width: 12 },
          { col: 7, width: 14 },
        ],
      },
      {
        name: "Tabel 3.1",
        create: true,
        clear: true,
        visibility: "visible",
        columnWidths: [
          { col: 0, width: 5 },
          { col: 1, width: 45 },
          { col: 2, width: 10 },
          { col: 3, width: 10 },
        ],
        freeze: { rows: 3, cols: 0 },
        tabColor: "#1F4E78",
      },
      { name: "Tabel 3.2", create: true, clear: true },
      { name: "_CapaianKinerja", create: true, clear: true, visibility: "veryHidden" },
    ],
    ranges: [
      { sheet: "Realisasi 2024", address: "G2:H2", values: [["Capaian (%)", "Predikat"]], style: header },
      {
        sheet: "Realisasi 2024",
        address: "G3:H5",
        values: [
          [106.67, "Sangat Baik"],
          [105.21, "Sangat Baik"],
          [100, "Sangat Baik"],
        ],
        style: { ...body, numberFormat: "0.00" },
        numberFormats: [
          ["0.00", "@"],
          ["0.00", "@"],
          ["0.00", "@"],
        ],
      },
      {
        sheet: "Tabel 3.1",
        address: "A1",
        values: [["Tabel 3.1 Pengukuran Kinerja Sasaran Tahun 2024"]],
        style: { bold: true, fontSize: 12 },
      },
      {
        sheet: "Tabel 3.1",
        address: "A3:F3",
        values: [["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Predikat"]],
        style: header,
      },
      {
        sheet: "Tabel 3.1",
        address: "A4:F6",
        values: [
          [1, "Persentase PMKS yang tertangani", 76.5, 81.6, 106.67, "Sangat Baik"],
          [2, "Persentase PSKS yang diberdayakan", 57, 59.97, 105.21, "Sangat Baik"],
          [3, "Persentase korban bencana yang menerima bantuan", 100, 100, 100, "Sangat Baik"],
        ],
        style: body,
      },
      {
        sheet: "Tabel 3.2",
        address: "A1:B5",
        values: [
          ["Catatan", "Nilai"],
          [FORMULA_LOOKING[0]!, true],
          [FORMULA_LOOKING[1]!, null],
          [FORMULA_LOOKING[2]!, 0.5],
          [FORMULA_LOOKING[3]!, "ناتج عربي ✅ 📈"],
        ],
      },
      { sheet: "_CapaianKinerja", address: `A1:A${state.length}`, values: state },
    ],
    merges: [{ sheet: "Tabel 3.1", address: "A1:F1" }],
    conditionalFormats: [
      {
        sheet: "Realisasi 2024",
        address: "G3:G5",
        rules: [
          {
            type: "cellValue",
            operator: "greaterThanOrEqual",
            formula1: "100",
            fill: "#C6EFCE",
            fontColor: "#006100",
          },
          {
            type: "cellValue",
            operator: "between",
            formula1: "85",
            formula2: "99.99",
            fill: "#FFEB9C",
            fontColor: "#9C5700",
          },
        ],
      },
      {
        sheet: "Realisasi 2024",
        address: "H3:H5",
        rules: [{ type: "textEquals", text: "Sangat Baik", fill: "#C6EFCE", fontColor: "#006100" }],
      },
      {
        sheet: "Tabel 3.1",
        address: "E4:E6",
        rules: [{ type: "iconSet", style: "ThreeSymbols", thresholds: [85, 100] }],
      },
    ],
    notes: [
      {
        sheet: "Realisasi 2024",
        cell: "G2",
        text: "Capaian = Realisasi / Target × 100 (polaritas positif).",
      },
      { sheet: "Tabel 3.1", cell: "E3", text: "Dihitung oleh add-in Capaian Kinerja." },
    ],
    charts: [
      {
        name: "Grafik Capaian 2024",
        sheet: "Tabel 3.1",
        type: "columnClustered",
        title: "Capaian Kinerja Sasaran 2024",
        dataAddress: "B3:D6",
        // below the table, inside the printed page width (columns A to D)
        anchor: "A9",
        widthCols: 4,
        heightRows: 16,
      },
    ],
    names: [
      { name: "CK_Tabel_3_1", sheet: "Tabel 3.1", address: "A3:F6" },
      { name: "CK_Capaian", sheet: "Realisasi 2024", address: "G3:G5" },
    ],
  };
}
