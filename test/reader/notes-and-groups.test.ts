/**
 * Rows inside a table that are not indicators: a note ("Catatan: …", "Keterangan: …", "Sumber: …") between
 * two groups does not end the table when the same column shape goes on under it; a row numbered as a group
 * ("I", "II", "A.") with no value is the sasaran of the rows under it; an average at the foot covers every
 * group. Each on variants of wording, position and spacing, with the cases where the note does end it.
 */
import { compute } from "../../src/engine/compute";
import type { CellValue } from "../../src/engine/snapshot";
import { Settings } from "../../src/engine/settings";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const S1 = "Meningkatnya kualitas layanan administrasi kependudukan";
const S2 = "Meningkatnya cakupan kepemilikan dokumen kependudukan";
const ROWS: [string, string, string, string][] = [
  ["Persentase pelayanan KTP-el tepat waktu", "90", "92,5", "102,78"],
  ["Persentase aduan layanan yang diselesaikan", "80", "76", "95,00"],
  ["Cakupan kepemilikan akta kelahiran anak", "95", "93,1", "98,00"],
  ["Cakupan kepemilikan kartu identitas anak", "60", "66", "110,00"],
];

interface Variant {
  header: string[];
  groups: [string, string];
  note: string;
  /** an empty row under each note */
  gapAfterNote?: boolean;
  merged?: boolean;
  foot?: string;
}

/** Two groups of two indicators, a note under each, an optional average at the foot. */
function build(v: Variant) {
  const sb = new SheetBuilder("Pengukuran");
  sb.row(["Tabel 3.1 Pengukuran Kinerja Tahun 2024"]);
  sb.blank();
  sb.row(v.header);
  let k = 0;
  const at: number[] = [];
  for (const [g, sasaran] of [
    [v.groups[0], S1],
    [v.groups[1], S2],
  ]) {
    sb.row([g!, sasaran!]);
    for (let j = 0; j < 2; j++, k++) at.push(sb.row([k + 1, ...ROWS[k]!]));
    const n = sb.row(["", v.note]);
    if (v.merged) sb.mergeAcross(n, 1, 4);
    if (v.gapAfterNote) sb.blank();
  }
  const foot = v.foot === undefined ? undefined : sb.row(["", v.foot, "", "", "101,00"]);
  return { wb: workbook(sb.build()), at, foot };
}

const HEADERS = [
  ["No", "Sasaran / Indikator Kinerja", "Target (%)", "Realisasi (%)", "Capaian (%)"],
  ["No.", "Sasaran Strategis/Indikator Kinerja", "Target", "Realisasi", "Capaian"],
  ["NO", "URAIAN SASARAN DAN INDIKATOR", "TARGET 2024", "REALISASI 2024", "% CAPAIAN"],
];
const NOTES = [
  "Catatan: data per 31 Desember 2024 dari aplikasi SIAK.",
  "Keterangan: angka sementara, menunggu verifikasi Dukcapil pusat.",
  "Sumber: Bidang Pelayanan Pendaftaran Penduduk",
  "Ket: realisasi triwulan IV belum final",
];

describe("a note row inside a table", () => {
  const cases: [string, Variant][] = [];
  HEADERS.forEach((header, h) =>
    NOTES.forEach((note, n) =>
      cases.push([
        `header ${h + 1}, note "${note.slice(0, 12)}…"${n % 2 ? ", merged, a gap after it" : ""}`,
        { header, groups: ["I", "II"], note, merged: n % 2 === 1, gapAfterNote: n % 2 === 1 },
      ]),
    ),
  );

  test.each(cases)("does not end the table when its rows go on: %s", (_, v) => {
    const { wb, at } = build(v);
    const read = readWorkbook(wb);
    expect(read.tables).toHaveLength(1);
    const rows = read.joins.filter((j) => j.tableId === read.tables[0]!.id).map((j) => j.row);
    expect(rows).toEqual(at);
    // the note between the groups is inside the table; the one under the last group ends it
    expect(read.tables[0]!.rowsSkipped.filter((s) => s.reason === "baris catatan")).toHaveLength(1);
    expect(read.tables[0]!.lastDataRow).toBe(at[3]);
    expect(read.indicators.map((i) => i.sasaran)).toEqual([S1, S1, S2, S2]);
    expect(read.takTerbaca).toEqual([]);
  });

  const after: [string, CellValue[][], string[]][] = [
    [
      "a signature, then another table",
      [
        ["", "Catatan: capaian dihitung dengan rumus LKjIP."],
        ["", "", "Kepala Dinas", "", ""],
        ["", "", "NIP. 19700101 199503 1 001", "", ""],
        ["Tabel 3.2 Realisasi Anggaran"],
        ["No", "Program", "Pagu", "Realisasi", "%"],
        [1, "Program Pelayanan Administrasi", "1.000.000", "900.000", "90"],
      ],
      [],
    ],
    [
      "a block under a header of unknown words",
      [
        ["", "Sumber: SIAK"],
        ["", "Kecamatan", "Laki-laki", "Perempuan", "Rasio"],
        ["", "Kota Manna", "1.204", "1.187", "101,4"],
        ["", "Pino Raya", "988", "1.003", "98,5"],
      ],
      ["TANPA_JUDUL_KOLOM"],
    ],
    [
      "numbers in other columns",
      [
        ["", "Keterangan: jumlah penduduk"],
        ["", "", "", "", "", "", "Laki-laki", "1.204"],
        ["", "", "", "", "", "", "Perempuan", "1.187"],
        ["", "", "", "", "", "", "Anak", "2.391"],
      ],
      ["TANPA_JUDUL_KOLOM"],
    ],
  ];

  test.each(after)("ends the table when what follows the note is no row of it: %s", (_, rows, listed) => {
    const sb = new SheetBuilder("Pengukuran");
    sb.row(HEADERS[0]!);
    sb.row([1, ...ROWS[0]!]);
    sb.row([2, ...ROWS[1]!]);
    for (const r of rows) sb.row(r);
    const read = readWorkbook(workbook(sb.build()));
    expect(read.tables[0]!.lastDataRow).toBe(2);
    expect(read.indicators).toHaveLength(2);
    expect(read.takTerbaca.map((b) => b.kode)).toEqual(listed);
  });
});

