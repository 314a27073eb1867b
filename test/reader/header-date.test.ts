/**
 * A real date in a header's second row ("Realisasi s.d." over 31 Desember 2024, a serial under a date
 * format) is the period of its column, as the words "s.d. 31 Desember 2024" are: the row is part of the
 * header, never a data row that reads the header's merged cells as an indicator's target. Each on date
 * formats, header wordings, the other header cells merged down or left empty, and a year the date gives.
 */
import { compute } from "../../src/engine/compute";
import { Settings } from "../../src/engine/settings";
import { readWorkbook } from "../../src/reader";
import { dateWords, isDateFormat } from "../../src/reader/header-date";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const ROWS: [string, string, number, number, number][] = [
  ["Persentase fasilitas pelayanan kesehatan yang terakreditasi", "%", 90, 92.31, 102.57],
  ["Cakupan kepesertaan Jaminan Kesehatan Nasional", "%", 98, 97.42, 99.41],
  ["Persentase desa dengan sanitasi total berbasis masyarakat", "%", 70, 74.5, 106.43],
];
/** 31 Desember 2024 and 31 Desember 2023 as Excel serials */
const DES_2024 = 45657;
const DES_2023 = 45291;

interface Variant {
  format: string;
  realisasi: string;
  target: string;
  merged: boolean;
  serial: number;
}

function build(v: Variant) {
  const sb = new SheetBuilder("Capaian");
  sb.row(["CAPAIAN INDIKATOR KINERJA DINAS KESEHATAN"]);
  sb.blank();
  const h = sb.row(["No", "Indikator Kinerja", "Satuan", v.target, v.realisasi, "Capaian (%)"]);
  const h2 = sb.row(["", "", "", "", v.serial, ""]);
  sb.format(h2, 4, v.format);
  if (v.merged) for (const c of [0, 1, 2, 3, 5]) sb.mergeDown(c, h, h2);
  ROWS.forEach((d, i) => sb.row([i + 1, ...d]));
  return workbook(sb.build());
}

const FORMATS = ["dd mmmm yyyy", "dd/mm/yyyy", "[$-421]d mmmm yyyy;@", "d-mmm-yy", "m/d/yyyy"];
const WORDS: [string, string][] = [
  ["Target 2024", "Realisasi s.d."],
  ["Target", "Realisasi s/d"],
  ["TARGET 2024", "REALISASI PER"],
  ["Target Tahun 2024", "Realisasi sampai dengan"],
];

const cases: [string, Variant][] = [];
FORMATS.forEach((format, k) =>
  WORDS.forEach(([target, realisasi], w) =>
    cases.push([
      `${format}, "${target}" / "${realisasi}", ${(k + w) % 2 === 0 ? "merged" : "not merged"}`,
      { format, target, realisasi, merged: (k + w) % 2 === 0, serial: DES_2024 },
    ]),
  ),
);

describe("a date in the header", () => {
  test.each(cases)("is its column's period, not data: %s", (_, v) => {
    const read = readWorkbook(build(v));
    expect(read.tables).toHaveLength(1);
    expect(read.indicators.map((i) => i.indikator)).toEqual(ROWS.map((r) => r[0]));
    const realisasi = read.tables[0]!.columns.find((c) => c.role === "realisasi")!;
    expect(realisasi.header).toContain("31 Desember 2024");
    expect(realisasi.tahun).toBe(2024);
    for (const i of read.indicators) expect(i.tahun["2024"]?.realisasi?.parsed.kind).toBe("number");
    const kode = compute(read, Settings.parse({ tahun: 2024 })).temuan.map((t) => t.kode);
    expect(kode).not.toContain("TARGET_TIDAK_TERBACA");
    expect(kode).not.toContain("NILAI_TIDAK_TERBACA");
  });

  test("a date of another year names that year", () => {
    const read = readWorkbook(
      build({
        format: "dd mmmm yyyy",
        target: "Target",
        realisasi: "Realisasi s.d.",
        merged: true,
        serial: DES_2023,
      }),
    );
    expect(read.tables[0]!.columns.find((c) => c.role === "realisasi")!.tahun).toBe(2023);
    expect(read.indicators).toHaveLength(3);
  });

  test("date formats and words", () => {
    expect(FORMATS.every(isDateFormat)).toBe(true);
    for (const f of ["General", "0.00", "0%", "#,##0", '0 "hari"', "@", "h:mm"])
      expect(isDateFormat(f)).toBe(false);
    expect(dateWords(DES_2024)).toBe("31 Desember 2024");
    expect(dateWords(45473)).toBe("30 Juni 2024");
    expect(dateWords(75)).toBeUndefined();
  });
});
