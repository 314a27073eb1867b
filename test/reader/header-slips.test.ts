/**
 * Header words as staff type them: slips in role words ("INDIKATOT", "SATAUN", "KETERANGN"), read as the
 * nearest role word at a lower confidence, never a word that merely looks alike; years of two digits after
 * an apostrophe ("Target '24", "Th. ’24"), read in the century the table's stated years give; the
 * hierarchy's short forms ("SS", "Sas. Strat.", "IKSS", "IKP"). Each as a family of spellings, orders and
 * positions.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { isHeaderish } from "../../src/reader/header-cells";
import { distance, typoOf } from "../../src/reader/header-typo";
import { classifyHeader } from "../../src/reader/headers";
import { fullYear } from "../../src/reader/tahun-pendek";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { readRows } from "../helpers/read-rows";

const roles = (r: ReturnType<typeof readWorkbook>) => r.tables[0]!.columns.map((c) => c.role);

describe("a slip in a role word", () => {
  test.each([
    ["INDIKATOT KINERJA", "indikator"],
    ["Indikaotr Kinerja", "indikator"],
    ["Indiaktor", "indikator"],
    ["SATAUN", "satuan"],
    ["Satuab", "satuan"],
    ["Targte 2024", "target"],
    ["Realisais 2024", "realisasi"],
    ["REALSIASI", "realisasi"],
    ["Capaiann (%)", "capaian"],
    ["Predikta", "predikat"],
    ["KETERANGN", "keterangan"],
    ["Sasarab Strategis", "sasaran"],
    ["Progrma", "program"],
    ["Kegiataan", "kegiatan"],
  ])("%s → %s, as a guess", (header, role) => {
    expect(isHeaderish(header)).toBe(true);
    const c = classifyHeader([header]);
    expect(c.role).toBe(role);
    expect(c.confidence).toBeLessThanOrEqual(0.8);
  });

  test.each([
    // another word, or too short to tell: the first letter differs, the word is known, or it is too far
    ["saran", undefined],
    ["rencana", undefined],
    ["sayuran", undefined],
    ["pelaporan", undefined],
    ["kinerjanya", undefined],
    ["satu", undefined],
    ["target", undefined],
    ["ndikator", undefined],
  ])("%s is no slip", (word, want) => {
    expect(typoOf(word)).toBe(want);
  });

  test("a swap of neighbours is one edit; the count stops past its bound", () => {
    expect(distance("indikaotr", "indikator", 2)).toBe(1);
    expect(distance("satuab", "satuan", 1)).toBe(1);
    expect(distance("kriteria", "kategori", 2)).toBe(3);
    expect(distance("realisasi", "rencana", 1)).toBe(2);
  });

  test("a sentence with many other words stays a sentence", () => {
    expect(isHeaderish("Meningkatnya ketangguhan masyarakat menghadapi bencana")).toBe(false);
  });

  test.each([
    [
      [
        "NO",
        "SASARAN STRATEGIS",
        "INDIKATOT KINERJA",
        "SAT.",
        "TAGET TH. 2024",
        "REALIASI TH. 2024",
        "CAPAIN (%)",
      ],
      1,
    ],
    [
      [
        "No",
        "Sasarn Strategis",
        "Indikator Kinreja",
        "Satuab",
        "Targte 2024",
        "Realisais 2024",
        "Capaiann (%)",
      ],
      2,
    ],
    [["NO", "SASARAN", "INDIKATOR KINERJA", "SATAUN", "TARGET 2024", "REALSIASI 2024", "CAPAIAN (%)"], 4],
  ])("a table headed %j is read, and a tally under it is listed on its own", (header, gap) => {
    const s = new SheetBuilder("PENGUKURAN");
    s.row(["PENGUKURAN KINERJA TAHUN 2024"]);
    s.blank();
    const h = s.row(header);
    const a = s.row([
      1,
      "MENINGKATNYA KESIAPSIAGAAN",
      "PERSENTASE DESA TANGGUH BENCANA",
      "%",
      "25",
      "27,5",
      "110",
    ]);
    const b = s.row([2, "", "JUMLAH RELAWAN TERLATIH", "ORANG", "150", "162", "108"]);
    s.mergeDown(1, a, b);
    s.blank(gap);
    s.row(["DATA KEJADIAN BENCANA TAHUN 2024"]);
    s.row(["NO", "JENIS BENCANA", "JUMLAH KEJADIAN", "KORBAN JIWA"]);
    s.row([1, "Banjir", 14, 0]);
    s.row([2, "Tanah longsor", 22, 2]);
    s.row(["", "JUMLAH", 36, 2]);
    const r = readWorkbook(workbook(s.build()));
    expect(r.tables[0]!.headerRows).toEqual([h]);
    expect(roles(r)).toEqual(["no", "sasaran", "indikator", "satuan", "target", "realisasi", "capaian"]);
    expect(r.indicators.map((i) => i.tahun["2024"]?.realisasi?.raw)).toEqual(["27,5", "162"]);
    expect(r.indicators.map((i) => i.sasaran)).toEqual([
      "MENINGKATNYA KESIAPSIAGAAN",
      "MENINGKATNYA KESIAPSIAGAAN",
    ]);
    expect(r.takTerbaca.some((t) => t.range.startsWith("A"))).toBe(true);
    expect(r.takTerbaca.every((t) => !t.range.includes(`${h + 1}:`))).toBe(true);
  });
});

describe("a year of two digits after an apostrophe", () => {
  test.each([
    ["Target '24", "target"],
    ["Realisasi ’24", "realisasi"],
    ["Capaian '24 (%)", "capaian"],
    ["Target Th. '24", "target"],
    ["Realisasi TA'24", "realisasi"],
    ["T ‘24", "target"],
  ])("%s names a role and a year", (header, role) => {
    expect(isHeaderish(header)).toBe(true);
    expect(classifyHeader([header]).role).toBe(role);
  });

  test.each([
    [24, [2024], 2024],
    [23, [2021, 2024], 2023],
    [99, [2003], 1999],
    [5, [2010], 2005],
    [24, [], undefined],
    // stated years that read it in two centuries leave it open
    [50, [1955, 2045], undefined],
  ])("'%i beside %j is %s", (yy, stated, want) => {
    expect(fullYear(yy, stated)).toBe(want);
  });

  const table = (header: CellValue[], title?: string) =>
    readRows(
      "IKU",
      [
        header,
        [1, "Indeks Desa Membangun", "Indeks", "0,70", "0,71", "0,7125", "0,7318"],
        [2, "Jumlah desa mandiri", "Desa", "10", "11", "12", "15"],
      ],
      title,
    );

  test.each([
    [["No", "Indikator", "Satuan", "Target '23", "Realisasi '23", "Target '24", "Realisasi '24"]],
    [["No", "IKU", "Sat.", "T ’23", "R ’23", "T ’24", "R ’24"]],
    [["No", "Indikator Kinerja", "Satuan", "Target TA'23", "Real. TA'23", "Target TA'24", "Real. TA'24"]],
  ])("%j under a title stating the year: each pair is its own year", (header) => {
    const r = table(header, "CAPAIAN INDIKATOR KINERJA UTAMA TAHUN 2024");
    expect(r.tables[0]!.columns.slice(3).map((c) => [c.role, c.tahun])).toEqual([
      ["target", 2023],
      ["realisasi", 2023],
      ["target", 2024],
      ["realisasi", 2024],
    ]);
    expect(r.indicators[1]!.tahun["2023"]?.realisasi?.raw).toBe("11");
    expect(r.indicators[1]!.tahun["2024"]?.realisasi?.raw).toBe("15");
  });

  test("a baseline's full year is context enough", () => {
    const r = table([
      "No",
      "Indikator",
      "Satuan",
      "Kondisi Awal (2021)",
      "Target '23",
      "Target '24",
      "Realisasi '24",
    ]);
    expect(r.tables[0]!.columns.slice(4).map((c) => c.tahun)).toEqual([2023, 2024, 2024]);
  });

  test("with no year stated anywhere the short year is not guessed", () => {
    const r = table([
      "No",
      "Indikator",
      "Satuan",
      "Target '23",
      "Realisasi '23",
      "Target '24",
      "Realisasi '24",
    ]);
    expect(r.tables[0]!.columns.slice(3).map((c) => c.tahun ?? null)).toEqual([null, null, null, null]);
  });
});

describe("the hierarchy's short forms", () => {
  test.each([
    ["SS", "sasaran"],
    ["Sas. Strat.", "sasaran"],
    ["Tuj.", "tujuan"],
    ["IKSS", "indikator"],
    ["IKP", "indikator"],
    ["IKSK", "indikator"],
    ["IKU", "indikator"],
    ["IKK", "indikator"],
    ["IK", "indikator"],
    ["Ind. Kinerja", "indikator"],
  ])("%s → %s", (header, role) => {
    expect(isHeaderish(header)).toBe(true);
    expect(classifyHeader([header]).role).toBe(role);
  });

  test.each([
    [["SS", "IKU", "Satuan", "Target", "Realisasi", "Capaian (%)"]],
    [["No", "Sas.", "IKSS", "Sat.", "Tgt", "Real.", "Cap."]],
    [["Sas. Strat.", "IK", "Satuan", "Target 2024", "Realisasi 2024", "% Capaian"]],
  ])("%j: the sasaran merged down is each row's", (header) => {
    const s = new SheetBuilder("Pengukuran");
    s.row(["PENGUKURAN KINERJA TAHUN 2024"]);
    s.blank();
    s.row(header);
    const lead = header[0] === "No" ? [1] : [];
    const more = header[0] === "No" ? [""] : [];
    const a = s.row([
      ...lead,
      "Meningkatnya profesionalitas ASN",
      "Indeks Profesionalitas ASN",
      "Nilai",
      "72",
      "74,15",
      "102,99",
    ]);
    const b = s.row([...more, "", "Persentase ASN memenuhi 20 JP", "%", "80", "86,4", "108"]);
    s.mergeDown(lead.length, a, b);
    const r = readWorkbook(workbook(s.build()));
    expect(roles(r)[lead.length]).toBe("sasaran");
    expect(r.indicators.map((i) => i.sasaran)).toEqual([
      "Meningkatnya profesionalitas ASN",
      "Meningkatnya profesionalitas ASN",
    ]);
  });

  test("a survey's SS | S | TS | STS counts are no sasaran", () => {
    const r = readRows("Survei", [
      ["No", "Unsur Pelayanan", "SS", "S", "TS", "STS"],
      [1, "Persyaratan pelayanan", 120, 310, 22, 3],
      [2, "Prosedur pelayanan", 98, 330, 25, 2],
      [3, "Waktu pelayanan", 101, 301, 48, 5],
    ]);
    for (const t of r.tables)
      expect(t.columns.find((c) => c.header === "SS")?.role ?? "abaikan").not.toBe("sasaran");
    expect(r.indicators.some((i) => i.sasaran === "120")).toBe(false);
  });
});
