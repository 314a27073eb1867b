/**
 * A block of counts by category (staff per golongan, per pendidikan, per jenis kelamin; facilities per
 * kecamatan) with a Jumlah line and no indicator, target or realisasi column: its total is checked, and the
 * block is still listed as not read — never silent because every number in it happened to be summed.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts";

interface Variant {
  intro: string;
  head: string[];
  rows: CellValue[][];
  total: CellValue[];
  /** the listed range, from the header to the total */
  range: string;
}

const VARIANTS: [string, Variant][] = [
  [
    "pegawai per golongan, L/P/Jumlah",
    {
      intro: "Jumlah pegawai menurut golongan per 31 Desember 2024:",
      head: ["No", "Golongan", "Laki-laki", "Perempuan", "Jumlah"],
      rows: [
        [1, "IV", 3, 1, 4],
        [2, "III", 9, 7, 16],
        [3, "II", 4, 2, 6],
      ],
      total: ["", "Jumlah", 16, 10, 26],
      range: "A3:E7",
    },
  ],
  [
    "pegawai per pendidikan, counts with a unit, Total",
    {
      intro: "Tabel 2.1 Komposisi pegawai menurut tingkat pendidikan",
      head: ["No", "Tingkat Pendidikan", "Jumlah Pegawai"],
      rows: [
        [1, "S2", "6 orang"],
        [2, "S1", "21 orang"],
        [3, "D3", "5 orang"],
        [4, "SMA", "9 orang"],
      ],
      total: ["", "Total", "41 orang"],
      range: "A3:C8",
    },
  ],
  [
    "no 'No' column, per jabatan and two years",
    {
      intro: "Pegawai menurut jabatan",
      head: ["Jabatan", "2023", "2024"],
      rows: [
        ["Struktural", 12, 11],
        ["Fungsional", 30, 34],
        ["Pelaksana", 25, 22],
      ],
      total: ["JUMLAH", 67, 67],
      range: "A3:C7",
    },
  ],
  [
    "a share column beside the counts: one block, not two",
    {
      intro: "Sarana kesehatan per kecamatan",
      head: ["No", "Kecamatan", "Puskesmas", "Posyandu", "Persentase (%)"],
      rows: [
        [1, "Sukasada", 2, 40, "40,00"],
        [2, "Sawan", 1, 35, "35,00"],
        [3, "Kubutambahan", 1, 25, "25,00"],
      ],
      total: ["", "Jumlah", 4, 100, "100,00"],
      range: "A3:E7",
    },
  ],
];

describe("a count table by category is listed, its total checked", () => {
  test.each(VARIANTS)("%s", (_, v) => {
    const sb = new SheetBuilder("Bab II");
    sb.row([v.intro]);
    sb.blank();
    sb.row(v.head);
    for (const r of v.rows) sb.row(r);
    sb.row(v.total);
    const read = readWorkbook(workbook(sb.build()));
    expect(read.tables).toEqual([]);
    expect(read.indicators).toEqual([]);
    expect(read.takTerbaca.map((b) => [b.kode, b.range])).toEqual([["BUKAN_TABEL_KINERJA", v.range]]);
    expect(read.takTerbaca[0]!.pesan.id).toContain(`Bab II!${v.range}`);
    expect(read.takTerbaca[0]!.pesan.en).toContain("counts per category");
    // the total line is still checked
    expect(read.aggregates.length).toBeGreaterThan(0);
  });

  test("a count table below a performance table on the same sheet is listed, the table read", () => {
    const sb = new SheetBuilder("Bab III");
    sb.row(["No", "Indikator Kinerja", "Target", "Realisasi"]);
    sb.row([1, "Persentase PMKS yang tertangani", 80, 84]);
    sb.row([2, "Indeks Kepuasan Masyarakat", 82, 83.5]);
    sb.blank(2);
    sb.row(["Jumlah pegawai menurut golongan"]);
    sb.row(["No", "Golongan", "Jumlah"]);
    sb.row([1, "IV", 4]);
    sb.row([2, "III", 16]);
    sb.row(["", "Jumlah", 20]);
    const read = readWorkbook(workbook(sb.build()));
    expect(read.indicators).toHaveLength(2);
    expect(read.takTerbaca.map((b) => [b.kode, b.range])).toEqual([["BUKAN_TABEL_KINERJA", "A7:C10"]]);
  });
});

/** The one-line title over a count table that follows a performance table after an empty row. */
const TITLES: [string, string, string[], CellValue[][]][] = [
  [
    "visits per triwulan",
    "Jumlah Kunjungan Pasien Tahun 2024",
    ["Triwulan", "Rawat Jalan", "Rawat Inap", "IGD", "Jumlah"],
    [
      ["I", 18412, 2317, 3904, 24633],
      ["II", 17205, 2198, 3711, 23114],
      ["Jumlah", 35617, 4515, 7615, 47747],
    ],
  ],
  [
    "complaints per kecamatan",
    "Rekapitulasi pengaduan masyarakat menurut kecamatan",
    ["Kecamatan", "Diterima", "Diselesaikan"],
    [
      ["Cibadak", 12, 11],
      ["Cicurug", 9, 9],
      ["Jumlah", 21, 20],
    ],
  ],
  [
    "staff per bidang, lower-case title with a colon",
    "data pegawai per bidang:",
    ["Bidang", "PNS", "PPPK", "Jumlah"],
    [
      ["Sekretariat", 10, 2, 12],
      ["Rehabilitasi Sosial", 8, 3, 11],
      ["Total", 18, 5, 23],
    ],
  ],
];

describe("a count table titled by one line under a performance table is listed, not hidden in it", () => {
  test.each(TITLES)("%s", (_, title, head, rows) => {
    const sb = new SheetBuilder("Kinerja");
    sb.row(["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi"]);
    sb.row([1, "Cost Recovery Rate (CRR)", "%", 65, 71.8]);
    sb.row([2, "Persentase pasien puas", "%", 80, 84]);
    sb.blank();
    sb.row([title]);
    const h = sb.row(head);
    rows.forEach((r) => sb.row(r));
    const read = readWorkbook(workbook(sb.build()));
    expect(read.tables.map((t) => t.range)).toEqual(["A1:E3"]);
    expect(read.indicators).toHaveLength(2);
    const last = h + rows.length + 1;
    const listed = read.takTerbaca.map((b) => [b.kode, b.range]);
    expect(listed).toHaveLength(1);
    expect(listed[0]![0]).toBe("BUKAN_TABEL_KINERJA");
    // from the title or the header line down to the total
    expect(listed[0]![1]).toMatch(new RegExp(`^A(${h}|${h + 1}):[A-Z]${last}$`));
  });
});
