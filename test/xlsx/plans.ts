/** A plan shaped like a run's, for the adapter tests. */
import { emptyPlan, type WritePlan } from "../../src/engine/plan";
import { emptyState, STATE_SHEET, stateCells } from "../../src/engine/state";

export const INJECTION = "=cmd|' /C calc'!A0";

/** A plan shaped like a run's: owned columns beside the user's table, a Tabel 3.1 sheet, the state sheet. */
export function samplePlan(): WritePlan {
  const plan = emptyPlan();
  const base = emptyState();
  // zod 4 hands out the same default arrays on every parse: build new ones, never push into them.
  const state = { ...base, owned: { ...base.owned, sheets: ["Tabel 3.1", STATE_SHEET] } };
  const cells = stateCells(state);
  plan.sheets.push(
    {
      name: "Tabel 3.1",
      create: true,
      clear: true,
      columnWidths: [
        { col: 0, width: 6 },
        { col: 1, width: 40 },
      ],
      freeze: { rows: 2, cols: 0 },
      tabColor: "#2F5597",
    },
    { name: STATE_SHEET, create: true, clear: true, visibility: "veryHidden" },
  );
  plan.ranges.push(
    {
      sheet: "Realisasi 2023",
      address: "H4:I5",
      values: [
        ["Capaian dihitung (%)", "Predikat"],
        [null, null],
      ],
      style: { bold: true, fill: "#D9E1F2", border: "thin" },
    },
    {
      sheet: "Realisasi 2023",
      address: "H7:I9",
      values: [
        [(3.63 / 3.25) * 100, "Sangat Baik"],
        [null, null],
        [100, "Baik"],
      ],
      numberFormats: [
        ["0.00", "General"],
        ["0.00", "General"],
        ["0.00", "General"],
      ],
    },
    {
      sheet: "Tabel 3.1",
      address: "A1:D1",
      values: [["Tabel 3.1 Pengukuran Kinerja Tahun 2023", null, null, null]],
      style: { bold: true, fontSize: 12 },
    },
    {
      sheet: "Tabel 3.1",
      address: "A2:D4",
      values: [
        ["No", "Indikator", "Capaian", "Keterangan"],
        [1, "Persentase PPKS Mandiri", (3.63 / 3.25) * 100, INJECTION],
        [2, "Predikat Akuntabilitas Kinerja Perangkat Daerah", 100, "+62 812 000"],
      ],
      style: { border: "thin", wrap: true, vAlign: "center" },
    },
    { sheet: STATE_SHEET, address: `A1:A${cells.length}`, values: cells },
  );
  plan.merges.push({ sheet: "Tabel 3.1", address: "A1:D1" });
  plan.conditionalFormats.push(
    {
      sheet: "Realisasi 2023",
      address: "H7:H9",
      rules: [
        {
          type: "cellValue",
          operator: "greaterThan",
          formula1: "100",
          fill: "#9CC9F0",
          fontColor: "#1A1A1A",
        },
        {
          type: "cellValue",
          operator: "between",
          formula1: "75",
          formula2: "100",
          fill: "#8FD3C1",
          fontColor: "#1A1A1A",
        },
        { type: "cellValue", operator: "lessThan", formula1: "55", fill: "#EE9A7A", fontColor: "#1A1A1A" },
        { type: "iconSet", style: "ThreeSymbols", thresholds: [75, 100] },
      ],
    },
    {
      sheet: "Realisasi 2023",
      address: "I7:I9",
      rules: [{ type: "textEquals", text: "Sangat Baik", fill: "#9CC9F0", fontColor: "#1A1A1A" }],
    },
  );
  plan.notes.push({
    sheet: "Realisasi 2023",
    cell: "G8",
    text: "Rata-rata yang dicetak 94,05 % tidak dapat diturunkan dari capaian indikatornya (111,69 %).",
  });
  plan.names.push({ name: "CK_Tabel_3_1", sheet: "Tabel 3.1", address: "A2:D4" });
  plan.charts.push({
    name: "Grafik Capaian",
    sheet: "Tabel 3.1",
    type: "columnClustered",
    title: "Capaian",
    dataAddress: "B2:C4",
    anchor: "F2",
    widthCols: 6,
    heightRows: 12,
  });
  return plan;
}
