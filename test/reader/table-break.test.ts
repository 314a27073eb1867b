/**
 * A table followed at once, with no empty row, by another block: its title line (words the reader need not
 * know as a title) and a header of its own (words it need not know as a header). The table ends there
 * from the shape any workbook shows — a title-shape line, a header-shape row with words over the table's
 * value columns, numbering that restarts, numbers where the table had words — and the block after is read
 * or listed with its range, never swallowed as indicator rows. A note line and a sasaran banner inside the
 * table have no header-shape row after them and do not end it.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts";

const PK_HEAD = [
  "No",
  "Sasaran Strategis",
  "Indikator Kinerja",
  "Satuan",
  "Target",
  "Realisasi",
  "Capaian (%)",
];
const PK_ROWS: CellValue[][] = [
  [1, "Meningkatnya ketangguhan daerah", "Indeks ketahanan daerah", "Indeks", 0.6, 0.62, 103.33],
  [2, "Meningkatnya ketangguhan daerah", "Persentase desa tangguh bencana", "%", 40, 38, 95],
];
const PK_NAMES = ["Indeks ketahanan daerah", "Persentase desa tangguh bencana"];

interface Next {
  /** title lines of the next block (none: its header comes straight after the rows) */
  titles: string[];
  /** merge each title across the table's width */
  merged: boolean;
  head: string[];
  rows: CellValue[][];
}

/** The PK table at A3, the next block straight under its last row; returns the sheet and the header row. */
function sheet(next: Next): { s: SheetBuilder; header: number } {
  const s = new SheetBuilder("Capaian");
  s.row(["PENGUKURAN KINERJA TAHUN 2024"]);
  s.blank();
  s.row(PK_HEAD);
  for (const r of PK_ROWS) s.row(r);
  for (const t of next.titles) {
    const at = s.row([t]);
    if (next.merged) s.mergeAcross(at, 0, PK_HEAD.length - 1);
  }
  const header = s.row(next.head);
  for (const r of next.rows) s.row(r);
  return { s, header };
}

const TALLIES: [string, string[], CellValue[][]][] = [
  [
    "disasters",
    ["No", "JENIS BENCANA", "JUMLAH KEJADIAN", "RUMAH RUSAK", "PENGUNGSI", "LUKA-LUKA", "KORBAN JIWA"],
    [
      [1, "Banjir", 12, 40, 300, 5, 1],
      [2, "Tanah longsor", 7, 9, 20, 2, 0],
      [3, "Angin puting beliung", 15, 60, 0, 3, 0],
      ["", "Jumlah", 34, 109, 320, 10, 1],
    ],
  ],
  [
    "visitors per service",
    ["No.", "Jenis Layanan", "Laki-laki", "Perempuan", "Jumlah Pengunjung"],
    [
      ["1.", "Ruang baca umum", 1200, 1350, 2550],
      ["2.", "Layanan anak", 400, 520, 920],
      ["3.", "Perpustakaan keliling", 800, 760, 1560],
    ],
  ],
  [
    "population per kecamatan",
    ["No", "Kecamatan", "Jumlah Desa", "KK", "Jiwa", "Kepadatan"],
    [
      [1, "Kota Barat", 8, 5200, 19800, 1450],
      [2, "Kota Timur", 6, 4100, 15300, 1210],
    ],
  ],
];

const TITLES: [string, string[], boolean][] = [
  ["one merged title", ["DATA KEJADIAN DAN DAMPAK TAHUN 2024"], true],
  ["one long title, not merged", ["Rekapitulasi data pendukung menurut kategori tahun 2024"], false],
  ["two title lines", ["LAMPIRAN DATA", "Rekapitulasi menurut kategori"], true],
  ["no title", [], false],
];

describe("a tally straight under the table", () => {
  describe.each(TALLIES)("%s", (_n, head, rows) => {
    test.each(TITLES)("%s: the table ends at its last row and the tally is listed", (_t, titles, merged) => {
      const { s, header } = sheet({ titles, merged, head, rows });
      const r = readWorkbook(workbook(s.build()));
      expect(r.indicators.map((i) => i.indikator)).toEqual(PK_NAMES);
      expect(r.tables[0]!.range).toBe("A3:G5");
      expect(r.tables).toHaveLength(1);
      const listed = r.takTerbaca.map((b) => b.range);
      expect(listed).toHaveLength(1);
      // listed from its own header down, with the reason
      expect(listed[0]!.startsWith(`A${header + 1}:`)).toBe(true);
      expect(r.takTerbaca[0]!.pesan.id).toMatch(/bukan tabel kinerja|tidak dibaca sebagai tabel kinerja/);
    });
  });
});

