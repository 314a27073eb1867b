/** The summary says why indicators have no capaian: no target this year, no realisasi yet, a value not read. */
import type { CapaianReport, ReportIndikator } from "../../src/engine/report";
import { summaryLines } from "../../src/cli/summary";

function indikator(target: number | string | null, realisasi: number | string | null): ReportIndikator {
  const capaian =
    typeof target === "number" && typeof realisasi === "number" ? (realisasi / target) * 100 : null;
  return {
    sheet: "Realisasi 2024",
    sel: "F7",
    level: "sasaran",
    sasaran: "Meningkatnya kemandirian PPKS",
    indikator: "Persentase PPKS Mandiri",
    satuan: "%",
    polaritas: "naik",
    target,
    realisasi,
    capaian,
    predikat: capaian === null ? null : "Baik",
    capaianTercetak: null,
  };
}

const report: CapaianReport = {
  versi: 1,
  berkas: "contoh.xlsx",
  tahun: 2024,
  skala: "lkjip4",
  indikator: [
    indikator(5, 4.5),
    indikator(null, null),
    indikator(null, 3),
    indikator(10, null),
    indikator("lima", 4), // a target the reader could not take as a number
  ],
  sasaran: [],
  temuan: [],
  tabel: [],
};

function line(bahasa: "id" | "en"): string {
  const lines = summaryLines(
    {
      berkas: "contoh.xlsx",
      output: "contoh.capaian.xlsx",
      json: null,
      report,
      tableKinds: [],
      skalaNama: "LKjIP",
      skipped: [],
    },
    bahasa,
  );
  return lines.find((l) => l.includes("1 "))!.trim();
}

test("names each reason an indicator has no capaian, in both languages", () => {
  expect(line("id")).toBe(
    "Indikator dihitung: 1 dari 5 (2 tanpa target 2024, 1 belum ada realisasi, 1 nilai tidak terbaca)",
  );
  expect(line("en")).toBe(
    "Indicators computed: 1 of 5 (2 without a 2024 target, 1 without realisasi yet, 1 with a value not readable)",
  );
});

test("a run where every indicator was computed adds nothing after the count", () => {
  const all = { ...report, indikator: [indikator(5, 4.5), indikator(8, 8)] };
  const lines = summaryLines(
    {
      berkas: "b.xlsx",
      output: "b.capaian.xlsx",
      json: null,
      report: all,
      tableKinds: [],
      skalaNama: "LKjIP",
      skipped: [],
    },
    "id",
  );
  expect(lines).toContain("  Indikator dihitung: 2 dari 2");
});
