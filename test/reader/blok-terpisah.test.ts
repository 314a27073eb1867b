/**
 * A block the reader cut off under a table by its shape (table-break.ts), which then is no performance
 * table, is listed saying so: the table above it, the row it was separated from, and each piece of
 * evidence (its header-shape row, a title line, numbering starting over, the columns changing kind), in
 * both languages, with how to undo the split. The sentence reaches the JSON report and the CLI summary
 * as any takTerbaca reason does. Over tallies of other agencies' words, with and without title lines.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { compute } from "../../src/engine/compute";
import { buildReport, CapaianReport } from "../../src/engine/report";
import { defaultSettings } from "../../src/engine/settings";
import { refusalSentence, summaryLines } from "../../src/cli/summary";
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

const TALLIES: [string, string[], CellValue[][]][] = [
  [
    "disasters",
    ["No", "JENIS BENCANA", "JUMLAH KEJADIAN", "RUMAH RUSAK", "PENGUNGSI", "LUKA-LUKA", "KORBAN JIWA"],
    [
      [1, "Banjir", 12, 40, 300, 5, 1],
      [2, "Tanah longsor", 7, 9, 20, 2, 0],
    ],
  ],
  [
    "visitors",
    ["No.", "Jenis Layanan", "Laki-laki", "Perempuan", "Jumlah Pengunjung"],
    [
      ["1.", "Ruang baca umum", 1200, 1350, 2550],
      ["2.", "Layanan anak", 400, 520, 920],
    ],
  ],
  [
    "population",
    ["No", "Kecamatan", "Jumlah Desa", "KK", "Jiwa", "Kepadatan"],
    [
      [1, "Kota Barat", 8, 5200, 19800, 1450],
      [2, "Kota Timur", 6, 4100, 15300, 1210],
    ],
  ],
];
const TITLES: [string, string[]][] = [
  ["a merged title", ["DATA KEJADIAN DAN DAMPAK TAHUN 2024"]],
  ["two title lines", ["LAMPIRAN DATA", "Rekapitulasi menurut kategori"]],
  ["no title", []],
];

/** The PK table at A3, the tally straight under its last row; the 1-based rows of its start and header. */
function build(titles: string[], head: string[], rows: CellValue[][]) {
  const s = new SheetBuilder("Capaian");
  s.row(["PENGUKURAN KINERJA TAHUN 2024"]);
  s.blank();
  s.row(PK_HEAD);
  for (const r of PK_ROWS) s.row(r);
  const start = s.next + 1;
  for (const t of titles) s.mergeAcross(s.row([t]), 0, PK_HEAD.length - 1);
  const header = s.row(head) + 1;
  for (const r of rows) s.row(r);
  return { wb: workbook(s.build()), start, header };
}

const cases = TALLIES.flatMap(([what, head, rows]) =>
  TITLES.map(([t, titles]) => [`${what}, ${t}`, titles, head, rows] as const),
);

describe("a block cut off under a table says where and why", () => {
  test.each(cases)("%s", (_, titles, head, rows) => {
    const { wb, start, header } = build([...titles], head, rows);
    const read = readWorkbook(wb);
    expect(read.indicators.map((i) => i.indikator)).toEqual(PK_ROWS.map((r) => r[2]));
    expect(read.takTerbaca).toHaveLength(1);
    const b = read.takTerbaca[0]!;
    expect(b.kode).toBe("DIPISAH_DARI_TABEL");
    expect(b.range.startsWith(`A${header}:`)).toBe(true);
    // the table above, the row of the split, the header-shape row and the numbering, in both languages
    expect(b.pesan.id).toContain("dipisahkan dari tabel di atasnya (Capaian!A3:G5)");
    expect(b.pesan.id).toContain(`mulai baris ${start}`);
    expect(b.pesan.id).toContain(`baris ${header} berbentuk judul kolom`);
    expect(b.pesan.id).toContain("penomoran mulai lagi dari 1 setelah 2");
    expect(b.pesan.en).toContain("separated from the table above it (Capaian!A3:G5)");
    expect(b.pesan.en).toContain(`from row ${start}`);
    expect(b.pesan.en).toContain("the numbering starts over at 1 after 2");
    // a title line is named as evidence only when there is one
    expect(b.pesan.id.includes(`baris ${start} berbentuk judul (`)).toBe(titles.length > 0);
    expect(b.pesan.en.includes(`row ${start} is a title line`)).toBe(titles.length > 0);
    // how to undo it: the whole range, table and block together
    const last = header + rows.length;
    expect(b.pesan.id).toContain(`pilih rentang Capaian!A3:G${last}`);
  });

  test.each([
    ["alone on its sheet", false],
    ["under the table after an empty row", true],
  ])("a block not cut off by its shape is not said to be (%s)", (_, underPk) => {
    const s = new SheetBuilder("Data");
    if (underPk) {
      s.row(PK_HEAD);
      for (const r of PK_ROWS) s.row(r);
      s.blank();
    }
    s.row(["DATA KEJADIAN BENCANA"]);
    s.row(TALLIES[0]![1]);
    for (const r of TALLIES[0]![2]) s.row(r);
    const read = readWorkbook(workbook(s.build()));
    expect(read.takTerbaca).toHaveLength(1);
    expect(read.takTerbaca[0]!.kode).not.toBe("DIPISAH_DARI_TABEL");
    expect(read.takTerbaca[0]!.pesan.id).not.toContain("dipisahkan");
  });
});

describe("the sentence reaches the JSON report and the CLI summary", () => {
  const { wb } = build(TITLES[0]![1], TALLIES[0]![1], TALLIES[0]![2]);
  const read = readWorkbook(wb);
  const result = compute(read, defaultSettings());

  test.each(["id", "en"] as const)("report and summary in %s", (bahasa) => {
    const report = buildReport({ berkas: "c.xlsx", read, result, bahasa, tables: [] });
    expect(CapaianReport.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
    const [blok] = report.takTerbaca;
    expect(blok).toEqual({
      sheet: "Capaian",
      rentang: read.takTerbaca[0]!.range,
      kode: "DIPISAH_DARI_TABEL",
      pesan: read.takTerbaca[0]!.pesan[bahasa],
    });
    const lines = summaryLines(
      {
        berkas: "c.xlsx",
        output: "o.xlsx",
        json: null,
        report,
        tableKinds: [],
        skalaNama: "LKjIP",
        skipped: [],
      },
      bahasa,
    );
    expect(lines.some((l) => l.endsWith(read.takTerbaca[0]!.pesan[bahasa]))).toBe(true);
    const none = { kode: "TIDAK_ADA_TABEL" as const, sheet: "", pesan: { id: "", en: "" } };
    const refused = refusalSentence([none], read.takTerbaca, bahasa);
    expect(refused).toContain(
      bahasa === "id" ? "dipisah dari tabel di atasnya" : "split off the table above",
    );
  });
});
