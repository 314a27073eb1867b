/**
 * A percentage kept as a fraction under a percent number format (1,0183 under "0.00%") is its percent
 * wherever it is compared: the same indicator typed as printed in another table (101,83) is the same
 * number, whatever the percent format ("0%", "0.00%", "0,00%", "#,##0.0%", a custom one with words or a
 * colour), while a format whose "%" is quoted text shows the number itself. A real difference stays a finding.
 */
import { readWorkbook } from "../../src/reader";
import type { CellValue } from "../../src/engine/snapshot";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const HEAD = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"];
const S = "Meningkatnya ketersediaan pangan";
// target, realisasi, capaian as printed (percent)
const ROWS: [string, number, number, number][] = [
  ["Persentase cadangan pangan pemerintah daerah", 85.5, 87.24, 102.04],
  ["Persentase desa rawan pangan yang ditangani", 90, 93.12, 103.47],
  ["Persentase sampel pangan segar yang aman", 88, 86.4, 98.18],
];

function typed(name: string, rows = ROWS): SheetBuilder {
  const sb = new SheetBuilder(name);
  sb.row(["Tabel 3.1 Pengukuran Kinerja Tahun 2024"]);
  sb.blank();
  sb.row(HEAD);
  rows.forEach(([ind, t, r, c], i) => sb.row([i + 1, S, ind, "%", t, r, c]));
  return sb;
}

/** the same rows with target, realisasi and the capaian formula's result stored as fractions under `fmt` */
function fractions(name: string, fmt: string, rows = ROWS): SheetBuilder {
  const sb = new SheetBuilder(name);
  sb.row(["Tabel 3.1 Pengukuran Kinerja Tahun 2024"]);
  sb.blank();
  sb.row(HEAD);
  rows.forEach(([ind, t, r], i) => {
    const cells: CellValue[] = [i + 1, S, ind, "%", t / 100, r / 100, r / t];
    const at = sb.row(cells);
    for (const c of [4, 5, 6]) sb.format(at, c, fmt);
  });
  return sb;
}

const FORMATS = ["0%", "0.00%", "0,00%", "#,##0.0%", '0.00% "capaian"', "[Blue]0.0%;[Red]-0.0%"];

const berbeda = (read: ReturnType<typeof readWorkbook>) =>
  read.temuan.filter((t) => t.kode === "NILAI_BERBEDA_ANTAR_TABEL");

describe("a fraction under a percent format against the same percent typed in another table", () => {
  test.each(FORMATS)("is the same number: %s", (fmt) => {
    const read = readWorkbook(workbook(fractions("Tabel 3.1 (2)", fmt).build(), typed("Tabel 3.1").build()));
    expect(read.indicators).toHaveLength(3);
    expect(berbeda(read)).toEqual([]);
    const first = read.indicators.find((i) => i.indikator === ROWS[0]![0])!;
    expect(first.tahun["2024"]?.target?.parsed).toMatchObject({ kind: "number", value: 85.5 });
  });

  test.each(FORMATS)("either order of the tables: %s", (fmt) => {
    const read = readWorkbook(workbook(typed("Tabel 3.1").build(), fractions("Tabel 3.1 (2)", fmt).build()));
    expect(berbeda(read)).toEqual([]);
  });

  test("a real difference stays a finding, quoted as the percent the sheet shows", () => {
    const other: [string, number, number, number][] = ROWS.map((r, i) =>
      i === 1 ? [r[0], 85, r[2], r[3]] : r,
    );
    const read = readWorkbook(
      workbook(fractions("Tabel 3.1 (2)", "0.00%", other).build(), typed("Tabel 3.1").build()),
    );
    // the target differs, and so does the capaian its formula gives (93,12 ÷ 85)
    const found = berbeda(read).filter((t) => t.pesan.en.includes("target"));
    expect(found).toHaveLength(1);
    expect(found[0]!.pesan.id).toContain("85 %");
    expect(found[0]!.pesan.id).toContain("90");
    expect(found[0]!.pesan.id).not.toContain("0.85");
  });

  test("a typed whole number is not the rounding of a different stored percent (85 against 0,855)", () => {
    const other: [string, number, number, number][] = [[ROWS[0]![0], 85, 87.24, 102.04]];
    const one = ROWS.slice(0, 1);
    const read = readWorkbook(workbook(typed("A", other).build(), fractions("B", "0%", one).build()));
    expect(berbeda(read).map((t) => t.pesan.en)).toEqual([expect.stringContaining("target")]);
  });

  test('a "%" in quotes is text: the number is shown as it is, not ×100', () => {
    const sb = new SheetBuilder("Tabel 3.1 (2)");
    sb.row(["Tabel 3.1 Pengukuran Kinerja Tahun 2024"]);
    sb.blank();
    sb.row(HEAD);
    ROWS.forEach(([ind, t, r, c], i) => {
      const at = sb.row([i + 1, S, ind, "%", t, r, c]);
      for (const col of [4, 5, 6]) sb.format(at, col, '0.00" %"');
    });
    const read = readWorkbook(workbook(sb.build(), typed("Tabel 3.1").build()));
    expect(berbeda(read)).toEqual([]);
    expect(read.indicators[0]!.tahun["2024"]?.target?.parsed).toMatchObject({ value: 85.5 });
  });
});
