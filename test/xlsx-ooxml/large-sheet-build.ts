/**
 * Builders for the large-sheet test: the fixture with a 10,000-row Realisasi sheet (its indicator
 * rows repeated, like a kabupaten-wide list) next to the user's chart and pivot table, and the
 * plan that adds the Capaian/Predikat columns, a rule, a note, a chart and a name.
 */
import JSZip from "jszip";
import type { PlanValue, WritePlan } from "../../src/engine/plan";
import { emptyPlan } from "../../src/engine/plan";
import { fixture } from "./helpers";

export const ROWS = 10000;
const SEED = [
  ["Persentase PMKS yang tertangani", 76.5, 81.6],
  ["Persentase PSKS yang diberdayakan", 57, 59.97],
  ["Persentase korban bencana yang menerima bantuan", 100, 100],
] as const;

export async function largeWorkbook(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fixture("realisasi-2024.xlsx"));
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const rows: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    const r = i + 3;
    const [indikator, target, realisasi] = SEED[i % SEED.length]!;
    rows.push(
      `<row r="${r}"><c r="A${r}" s="3"><v>${i + 1}</v></c><c r="B${r}" s="3" t="inlineStr"><is><t>Sasaran ${i + 1}</t></is></c>` +
        `<c r="C${r}" s="3" t="inlineStr"><is><t>${indikator}</t></is></c><c r="D${r}" s="3" t="inlineStr"><is><t>%</t></is></c>` +
        `<c r="E${r}" s="4"><v>${target}</v></c><c r="F${r}" s="4"><v>${realisasi}</v></c></row>`,
    );
  }
  const big = sheet.replace(/(<row r="2">.*?<\/row>)[\s\S]*<\/sheetData>/, `$1${rows.join("")}</sheetData>`);
  zip.file("xl/worksheets/sheet1.xml", big);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

export function plan(): WritePlan {
  const p = emptyPlan();
  const values: PlanValue[][] = [];
  const formats: string[][] = [];
  for (let i = 0; i < ROWS; i++) {
    const [, target, realisasi] = SEED[i % SEED.length]!;
    const capaian = Math.round((realisasi / target) * 10000) / 100;
    values.push([capaian, capaian >= 100 ? "Sangat Baik" : "Baik"]);
    formats.push(["0.00", "@"]);
  }
  p.ranges.push({
    sheet: "Realisasi 2024",
    address: "G2:H2",
    values: [["Capaian (%)", "Predikat"]],
    style: { bold: true },
  });
  p.ranges.push({
    sheet: "Realisasi 2024",
    address: `G3:H${ROWS + 2}`,
    values,
    style: { border: "thin" },
    numberFormats: formats,
  });
  p.conditionalFormats.push({
    sheet: "Realisasi 2024",
    address: `G3:G${ROWS + 2}`,
    rules: [
      {
        type: "cellValue",
        operator: "greaterThanOrEqual",
        formula1: "100",
        fill: "#C6EFCE",
        fontColor: "#006100",
      },
    ],
  });
  p.notes.push({ sheet: "Realisasi 2024", cell: "G2", text: "Capaian = Realisasi / Target × 100" });
  p.sheets.push({ name: "Tabel 3.1", create: true, clear: true });
  p.ranges.push({
    sheet: "Tabel 3.1",
    address: "A1:C4",
    values: [["Indikator", "Target", "Realisasi"], ...SEED.map((r) => [...r])],
  });
  p.charts.push({
    name: "Grafik Capaian",
    sheet: "Tabel 3.1",
    type: "columnClustered",
    title: "Target dan Realisasi",
    dataAddress: "A1:C4",
    anchor: "E2",
    widthCols: 8,
    heightRows: 15,
  });
  p.names.push({ name: "CK_Capaian", sheet: "Realisasi 2024", address: `G3:G${ROWS + 2}` });
  return p;
}
