/**
 * Never silent, the last net (kepala-lepas.ts) and the SKP's words (headers.ts): a header row naming three or more
 * known columns with values under it is read as a table, or listed with its reason — never neither. The SKP of
 * PermenPAN-RB 6/2022 in its wordings (JF, JPT with Perspektif, upper case, "RHK Atasan") is read: the RHK is words
 * about the row, the Indikator Kinerja Individu the indicator, units typed in the cells.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts";

const RHK = "Tersusunnya rekomendasi kebijakan rehabilitasi sosial";
const ROWS: [string, string, string, number, number][] = [
  ["Kuantitas", "Jumlah dokumen rekomendasi kebijakan yang disusun", "4 dokumen", 4, 4],
  ["Kualitas", "Persentase rekomendasi yang ditindaklanjuti", "75 %", 75, 80],
  ["Waktu", "Jumlah bulan penyelesaian laporan", "12 bulan", 12, 12],
];

/** [name, header, whether an Aspek column is there] */
const SKP: [string, string[], boolean][] = [
  [
    "JF, the leader's RHK as Atasan, feedback with the penilai's word",
    [
      "No.",
      "Rencana Hasil Kerja Atasan yang Diintervensi",
      "Rencana Hasil Kerja (RHK)",
      "Aspek",
      "Indikator Kinerja Individu (IKI)",
      "Target Tahunan",
      "Realisasi",
      "Umpan Balik Pimpinan",
    ],
    true,
  ],
  [
    "upper case, RHK atasan, umpan balik berkelanjutan",
    [
      "NO",
      "RHK ATASAN YANG DIINTERVENSI",
      "RENCANA HASIL KERJA",
      "ASPEK",
      "INDIKATOR KINERJA INDIVIDU",
      "TARGET",
      "REALISASI",
      "UMPAN BALIK BERKELANJUTAN",
    ],
    true,
  ],
  [
    "JPT: Perspektif, no Aspek",
    ["No", "Perspektif", "Rencana Hasil Kerja", "Indikator Kinerja Individu", "Target", "Realisasi"],
    false,
  ],
];

describe("an SKP is read: RHK as words, the Indikator Kinerja Individu as the indicator", () => {
  test.each(SKP)("%s", (_, head, aspek) => {
    const sb = new SheetBuilder("SKP");
    sb.row(["SASARAN KINERJA PEGAWAI"]);
    sb.row(["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2024"]);
    sb.blank();
    sb.row(head);
    ROWS.forEach((r, i) => {
      const lead: CellValue[] =
        head.length === 8
          ? [i === 0 ? 1 : "", i === 0 ? "Meningkatnya layanan" : ""]
          : [i === 0 ? 1 : "", i === 0 ? "Stakeholder" : ""];
      const mid: CellValue[] = aspek ? [i === 0 ? RHK : "", r[0]] : [i === 0 ? RHK : ""];
      sb.row(
        [...lead, ...mid, r[1], r[2], `${r[4]}${r[2].replace(/^[\d ]+/, " ")}`, ""].slice(0, head.length),
      );
    });
    const read = readWorkbook(workbook(sb.build()));
    expect(read.tables).toHaveLength(1);
    expect(read.indicators.map((x) => x.indikator)).toEqual(ROWS.map((r) => r[1]));
    for (const [k, r] of ROWS.entries()) {
      const y = read.indicators[k]!.tahun["2024"];
      expect([
        y?.target?.parsed.kind === "number" && y.target.parsed.value,
        y?.realisasi?.parsed.kind === "number" && y.realisasi.parsed.value,
      ]).toEqual([r[3], r[4]]);
    }
  });
});

/** Headers the table finder does not take (most of their words unknown), values typed with units. */
const UNKNOWN: [string, string[], string][] = [
  [
    "a form's own columns",
    ["No", "Indikator", "Butir Tugas Pokok", "Target", "Realisasi", "Paraf Atasan Langsung"],
    "A3:F5",
  ],
  [
    "English beside Indonesian",
    ["No", "Key Result Area", "Indikator", "Target", "Realisasi", "Evidence Link"],
    "A3:F5",
  ],
  [
    "three unknown columns after the values",
    [
      "No",
      "Indikator Kinerja",
      "Target",
      "Realisasi",
      "Bukti Dukung Terunggah",
      "Paraf Atasan Langsung",
      "Tanggal Verifikasi Berkas",
    ],
    "A3:G5",
  ],
];

describe("a header of known and unknown words with values under it is listed with its reason, never silent", () => {
  test.each(UNKNOWN)("%s", (_, head, range) => {
    const sb = new SheetBuilder("Lembar");
    sb.row(["Lembar kerja penilaian"]);
    sb.blank();
    sb.row(head);
    sb.row(head.map((_, c) => (c === 0 ? 1 : `${c * 3} dokumen`)));
    sb.row(head.map((_, c) => (c === 0 ? 2 : `${c * 2} laporan`)));
    const read = readWorkbook(workbook(sb.build()));
    expect(read.tables).toEqual([]);
    expect(read.takTerbaca.map((b) => [b.kode, b.range])).toEqual([["BUKAN_TABEL_KINERJA", range]]);
    expect(read.takTerbaca[0]!.pesan.id).toContain(`Lembar!${range}`);
    expect(read.takTerbaca[0]!.pesan.en).toContain("was not read as a table");
  });

  test("a header row without values under it is no block", () => {
    const sb = new SheetBuilder("Lembar");
    sb.row(["No", "Indikator", "Butir Tugas Pokok", "Target", "Realisasi", "Paraf Atasan Langsung"]);
    sb.row([1, "Dokumen disusun", "Penyusunan", "", "", ""]);
    expect(readWorkbook(workbook(sb.build())).takTerbaca).toEqual([]);
  });
});
