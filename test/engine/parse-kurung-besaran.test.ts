/**
 * Two ways agencies write values that are not plain numbers: an accounting negative in parentheses
 * ("(2,5)") and a magnitude word after the number ("Rp 85,4 M", "288,46 ribu orang"), cell by cell and through
 * the reader and the engine over a family of tables (other headers, other orders, mixed writings in a column).
 */
import { parseValue } from "../../src/engine/parse";
import { magnitudeOf } from "../../src/engine/magnitude";
import { compute } from "../../src/engine/compute";
import { Settings } from "../../src/engine/settings";
import type { ParsedValue } from "../../src/engine/model";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const num = (value: number, extra: Partial<ParsedValue> = {}): ParsedValue =>
  ({ kind: "number", value, ...extra }) as ParsedValue;

describe("a bare number in parentheses is negative", () => {
  it.each<[string, ParsedValue]>([
    ["(2,5)", num(-2.5)],
    ["(0,8)", num(-0.8)],
    ["(71,43)", num(-71.43)],
    ["( 1,2 )", num(-1.2)],
    ["(1.250)", num(-1250)],
    ["(1.250.000,50)", num(-1250000.5)],
    ["(12)", num(-12)],
    ["(71,43 %)", num(-71.43, { percent: true })],
    ["(3,5)%", num(-3.5, { percent: true })],
    ["Rp (2.500.000)", num(-2500000)],
    ["(0)", num(0)],
  ])("%s", (cell, want) => {
    expect(parseValue(cell, { convention: "id" })).toEqual(want);
  });
  it("reads a US column's decimals", () => {
    expect(parseValue("(2.5)", { convention: "us" })).toEqual(num(-2.5));
  });
  it.each(["(%)", "(orang)", "Realisasi (5)", "ton (2)", "(2,5", "2,5)", "((2,5))", "(2,5) (3,1)"])(
    "%s is not a number",
    (cell) => {
      expect(parseValue(cell, { convention: "id" }).kind).not.toBe("number");
    },
  );
  it("a grade with its score is still a grade", () => {
    expect(parseValue("BB (73,50)")).toEqual({ kind: "grade", grade: "BB", score: 73.5 });
  });
});

describe("a magnitude word after the number", () => {
  it.each<[string, ParsedValue]>([
    ["Rp 85,4 M", num(85.4e9, { unit: "Rp" })],
    ["Rp. 88,15 M", num(88.15e9, { unit: "Rp" })],
    ["Rp 1,2 T", num(1.2e12, { unit: "Rp" })],
    ["Rp 500 jt", num(500e6, { unit: "Rp" })],
    ["Rp 25 rb", num(25000, { unit: "Rp" })],
    ["IDR 3 Miliar", num(3e9, { unit: "Rp" })],
    ["Rp 2,5 Milyar,-", num(2.5e9, { unit: "Rp" })],
    ["Rp 82 juta", num(82e6, { unit: "Rp" })],
    ["2,5 M rupiah", num(2.5e9, { unit: "Rp" })],
    ["1,5 miliar rupiah", num(1.5e9, { unit: "Rp" })],
    ["4 Triliun", num(4e12)],
    ["85 juta", num(85e6)],
    ["1,250 juta", num(1.25e6)],
    ["288,46 ribu orang", num(288460, { unit: "orang" })],
    ["1,2 juta jiwa", num(1.2e6, { unit: "jiwa" })],
  ])("%s", (cell, want) => {
    expect(parseValue(cell, { convention: "id" })).toEqual(want);
  });
  // the short forms are units too where no money is said: metres, tonnes
  it.each<[string, ParsedValue]>([
    ["2 M", num(2, { unit: "M" })],
    ["5 T", num(5, { unit: "T" })],
    ["12 Jt", num(12, { unit: "Jt" })],
    ["12.500 WP", num(12500, { unit: "WP" })],
    ["3 Dokumen", num(3, { unit: "Dokumen" })],
    ["10 persen", num(10, { percent: true })],
    ["35 Mobil", num(35, { unit: "Mobil" })],
    ["40 Titik", num(40, { unit: "Titik" })],
  ])("%s keeps its unit", (cell, want) => {
    expect(parseValue(cell, { convention: "id" })).toEqual(want);
  });
  it("says nothing of a unit that starts with no magnitude", () => {
    expect(magnitudeOf("orang", false)).toBeUndefined();
    expect(magnitudeOf("meter", true)).toBeUndefined();
  });
});