describe("group rows numbered apart from the indicators", () => {
  test.each([
    ["I", "II"],
    ["I.", "II."],
    ["A", "B"],
    ["A.", "B."],
  ] as [string, string][])("%s / %s set the sasaran of the rows under them and are no indicators", (a, b) => {
    const { wb } = build({ header: HEADERS[0]!, groups: [a, b], note: NOTES[0]! });
    const read = readWorkbook(wb);
    expect(read.indicators.map((i) => [i.indikator, i.sasaran, i.level])).toEqual(
      ROWS.map((r, k) => [r[0], k < 2 ? S1 : S2, "sasaran"]),
    );
  });

  it("keeps a row numbered like the indicators as an indicator, even without values", () => {
    const sb = new SheetBuilder("PK");
    sb.row(["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"]);
    sb.row([1, ROWS[0]![0], "90", "92,5", "102,78"]);
    sb.row([2, "Indeks kepuasan masyarakat (indikator baru)", "", "", ""]);
    const read = readWorkbook(workbook(sb.build()));
    expect(read.indicators.map((i) => i.indikator)).toEqual([
      ROWS[0]![0],
      "Indeks kepuasan masyarakat (indikator baru)",
    ]);
  });

  it("leaves the sasaran to its own column where the table has one", () => {
    const sb = new SheetBuilder("PK");
    sb.row(["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi"]);
    sb.row(["I", S1, "Jumlah inovasi pelayanan", "", ""]);
    sb.row([1, "", ROWS[0]![0], "90", "92,5"]);
    const read = readWorkbook(workbook(sb.build()));
    expect(read.indicators.map((i) => i.indikator)).toEqual(["Jumlah inovasi pelayanan", ROWS[0]![0]]);
  });
});

describe("an average at the foot of a table with notes between its groups", () => {
  test.each(["RATA-RATA CAPAIAN", "Rata-rata Capaian Kinerja", "Rerata capaian", "Rata-rata"])(
    "%s: one printed average over every group's capaian, checked",
    (foot) => {
      const { wb, foot: row } = build({ header: HEADERS[0]!, groups: ["I", "II"], note: NOTES[0]!, foot });
      const read = readWorkbook(wb);
      expect(read.aggregates).toHaveLength(1);
      expect(read.aggregates[0]!.kind).toBe("rata-rata");
      expect(read.aggregates[0]!.members).toHaveLength(4);
      expect(read.aggregates[0]!.printed.source?.cell).toBe(`E${row! + 1}`);
      const result = compute(read, Settings.parse({ tahun: 2024 }));
      // (102,78 + 95 + 98 + 110) ÷ 4 = 101,45, printed 101,00: within the tolerance, no finding
      expect(result.temuan.filter((t) => t.kode === "RATA_RATA_TIDAK_SESUAI")).toEqual([]);
    },
  );

  it("reports an average that its rows do not give", () => {
    const sb = new SheetBuilder("Pengukuran");
    sb.row(HEADERS[0]!);
    sb.row(["I", S1]);
    sb.row([1, ...ROWS[0]!]);
    sb.row(["", NOTES[0]!]);
    sb.row(["II", S2]);
    sb.row([2, ...ROWS[1]!]);
    const avg = sb.row(["", "RATA-RATA CAPAIAN", "", "", "105,00"]);
    const result = compute(readWorkbook(workbook(sb.build())), Settings.parse({ tahun: 2024 }));
    const rata = result.temuan.filter((t) => t.kode === "RATA_RATA_TIDAK_SESUAI");
    expect(rata.map((t) => t.sel[0]!.cell)).toEqual([`E${avg + 1}`]);
  });
});
