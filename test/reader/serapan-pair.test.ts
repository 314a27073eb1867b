/**
 * A capaian group over "K | Rp" ("Capaian (%)", "CAPAIAN (%)", "Persentase Capaian"): its
 * Rp half is the serapan of the same year as its K half's capaian, the year the header states once or the
 * title gives.
 */
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

function serapanYear(group: string, yearInTitle: boolean): number | undefined {
  const sb = new SheetBuilder("Renja");
  sb.row([yearInTitle ? "EVALUASI RENJA TAHUN 2024" : "EVALUASI RENJA"]);
  sb.blank();
  const t = yearInTitle ? "Target" : "Target 2024";
  const h = sb.row(["No", "Program", "Indikator Kinerja", t, "", "Realisasi", "", group, ""]);
  sb.row(["", "", "", "K", "Rp", "K", "Rp", "K", "Rp"]);
  for (const c of [0, 1, 2]) sb.mergeDown(c, h, h + 1);
  for (const c of [3, 5, 7]) sb.mergeAcross(h, c, c + 1);
  sb.row([1, "Program Pengelolaan Arsip", "Persentase arsip tertata", 80, 500000000, 84, 480000000, 105, 96]);
  sb.row([2, "Program Perpustakaan", "Jumlah pengunjung", 1000, 300000000, 900, 270000000, 90, 90]);
  const cols = readWorkbook(workbook(sb.build())).tables[0]!.columns;
  return cols.find((c) => c.role === "serapan")?.tahun;
}

describe("the Rp half of a capaian pair", () => {
  test.each([
    ["Capaian (%)", true],
    ["Capaian (%)", false],
    ["CAPAIAN (%)", true],
    ["Persentase Capaian", false],
  ] as const)("%s, year in the title: %s → serapan of 2024", (group, title) => {
    expect(serapanYear(group, title)).toBe(2024);
  });
});
