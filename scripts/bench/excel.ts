/**
 * Syncs and request bytes of the Excel gateway for generated plans (npx tsx scripts/bench/excel.ts).
 * Each plan writes Capaian/Predikat columns with conditional formats on the user's sheet and six
 * Tabel 3.x sheets of the same length, against the strict fake (which measures every request).
 */
import { rangeAddress } from "../../src/engine/address";
import type { PlanValue, WritePlan } from "../../src/engine/plan";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { fakeWorkbookFromSnapshot, REQUEST_LIMIT_BYTES } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { CAPAIAN_BANDS } from "../../test/fixtures/excel/plan000";

const SIZES = [100, 1000, 10000];
const USER_SHEET = "Data Kinerja";
const PREDIKAT = ["Sangat Baik", "Baik", "Cukup", "Kurang"];

function workbook(rows: number): WorkbookSnapshot {
  const values: (string | number)[][] = [
    ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi"],
  ];
  for (let i = 0; i < rows; i++)
    values.push([
      i + 1,
      `Sasaran ${1 + Math.floor(i / 5)}`,
      `Persentase indikator kinerja ke-${i + 1}`,
      "%",
      75 + (i % 20),
      60 + ((i * 7) % 45),
    ]);
  return {
    sheets: [
      {
        name: USER_SHEET,
        origin: { row: 0, col: 0 },
        values,
        numberFormats: values.map((r) => r.map(() => "General")),
        merges: [],
        visibility: "visible",
        protected: false,
      },
    ],
    names: {},
  };
}

function plan(rows: number): WritePlan {
  const last = rows + 1;
  const columns: PlanValue[][] = [["Capaian", "Predikat"]];
  for (let i = 0; i < rows; i++) {
    const capaian = (60 + ((i * 7) % 45)) / (75 + (i % 20));
    columns.push([
      Math.round(capaian * 10000) / 10000,
      PREDIKAT[Math.min(3, Math.floor((1.1 - capaian) * 4))] ?? "Kurang",
    ]);
  }
  const p: WritePlan = {
    version: 1,
    sheets: [{ name: "_CapaianKinerja", create: true, clear: false, visibility: "veryHidden" }],
    ranges: [
      {
        sheet: USER_SHEET,
        address: `G1:H${last}`,
        values: columns,
        numberFormats: columns.map((_, r) => (r === 0 ? ["General", "General"] : ["0.00%", "General"])),
      },
      { sheet: "_CapaianKinerja", address: "A1:A2", values: [["Capaian Kinerja"], ['{"versi":1}']] },
    ],
    merges: [],
    conditionalFormats: [
      {
        sheet: USER_SHEET,
        address: `G2:G${last}`,
        rules: CAPAIAN_BANDS,
      },
      {
        sheet: USER_SHEET,
        address: `H2:H${last}`,
        rules: PREDIKAT.map((text, i) => ({
          type: "textEquals" as const,
          text,
          fill: ["#C6EFCE", "#DDEBF7", "#FFEB9C", "#FFC7CE"][i]!,
          fontColor: "#000000",
        })),
      },
    ],
    notes: [],
    charts: [],
    names: [],
  };
  for (let t = 1; t <= 6; t++) {
    const sheet = `Tabel 3.${t}`;
    p.sheets.push({
      name: sheet,
      create: true,
      clear: false,
      columnWidths: [5, 30, 40, 10, 10, 10, 12].map((width, col) => ({ col, width })),
      freeze: { rows: 2, cols: 0 },
    });
    const body: PlanValue[][] = [];
    for (let i = 0; i < rows; i++)
      body.push([
        i + 1,
        `Sasaran ${1 + Math.floor(i / 5)}`,
        `Persentase indikator kinerja ke-${i + 1}`,
        75 + (i % 20),
        60 + ((i * 7) % 45),
        columns[i + 1]![0]!,
        columns[i + 1]![1]!,
      ]);
    p.ranges.push(
      {
        sheet,
        address: "A1:G1",
        values: [[`Tabel 3.${t}`, null, null, null, null, null, null]],
        style: { bold: true },
      },
      {
        sheet,
        address: "A2:G2",
        values: [["No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian", "Predikat"]],
        style: { bold: true, fill: "#D9E1F2", border: "thin", hAlign: "center" },
      },
      { sheet, address: rangeAddress(2, 0, rows, 7), values: body, style: { border: "thin", vAlign: "top" } },
    );
    p.merges.push({ sheet, address: "A1:G1" });
    p.conditionalFormats.push({
      sheet,
      address: rangeAddress(2, 5, rows, 1),
      rules: [{ type: "iconSet", style: "ThreeSymbols", thresholds: [0.55, 1] }],
    });
    p.names.push({ name: `CK_Tabel3${t}`, sheet, address: rangeAddress(1, 0, rows + 1, 7) });
    if (t <= 2)
      p.charts.push({
        name: `CK_Grafik_3${t}`,
        sheet,
        type: "columnClustered",
        title: `Tabel 3.${t}`,
        dataAddress: rangeAddress(1, 2, Math.min(rows, 10) + 1, 3),
        anchor: "I2",
        widthCols: 8,
        heightRows: 15,
      });
  }
  return p;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(2);
}

async function main(): Promise<void> {
  const lines: string[] = [];
  lines.push(
    "| indicator rows | cells written | syncs (look-up + write) | write syncs | largest request MB | total request MB | ms |",
  );
  lines.push("|---:|---:|---:|---:|---:|---:|---:|");
  for (const rows of SIZES) {
    const fake = fakeWorkbookFromSnapshot(workbook(rows));
    const gateway = createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
    const started = performance.now();
    const report = await gateway.apply(plan(rows));
    const ms = Math.round(performance.now() - started);
    const { syncs, writeSyncs, requestBytes } = fake.stats;
    const total = requestBytes.reduce((a, b) => a + b, 0);
    lines.push(
      `| ${rows} | ${report.cellsWritten} | ${syncs} | ${writeSyncs} | ${mb(Math.max(...requestBytes))} | ${mb(total)} | ${ms} |`,
    );
  }
  lines.push(
    "",
    `Request limit: ${mb(REQUEST_LIMIT_BYTES)} MB (Excel on the web). Times are the fake's, not Excel's.`,
  );
  console.log(lines.join("\n"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
