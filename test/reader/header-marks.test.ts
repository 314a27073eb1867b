/**
 * Header words under what agencies put on them: footnote marks ("Target*", "Realisasi¹", "Capaian²)"),
 * short forms in capitals ("TGT | REAL | CAP (%) | PRED"), a unit closing the header ("Sasaran (jiwa)")
 * over counts, narrative columns ("Kendala/Permasalahan"), and a group's own total ("Pagu / DAU | DAK |
 * Jumlah"). Each as a family of spellings, orders and agencies' wording.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { classifyHeader } from "../../src/reader/headers";
import { isHeaderish } from "../../src/reader/header-cells";
import { withoutFootnotes } from "../../src/reader/text";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { readRows } from "../helpers/read-rows";

const read = readRows;
const roles = (r: ReturnType<typeof readWorkbook>) => r.tables[0]!.columns.map((c) => c.role);

describe("footnote marks do not hide a header word", () => {
  test.each([
    ["Target*", "target"],
    ["Target **", "target"],
    ["Realisasi¹", "realisasi"],
    ["Realisasi 2)", "realisasi"],
    ["Capaian²)", "capaian"],
    ["Capaian (%)**", "capaian"],
    ["Capaian (%)3)", "capaian"],
    ["Satuan†", "satuan"],
    ["Indikator Kinerja Utama³", "indikator"],
    ["Predikat⁴", "predikat"],
  ])("%s → %s", (header, role) => {
    expect(isHeaderish(header)).toBe(true);
    expect(classifyHeader([header]).role).toBe(role);
    expect(classifyHeader([header]).confidence).toBeGreaterThanOrEqual(0.9);
  });

  test("a quarter in parentheses and a column number keep their digits", () => {
    expect(withoutFootnotes("Capaian (TW 2)")).toBe("Capaian (TW 2)");
    expect(classifyHeader(["Capaian (TW 2)"]).triwulan).toBe(2);
    expect(classifyHeader(["Target 2024*"]).tahun).toBe(2024);
    expect(withoutFootnotes("(5)")).toBe("(5)");
  });

  test.each([
    [["Target*", "Realisasi¹", "Capaian²)"]],
    [["Target 1)", "Realisasi 2)", "Capaian (%) 3)"]],
    [["Target⁽¹⁾", "Realisasi**", "% Capaian†"]],
  ])("a table headed %j is found and read", (marked) => {
    const r = read(
      "IKU",
      [
        ["No", "Indikator Kinerja", "Satuan", ...marked],
        [1, "Tingkat partisipasi angkatan kerja", "%", "70,5", "71,23", "101,0%"],
        [2, "Persentase pencari kerja yang ditempatkan", "%", "45", "41,8", "92,9%"],
        ["*) Target sesuai Perjanjian Kinerja"],
      ],
      "Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024",
    );
    expect(r.tables).toHaveLength(1);
    expect(roles(r)).toEqual(["no", "indikator", "satuan", "target", "realisasi", "capaian"]);
    expect(r.indicators.map((i) => i.tahun["2024"]?.realisasi?.raw)).toEqual(["71,23", "41,8"]);
  });
});

describe("short forms of every role", () => {
  test.each([
    ["TGT", "target"],
    ["TRGT", "target"],
    ["Trg.", "target"],
    ["REAL", "realisasi"],
    ["REALS.", "realisasi"],
    ["Rls", "realisasi"],
    ["CAP (%)", "capaian"],
    ["CAPAI", "capaian"],
    ["% CAP", "capaian"],
    ["PRED", "predikat"],
    ["Prdkt", "predikat"],
    ["KET", "keterangan"],
    ["Ketr.", "keterangan"],
    ["SAT", "satuan"],
    ["STN", "satuan"],
    ["IND", "indikator"],
    ["Indik.", "indikator"],
    ["IKU", "indikator"],
    ["IK", "indikator"],
  ])("%s → %s", (header, role) => {
    expect(isHeaderish(header)).toBe(true);
    expect(classifyHeader([header]).role).toBe(role);
  });

  test.each([
    [["NO", "SASARAN", "INDIKATOR", "SAT", "TGT", "REAL", "CAP (%)", "PRED", "KET"]],
    [["No", "Sasaran", "Ind.", "Stn", "Trgt", "Reals", "Cap", "Prdkt", "Ket."]],
    [["NO", "SASARAN", "IKU", "SAT.", "TGT 2024", "REAL 2024", "CAP 2024 (%)", "PRED", "KET"]],
  ])("a pengukuran table headed %j measures the year: its printed capaian is checked", (header) => {
    const r = read(
      "PENGUKURAN",
      [
        header,
        [
          1,
          "MENINGKATNYA KESIAPSIAGAAN",
          "PERSENTASE KELURAHAN BERELAWAN",
          "%",
          "60",
          "40,3",
          "67,17",
          "C",
          "-",
        ],
        // planted: 1.620 ÷ 1.500 = 108 %, printed as 1.500 ÷ 1.620
        [2, "", "JUMLAH WARGA YANG MENGIKUTI SOSIALISASI", "ORANG", "1.500", "1.620", "92,59", "A", "-"],
      ],
      "PENGUKURAN KINERJA TAHUN 2024",
    );
    expect(roles(r)).toEqual(
      "no sasaran indikator satuan target realisasi capaian predikat keterangan".split(" "),
    );
    expect(r.indicators[1]!.tahun["2024"]?.capaianTercetak?.raw).toBe("92,59");
    expect(r.indicators[1]!.tahun["2024"]?.predikatTercetak?.raw).toBe("A");
  });
});

describe("what is said about a row", () => {
  test.each([
    "Kendala/Permasalahan",
    "Hambatan",
    "Permasalahan dan Solusi",
    "Analisis Capaian",
    "Upaya / Tindak Lanjut",
    "Kendala",
  ])("%s is keterangan", (header) => {
    expect(classifyHeader([header]).role).toBe("keterangan");
    expect(isHeaderish(header)).toBe(true);
  });

  test("an indicator of problems stays the indicator", () => {
    expect(classifyHeader(["Indikator Permasalahan Sosial"]).role).toBe("indikator");
  });
});

describe("a count under a naming word (an SPM table)", () => {
  test.each([
    [["Jenis Pelayanan Dasar", "Sasaran (jiwa)", "Terlayani (jiwa)"]],
    [["Jenis Layanan", "Sasaran (orang)", "Dilayani (orang)"]],
    [["Jenis Pelayanan Dasar", "Jumlah Sasaran", "Jumlah Terlayani"]],
  ])("%j: the counts are set aside, the services are the indicators", (named) => {
    const r = read(
      "SPM",
      [
        ["No", ...named, "Target (%)", "Realisasi (%)", "Capaian (%)"],
        [1, "Pelayanan kesehatan ibu hamil", "1.245", "1.168", "100", "93,82", "93,82"],
        [2, "Pelayanan kesehatan balita", "4.820", "4.311", "100", "89,44", "89,44"],
        [3, "Pelayanan kesehatan usia pendidikan dasar", "13.540", "13.540", "100", "100", "100"],
      ],
      "CAPAIAN STANDAR PELAYANAN MINIMAL BIDANG KESEHATAN TAHUN 2024",
    );
    expect(r.tables).toHaveLength(1);
    expect(roles(r)).toEqual(["no", "indikator", "abaikan", "abaikan", "target", "realisasi", "capaian"]);
    expect(r.indicators.map((i) => i.sasaran ?? "")).toEqual(["", "", ""]);
    expect(r.indicators[1]!.tahun["2024"]?.realisasi?.raw).toBe("89,44");
  });

  test("a sasaran column of sentences stays the sasaran", () => {
    const r = read("PK", [
      ["No", "Sasaran (Outcome)", "Indikator Kinerja", "Target", "Realisasi"],
      [1, "Meningkatnya derajat kesehatan masyarakat", "Angka harapan hidup", "70", "70,2"],
      [2, "Meningkatnya mutu layanan kesehatan", "Indeks kepuasan masyarakat", "80", "82"],
    ]);
    expect(roles(r)[1]).toBe("sasaran");
  });
});

describe("a group header's own total", () => {
  test.each([
    [["DAU", "DAK", "Jumlah"], 4],
    [["APBD", "APBN", "Total"], 4],
    [["Jumlah", "DAU", "DAK"], 2],
    [["PAD", "DBH", "Sub Total"], 4],
  ])("Pagu Anggaran (Rp) over %j: the total column is the pagu", (sources, totalAt) => {
    const s = new SheetBuilder("Anggaran");
    s.row(["REALISASI ANGGARAN MENURUT SUMBER DANA TAHUN ANGGARAN 2024"]);
    s.blank();
    const h = s.row(["No", "Program / Kegiatan", "Pagu Anggaran (Rp)", "", "", "Realisasi (Rp)", "%"]);
    s.row(["", "", ...sources, "", ""]);
    for (const c of [0, 1, 5, 6]) s.mergeDown(c, h, h + 1);
    s.mergeAcross(h, 2, 4);
    const line = (no: string, nama: string, a: number, b: number, real: number) => {
      const cells: CellValue[] = [a, b];
      cells.splice(totalAt - 2, 0, a + b);
      return s.row([no, nama, ...cells, real, Math.round((real / (a + b)) * 10000) / 100]);
    };
    line("I", "PROGRAM PENYULUHAN PERTANIAN", 980000000, 620000000, 1498650000);
    line("1", "Pelaksanaan Penyuluhan Pertanian", 980000000, 620000000, 1498650000);
    const r = readWorkbook(workbook(s.build()));
    const t = r.tables[0]!;
    expect(t.columns.find((c) => c.col === totalAt)!.role).toBe("pagu");
    expect(t.columns.filter((c) => c.role === "pagu")).toHaveLength(1);
    expect(r.anggaran.map((a) => a.anggaran.pagu?.parsed)).toEqual([
      { kind: "number", value: 1600000000 },
      { kind: "number", value: 1600000000 },
    ]);
  });
});

describe("a Penjelasan column", () => {
  const table = (header: string, note: string) =>
    read("Pengukuran", [
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", header],
      [1, "Persentase lulusan yang bekerja", "60", "54,7", "91,17", note],
      [2, "Nilai Kinerja Anggaran", "90", "93,18", "103,53", note],
    ]);

  test.each(["Penjelasan", "Penjelasan Capaian", "PENJELASAN"])(
    "%s beside a realisasi, holding sentences, is keterangan",
    (header) => {
      expect(roles(table(header, "Pelatihan tertunda karena refocusing anggaran"))[5]).toBe("keterangan");
    },
  );

  test("holding a ratio, it stays the formula", () => {
    expect(roles(table("Penjelasan", "Jumlah lulusan bekerja / jumlah lulusan x 100%"))[5]).toBe("formula");
  });

  test("in an IKU register without values it stays the formula", () => {
    const r = read("IKU", [
      ["No", "Indikator Kinerja Utama", "Penjelasan", "Sumber Data", "Penanggung Jawab"],
      [1, "Persentase lulusan yang bekerja", "Lulusan yang bekerja dibagi lulusan", "Tracer study", "Bidang"],
      [2, "Nilai Kinerja Anggaran", "Nilai NKA dari aplikasi SMART", "Kemenkeu", "Subbag Keuangan"],
    ]);
    expect(roles(r)[2]).toBe("formula");
  });
});
