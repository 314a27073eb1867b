/** Nothing the reader could not read goes unsaid: every block of numbers is a table, or listed with its reason. */
import type { MappingOverrides } from "../../src/engine/mapping";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { chartDataSheet, staffSheet } from "../fixtures/layouts/junk";
import { allLayouts } from "../fixtures/layouts";

const overrides = (tables: MappingOverrides["tables"]): MappingOverrides => ({ tables, joins: {} });

/** A grid of numbers under headers the reader does not know ("Uraian Pekerjaan | Vol | Bobot"). */
function unknownHeaders() {
  const s = new SheetBuilder("Kegiatan");
  s.row(["Rekap fisik pekerjaan"]);
  s.row(["Pekerjaan", "Vol", "Bobot", "Progres"]);
  s.row(["Rehab gedung panti", 1, 0.4, 0.35]);
  s.row(["Pengadaan kursi roda", 25, 0.3, 0.3]);
  s.row(["Pelatihan pendamping", 4, 0.3, 0.2]);
  return s.build();
}

/** A PK whose indicator cells were left empty: every row has a target but no indicator. */
function headerWithoutRows() {
  const s = new SheetBuilder("PK 2024");
  s.row(["No", "Sasaran Strategis", "Indikator Kinerja", "Target"]);
  s.row([1, "Meningkatnya kualitas penanganan PMKS", "", "85 %"]);
  s.row([2, "Meningkatnya kualitas penanganan PMKS", "", "40 unit"]);
  return s.build();
}

/** The same PK as an empty template: a header and nothing under it. */
function emptyTemplate() {
  const s = new SheetBuilder("PK 2025");
  s.row(["PERJANJIAN KINERJA TAHUN 2025"]);
  s.row(["No", "Sasaran Strategis", "Indikator Kinerja", "Target"]);
  return s.build();
}

describe("blocks the reader did not read are listed with their reason", () => {
  test("the seed layouts leave nothing unexplained", () => {
    for (const f of allLayouts()) expect(readWorkbook(f.snapshot).takTerbaca).toEqual([]);
  });

  test("a grid of numbers under unknown headers: TANPA_JUDUL_KOLOM, naming its range", () => {
    const read = readWorkbook(workbook(unknownHeaders()));
    expect(read.tables).toEqual([]);
    expect(read.takTerbaca.map((b) => [b.kode, b.sheet, b.range])).toEqual([
      ["TANPA_JUDUL_KOLOM", "Kegiatan", "A2:D5"],
    ]);
    expect(read.takTerbaca[0]!.pesan.id).toContain("Kegiatan!A2:D5");
    expect(read.takTerbaca[0]!.pesan.en).toContain("Kegiatan!A2:D5");
  });

  test("a table with headers but no indicator column: BUKAN_TABEL_KINERJA, naming its headers", () => {
    const read = readWorkbook(workbook(chartDataSheet()));
    expect(read.takTerbaca).toHaveLength(1);
    expect(read.takTerbaca[0]).toMatchObject({
      kode: "BUKAN_TABEL_KINERJA",
      sheet: "Grafik",
      range: "A2:C7",
    });
    expect(read.takTerbaca[0]!.pesan.id).toContain('"Tahun", "Target", "Realisasi"');
  });

  test("a table read without a single row: TANPA_BARIS with the table's id", () => {
    const read = readWorkbook(workbook(headerWithoutRows()));
    expect(read.tables).toHaveLength(1);
    expect(read.takTerbaca).toEqual([
      expect.objectContaining({ kode: "TANPA_BARIS", tableId: read.tables[0]!.id, range: "A1:D3" }),
    ]);
    expect(read.takTerbaca[0]!.pesan.id).toContain('2 baris "nilai tanpa indikator"');
  });

  test("a table with a header and no rows under it says so", () => {
    const read = readWorkbook(workbook(emptyTemplate()));
    expect(read.takTerbaca.map((b) => [b.kode, b.range])).toEqual([["TANPA_BARIS", "A2:D2"]]);
    expect(read.takTerbaca[0]!.pesan.en).toContain("no data rows");
  });

  test("a staff list (running numbers, NIP digits, names) is no grid of numbers; the count table under it is listed", () => {
    // the name list holds no value at all; "PIM II 1 · PIM III 7 · PIM IV 61 · Jumlah 69" is counts per
    // category: its total is checked, and its rows are said not to be indicators (one block, not silent)
    const read = readWorkbook(workbook(staffSheet()));
    expect(read.takTerbaca.map((b) => [b.kode, b.range])).toEqual([["BUKAN_TABEL_KINERJA", "A8:C12"]]);
    expect(read.takTerbaca[0]!.pesan.id).toContain('"Nama pelatihan/Perjenjangan", "Total"');
  });

  test("a block the user said to ignore is not listed again", () => {
    const read = readWorkbook(workbook(unknownHeaders()), overrides({ "Kegiatan!A2:D5": { abaikan: true } }));
    expect(read.takTerbaca).toEqual([]);
  });
});

describe("a range the user declared a table is read as one, on every later run", () => {
  test("kind and column roles from the user; the block is then understood", () => {
    const ov = overrides({
      "Kegiatan!A2:D5": {
        dariPengguna: true,
        barisJudul: 1,
        kind: "realisasi",
        columns: {
          "0": { role: "indikator" },
          "1": { role: "target", tahun: 2024 },
          "3": { role: "realisasi", tahun: 2024 },
        },
      },
    });
    const read = readWorkbook(workbook(unknownHeaders()), ov);
    expect(read.takTerbaca).toEqual([]);
    expect(read.tables.map((t) => [t.id, t.kind, t.kindConfidence])).toEqual([
      ["Kegiatan!A2:D5", "realisasi", 1],
    ]);
    expect(
      read.indicators.map((i) => [
        i.indikator,
        i.tahun["2024"]?.target?.raw,
        i.tahun["2024"]?.realisasi?.raw,
      ]),
    ).toEqual([
      ["Rehab gedung panti", 1, 0.35],
      ["Pengadaan kursi roda", 25, 0.3],
      ["Pelatihan pendamping", 4, 0.2],
    ]);
  });

  test("a declared range over a table the reader found replaces it, not doubles it", () => {
    const s = new SheetBuilder("Realisasi 2023");
    s.row(["No", "Indikator", "Target", "Realisasi"]);
    s.row([1, "Persentase PMKS yang tertangani", 80, 84]);
    const ov = overrides({ "Realisasi 2023!A1:D2": { dariPengguna: true, kind: "pk" } });
    const read = readWorkbook(workbook(s.build()), ov);
    expect(read.tables.map((t) => t.kind)).toEqual(["pk"]);
    expect(read.indicators).toHaveLength(1);
  });
});