describe("another table straight under the table", () => {
  test.each(TITLES)("a budget table (%s) is read as a budget of its own", (_t, titles, merged) => {
    const { s } = sheet({
      titles,
      merged,
      head: ["No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"],
      rows: [
        [1, "Program Penanggulangan Bencana", 1500000000, 1400000000, 93.33],
        [2, "Program Penunjang Urusan Pemerintahan", 800000000, 760000000, 95],
      ],
    });
    const r = readWorkbook(workbook(s.build()));
    expect(r.indicators.map((i) => i.indikator)).toEqual(PK_NAMES);
    expect(r.tables.map((t) => t.kind)).toEqual(["realisasi", "anggaran"]);
    expect(r.tables[0]!.range).toBe("A3:G5");
    expect(r.anggaran.map((a) => a.nama)).toEqual([
      "Program Penanggulangan Bencana",
      "Program Penunjang Urusan Pemerintahan",
    ]);
  });

  test.each(TITLES)(
    "a performance table with its own header (%s) gives its own rows",
    (_t, titles, merged) => {
      const { s } = sheet({
        titles,
        merged,
        head: ["No", "Indikator", "Satuan", "Target 2023", "Realisasi 2023"],
        rows: [
          [1, "Jumlah relawan terlatih", "Orang", 120, 130],
          [2, "Jumlah rambu evakuasi terpasang", "Unit", 40, 41],
        ],
      });
      const r = readWorkbook(workbook(s.build()));
      expect(r.tables).toHaveLength(2);
      expect(r.tables[0]!.range).toBe("A3:G5");
      expect(r.indicators.map((i) => i.indikator)).toEqual([
        ...PK_NAMES,
        "Jumlah relawan terlatih",
        "Jumlah rambu evakuasi terpasang",
      ]);
    },
  );
});

describe("lines inside or under a table that start no block", () => {
  const read = (between: CellValue[][], after: CellValue[][], merge = true) => {
    const s = new SheetBuilder("Capaian");
    s.row(["PENGUKURAN KINERJA TAHUN 2024"]);
    s.blank();
    s.row(PK_HEAD);
    s.row(PK_ROWS[0]!);
    for (const b of between) {
      const at = s.row(b);
      if (merge && b.length === 1) s.mergeAcross(at, 0, PK_HEAD.length - 1);
    }
    for (const a of after) s.row(a);
    return readWorkbook(workbook(s.build()));
  };

  test.each([
    ["SASARAN 2: MENINGKATNYA KESIAPSIAGAAN MASYARAKAT", 2],
    ["Sasaran Strategis 2 - Meningkatnya kesiapsiagaan masyarakat menghadapi bencana", 2],
    // numbering started over per sasaran
    ["II. MENINGKATNYA KESIAPSIAGAAN MASYARAKAT", 1],
  ])("a sasaran banner %j over the next rows keeps the table", (banner, n) => {
    const r = read(
      [[banner]],
      [
        [n, "", "Persentase desa tangguh bencana", "%", 40, 38, 95],
        [n + 1, "", "Jumlah relawan terlatih", "Orang", 120, 130, 108.33],
      ],
    );
    expect(r.tables).toHaveLength(1);
    expect(r.indicators.map((i) => i.indikator)).toEqual([
      "Indeks ketahanan daerah",
      "Persentase desa tangguh bencana",
      "Jumlah relawan terlatih",
    ]);
    expect(r.takTerbaca).toEqual([]);
  });

  test.each([
    [["Sumber: BPBD Kabupaten, 2024"]],
    [["Keterangan: capaian dihitung dengan rumus realisasi dibagi target"]],
    [["Catatan:"], ["*) data sementara per Desember 2024"]],
  ])("a note %j under the rows ends nothing wrongly and starts nothing", (...notes) => {
    const r = read(notes, [], false);
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]!.range).toBe("A3:G4");
    expect(r.indicators.map((i) => i.indikator)).toEqual(["Indeks ketahanan daerah"]);
    expect(r.takTerbaca).toEqual([]);
  });

  test("a title line and the header repeated on the next page, numbering carrying on, keep the table", () => {
    const r = read(
      [["BADAN PENANGGULANGAN BENCANA DAERAH"], PK_HEAD],
      [[2, "Meningkatnya ketangguhan daerah", "Persentase desa tangguh bencana", "%", 40, 38, 95]],
    );
    expect(r.tables).toHaveLength(1);
    expect(r.indicators.map((i) => i.indikator)).toEqual(PK_NAMES);
  });

  test("a row of words under the value columns with the rows going on in the same shape keeps the table", () => {
    const r = read(
      [
        [
          "",
          "Meningkatnya tata kelola",
          "Opini BPK atas laporan keuangan",
          "Opini",
          "WTP",
          "WTP",
          "Tercapai",
        ],
      ],
      [[3, "", "Jumlah relawan terlatih", "Orang", 120, 130, 108.33]],
    );
    expect(r.tables).toHaveLength(1);
    expect(r.indicators.map((i) => i.indikator)).toContain("Jumlah relawan terlatih");
  });
});
