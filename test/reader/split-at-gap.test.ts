/**
 * Two tables printed beside each other with an empty column or two between their headers, on a sheet where
 * a wider table further down runs under both (so no column of the sheet is empty): each is read as its own
 * table with its own title, kind and columns, whatever stands on the right (national standards, an
 * efficiency table, a budget). A spacer column inside one table, with no label of its own on its right,
 * keeps the table whole.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const LEFT: CellValue[][] = [
  ["No", "Indikator", "Satuan", "Target", "Realisasi", "% Capaian", "Predikat"],
  [1, "Persentase kepatuhan identifikasi pasien", "%", "100", "100", "100", "Baik"],
  [2, "Indeks Kepuasan Masyarakat RSUD", "nilai", "84", "85,1", "101,31", "Sangat Baik"],
  [3, "Persentase kelengkapan rekam medis 24 jam", "%", "95", "94,2", "99,16", "Baik"],
];

interface Right {
  title: string;
  rows: CellValue[][];
  kind: string;
}
const RIGHTS: Right[] = [
  {
    title: "Tabel 3.4 Perbandingan dengan Standar Pelayanan Minimal",
    kind: "nasional",
    rows: [
      ["Indikator", "Satuan", "Standar SPM / Nasional", "Target RSUD", "Realisasi RSUD", "Keterangan"],
      ["Persentase kepatuhan identifikasi pasien", "%", "100", "100", "100", "Memenuhi"],
      ["IKM RSUD", "nilai", "tidak ada standar nasional", "84", "85,1", ""],
      ["Persentase kelengkapan rekam medis 24 jam", "%", "100", "95", "94,2", "Belum memenuhi"],
    ],
  },
  {
    title: "Tabel 3.5 Realisasi Anggaran",
    kind: "anggaran",
    rows: [
      ["No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "%"],
      [1, "Program Pemenuhan Upaya Kesehatan Perorangan", "12.500.000.000", "11.800.000.000", "94,4"],
      [2, "Program Penunjang Urusan Pemerintahan Daerah", "48.000.000.000", "46.100.000.000", "96,04"],
    ],
  },
  {
    title: "Standar Nasional",
    kind: "nasional",
    rows: [
      ["Uraian Indikator", "Target Nasional", "Target Daerah", "Realisasi Daerah"],
      ["Indeks Kepuasan Masyarakat RSUD", "82", "84", "85,1"],
      ["Persentase kepatuhan identifikasi pasien", "100", "100", "100"],
    ],
  },
];

/** the left table at column 0, the right one after `gap` empty columns, a wide table under both */
function sheet(right: Right, gap: number) {
  const sb = new SheetBuilder("Kinerja 2024");
  const at = LEFT[0]!.length + gap;
  sb.row(["Tabel 3.1 Pengukuran Kinerja Tahun 2024"]);
  sb.put(0, at, [right.title]);
  const h = 1;
  for (let i = 0; i < Math.max(LEFT.length, right.rows.length); i++) {
    sb.row(LEFT[i] ?? []);
    if (right.rows[i]) sb.put(h + i, at, right.rows[i]!);
  }
  sb.blank(2);
  sb.row(["Tabel 3.2 Perbandingan Kinerja Tahun 2022 s.d. 2024"]);
  const wide = sb.row([
    "No",
    "Indikator",
    "Satuan",
    "Target 2022",
    "Target 2023",
    "Target 2024",
    "Realisasi 2022",
    "Realisasi 2023",
    "Realisasi 2024",
    "Capaian 2024",
  ]);
  sb.row([
    1,
    "Persentase kepatuhan identifikasi pasien",
    "%",
    "100",
    "100",
    "100",
    "100",
    "100",
    "100",
    "100",
  ]);
  sb.row([
    2,
    "Indeks Kepuasan Masyarakat RSUD",
    "nilai",
    "80",
    "82",
    "84",
    "81,4",
    "83,25",
    "85,1",
    "101,31",
  ]);
  return { read: readWorkbook(workbook(sb.build())), at, h, wide };
}

describe("tables beside each other over a wider table", () => {
  test.each(RIGHTS.flatMap((r) => [1, 2].map((gap): [string, number, Right] => [r.title, gap, r])))(
    "are two tables: %s after %i empty column(s)",
    (_, gap, right) => {
      const { read, at, h, wide } = sheet(right, gap);
      const atHeader = read.tables.filter((t) => t.headerRows[0] === h);
      expect(atHeader).toHaveLength(2);
      const [left, beside] = atHeader.sort((a, b) => a.columns[0]!.col - b.columns[0]!.col);
      expect(left!.columns.map((c) => c.col)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      expect(left!.kind).toBe("realisasi");
      expect(left!.title).toBe("Tabel 3.1 Pengukuran Kinerja Tahun 2024");
      expect(beside!.columns[0]!.col).toBe(at);
      expect(beside!.kind).toBe(right.kind);
      expect(beside!.title).toBe(right.title);
      expect(read.tables.some((t) => t.headerRows[0] === wide && t.kind === "history")).toBe(true);
      const ikm = read.indicators.find((i) => i.indikator === "Indeks Kepuasan Masyarakat RSUD")!;
      expect(ikm.tahun["2024"]?.target?.raw).toBe("84");
      expect(ikm.tahun["2024"]?.capaianTercetak?.raw).toBe("101,31");
      expect(read.takTerbaca).toEqual([]);
    },
  );

  it("a spacer column inside one table keeps it whole", () => {
    const sb = new SheetBuilder("Pengukuran");
    sb.row(["Tabel 3.1 Pengukuran Kinerja Tahun 2024"]);
    const h = sb.row(["No", "Indikator Kinerja", "Satuan", "Target", "", "Realisasi", "Capaian (%)"]);
    sb.row([1, "Persentase kepatuhan identifikasi pasien", "%", "100", "", "100", "100"]);
    sb.row([2, "Indeks Kepuasan Masyarakat RSUD", "nilai", "84", "", "85,1", "101,31"]);
    sb.blank();
    sb.row(["No", "Indikator", "Satuan", "Target 2023", "Realisasi 2023", "Target 2024", "Realisasi 2024"]);
    sb.row([1, "Indeks Kepuasan Masyarakat RSUD", "nilai", "82", "83,25", "84", "85,1"]);
    const read = readWorkbook(workbook(sb.build()));
    const t = read.tables.find((x) => x.headerRows[0] === h)!;
    expect(t.columns.map((c) => c.role)).toEqual([
      "no",
      "indikator",
      "satuan",
      "target",
      "realisasi",
      "capaian",
    ]);
    expect(
      read.indicators.find((i) => i.indikator === "Indeks Kepuasan Masyarakat RSUD")!.tahun["2024"]?.realisasi
        ?.raw,
    ).toBe("85,1");
  });
});