/** A pengukuran table of the given headers and rows, read and computed for 2024. */
function run(header: string[], rows: (string | number)[][]) {
  const sb = new SheetBuilder("Pengukuran");
  sb.row(["Pengukuran Kinerja Tahun 2024"]);
  sb.blank();
  sb.row(header);
  for (const r of rows) sb.row(r);
  const read = readWorkbook(workbook(sb.build()));
  const result = compute(read, Settings.parse({ tahun: 2024 }));
  return { read, result };
}
const capaianOf = (res: ReturnType<typeof run>["result"], name: string) =>
  res.indikator.find((i) => i.indikator === name)?.capaian;

describe("through the reader and the engine", () => {
  const LAJU = "Laju pertumbuhan ekonomi sektor perikanan";
  const NTN = "Nilai Tukar Nelayan";
  it.each<[string[], (string | number)[][]]>([
    [
      ["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"],
      [
        [1, LAJU, "%", "3,5", "(2,5)", "(71,43)"],
        [2, NTN, "indeks", "105", "108,2", "103,05"],
      ],
    ],
    [
      ["No", "Indikator", "Realisasi 2024", "Target 2024", "Capaian"],
      [
        [1, LAJU, "(2,5)", "3,5", "(71,43)"],
        [2, NTN, "108,2", "105", "103,05"],
      ],
    ],
    [
      ["No", "Uraian Indikator", "Satuan", "Realisasi 2023", "Target 2024", "Realisasi 2024", "Capaian 2024"],
      [
        [1, LAJU, "%", "(1,2)", "3,5", "(2,5 %)", "(71,43 %)"],
        [2, NTN, "indeks", "104,6", "105", "108,2", "103,05"],
      ],
    ],
  ])(
    "a fall in parentheses gives a negative naik capaian, no finding of an unread value (%#)",
    (header, rows) => {
      const { result } = run(header, rows);
      expect(capaianOf(result, LAJU)).toBeCloseTo(-71.43, 2);
      expect(capaianOf(result, NTN)).toBeCloseTo(103.05, 2);
      expect(result.temuan.map((t) => t.kode)).not.toContain("NILAI_TIDAK_TERBACA");
      expect(result.temuan.map((t) => t.kode)).not.toContain("CAPAIAN_TIDAK_SESUAI");
    },
  );

  const PAD = "Realisasi Pendapatan Asli Daerah";
  it.each([
    ["Rp 85,4 M", "Rp 88,15 M"],
    ["Rp 85.400.000.000", "Rp 88,15 M"],
    ["85,4 miliar rupiah", "Rp 88.150.000.000"],
    ["Rp 85.400 jt", "88,15 Milyar rupiah"],
  ])("money with and without its magnitude word compares as one amount: %s / %s", (t, r) => {
    const { read, result } = run(
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
      [
        [1, PAD, t, r, "103,22 %"],
        [2, "Jumlah wajib pajak terdaftar", "12.500 WP", "13.214 WP", "105,71 %"],
      ],
    );
    const ind = read.indicators.find((i) => i.indikator === PAD)!;
    const y = ind.tahun["2024"]!;
    expect(y.target?.parsed).toMatchObject({ kind: "number", value: 85.4e9 });
    expect(y.realisasi?.parsed).toMatchObject({ kind: "number", value: 88.15e9 });
    expect(capaianOf(result, PAD)).toBeCloseTo(103.22, 2);
    expect(result.temuan.map((t) => t.kode)).not.toContain("SATUAN_TIDAK_COCOK");
  });
});
