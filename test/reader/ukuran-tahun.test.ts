/**
 * A table of indicators with their formula and one year's measure, no target (the LPPD "Format IKK": IKK |
 * Rumus | Capaian Kinerja (Tahun 2023)): it measures that year, it is no IKU register. Wordings of the
 * measure's header, and a register with a target or no measure, which stays a register.
 */
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const IKK: [string, string, string][] = [
  ["Pengurusan E-KTP", "Penduduk terekam E-KTP dibagi penduduk wajib KTP", "95,94%"],
  ["Pengurusan KIA", "Anak yang memiliki KIA dibagi anak usia 0-17 tahun", "47,74%"],
];

function read(title: string, header: string[], row: (d: (typeof IKK)[number]) => (string | number)[]) {
  const sb = new SheetBuilder("IKK");
  sb.row([title]);
  sb.blank();
  sb.row(["No", ...header]);
  IKK.forEach((d, i) => sb.row([i + 1, ...row(d)]));
  return readWorkbook(workbook(sb.build())).tables[0]!;
}

describe("one year's measure beside the formula measures that year", () => {
  test.each([
    ["IKK", "Rumus / Perhitungan", "Capaian Kinerja (Tahun 2023)"],
    ["Indikator Kinerja Kunci", "Formula", "Realisasi 2023"],
    ["Indikator", "Cara Perhitungan", "Capaian Tahun 2023"],
  ])("%s | %s | %s", (ind, rumus, measure) => {
    const t = read("LPPD KABUPATEN BUTON TAHUN 2023", [ind, rumus, measure], (d) => [d[0], d[1], d[2]]);
    expect(t.kind).toBe("realisasi");
    expect(t.columns.find((c) => c.header === measure)?.tahun).toBe(2023);
  });
});

describe("an IKU register stays one", () => {
  test("formula and a target", () => {
    const t = read("Indikator Kinerja Utama 2024", ["Indikator Kinerja", "Formulasi", "Target 2024"], (d) => [
      d[0],
      d[1],
      "95%",
    ]);
    expect(t.kind).toBe("iku");
  });
  test("formula and a source of data", () => {
    const t = read("Indikator Kinerja Utama", ["Indikator Kinerja", "Formulasi", "Sumber Data"], (d) => [
      d[0],
      d[1],
      "Disdukcapil",
    ]);
    expect(t.kind).toBe("iku");
  });
});
