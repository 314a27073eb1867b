/**
 * Value columns under words other than Target/Realisasi/Capaian: a year written before the word
 * ("2024 Target"), "Kinerja 2024" for what the year reached and "% Kinerja" for its share of the target,
 * and a service's quality table "Standar | Capaian 2024" with no target or realisasi column.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { classifyHeader } from "../../src/reader/headers";
import { readRows } from "../helpers/read-rows";

const read = readRows;
const roles = (r: ReturnType<typeof readWorkbook>) =>
  r.tables[0]!.columns.map((c) => `${c.role}${c.tahun ? `/${c.tahun}` : ""}`);

describe("a year before the word", () => {
  test.each([
    [["2023 Actual", "2024 Target", "2024 Actual", "Achievement"], "KPI", "Unit"],
    [["2023 Realisasi", "2024 Target", "2024 Realisasi", "Capaian (%)"], "Indikator Kinerja", "Satuan"],
    [["2023 Real.", "2024 T", "2024 R", "2024 Capaian"], "Indikator", "Sat."],
  ])("%j is a header row, each column with its year", (values, indikator, satuan) => {
    const r = read("KPI", [
      ["No", indikator, satuan, ...values],
      [1, "Economic growth rate", "%", "4.28", "4.9", "4.36", "88.98%"],
      [2, "Human Development Index", "index", "73.49", "74.2", "74.08", "99.84%"],
    ]);
    expect(r.tables).toHaveLength(1);
    expect(roles(r)).toEqual([
      "no",
      "indikator",
      "satuan",
      "realisasi/2023",
      "target/2024",
      "realisasi/2024",
      "capaian/2024",
    ]);
    const y = r.indicators[0]!.tahun;
    expect([y["2023"]?.realisasi?.parsed, y["2024"]?.target?.parsed]).toEqual([
      { kind: "number", value: 4.28 },
      { kind: "number", value: 4.9 },
    ]);
  });

  test("a count in a unit is still a value: '2024 orang' rows are data, not a header", () => {
    const r = read("Data 2024", [
      ["No", "Indikator Kinerja", "Target", "Realisasi"],
      [1, "Jumlah peserta pelatihan", "2000 orang", "2024 orang"],
      [2, "Jumlah penerima bantuan", "2024 orang", "2100 orang"],
    ]);
    expect(r.tables).toHaveLength(1);
    expect(r.indicators.map((i) => i.tahun["2024"]?.realisasi?.raw)).toEqual(["2024 orang", "2100 orang"]);
  });
});

describe("'Kinerja' as the realisasi word", () => {
  test.each([
    [["Kinerja 2024"], "realisasi", 2024],
    [["Kinerja Tahun 2023"], "realisasi", 2023],
    [["% Kinerja"], "capaian", undefined],
    [["Kinerja (%)"], "capaian", undefined],
    [["Persentase Kinerja"], "capaian", undefined],
    [["Tingkat Kinerja"], "capaian", undefined],
    // still what they were
    [["Indikator Kinerja"], "indikator", undefined],
    [["Target Kinerja 2024"], "target", 2024],
    [["Realisasi", "Kinerja"], "realisasi", undefined],
  ])("%j → %s", (texts, role, tahun) => {
    const h = classifyHeader(texts);
    expect([h.role, h.tahun]).toEqual([role, tahun]);
  });

  test("'Target 2024 | Kinerja 2024 | % Kinerja | Predikat' is a pengukuran of 2024", () => {
    const r = read("Pengukuran", [
      ["No", "Indikator Kinerja", "Satuan", "Target 2024", "Kinerja 2024", "% Kinerja", "Predikat"],
      [1, "Nilai Keterbukaan Informasi Publik", "nilai", "80", "62,4", "78,00", "Baik"],
    ]);
    expect(r.tables[0]!.kind).toBe("realisasi");
    expect(roles(r).slice(3)).toEqual(["target/2024", "realisasi/2024", "capaian/2024", "predikat/2024"]);
    expect(r.indicators[0]!.tahun["2024"]?.capaianTercetak?.raw).toBe("78,00");
  });
});

describe("a quality table: Standar beside the value reached", () => {
  const rows = (standar: string, capaian: string): CellValue[][] => [
    ["No", "Indikator Mutu", standar, capaian, "Keterangan"],
    [1, "Kepatuhan kebersihan tangan", "≥ 85%", "91,2%", "Tercapai"],
    [2, "Waktu tunggu rawat jalan", "≤ 60 menit", "48 menit", "Tercapai"],
  ];

  test.each([
    ["Standar", "Capaian 2024"],
    ["Standar Mutu", "Capaian Tahun 2024"],
    ["Standar Pelayanan", "Capaian"],
  ])("'%s | %s': the standard is the target, the capaian what was reached", (standar, capaian) => {
    const r = read("Mutu", rows(standar, capaian), "Indikator Mutu RSUD Tahun 2024");
    expect(r.tables[0]!.kind).toBe("realisasi");
    expect(roles(r)).toEqual(["no", "indikator", "target/2024", "realisasi/2024", "keterangan"]);
    const y = r.indicators.map((i) => [i.tahun["2024"]?.target?.parsed, i.tahun["2024"]?.realisasi?.parsed]);
    expect(y[1]).toEqual([
      { kind: "number", value: 60, unit: "menit" },
      { kind: "number", value: 48, unit: "menit" },
    ]);
  });

  test("a national standard beside a realisasi stays national, and so does a target beside it", () => {
    const national = read("Nasional", rows("Standar Nasional", "Capaian 2024"), "Tabel 3.8 Tahun 2024");
    expect(roles(national)[2]).toBe("targetNasional");
    const withTarget = read("Mutu", [
      ["No", "Indikator Mutu", "Standar", "Target 2024", "Realisasi 2024"],
      [1, "Kepatuhan kebersihan tangan", "85%", "90%", "91,2%"],
    ]);
    expect(roles(withTarget).slice(2)).toEqual(["targetNasional", "target/2024", "realisasi/2024"]);
  });

  test("a capaian headed as a percentage stays a capaian", () => {
    const r = read("Mutu", rows("Standar", "Capaian (%)"), "Indikator Mutu Tahun 2024");
    expect(roles(r)[3]).toBe("capaian/2024");
  });
});

describe("a No column typed under a near-'No' header", () => {
  const table = (no: string, numbers: CellValue[]): CellValue[][] => [
    [no, "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"],
    ["Sasaran Strategis 1 : Meningkatnya akuntabilitas kinerja", "", "", "", "", ""],
    [numbers[0]!, "Persentase tindak lanjut hasil pemeriksaan", "%", "85%", "88,42%", "104,02%"],
    [numbers[1]!, "Level kapabilitas APIP", "level", "3", "3", "100%"],
    [numbers[2]!, "Maturitas SPIP", "level", "3,5", "3,21", "91,71%"],
  ];

  test.each([
    ["N0", [1, 2, 3]],
    ["N0.", ["1.", "2.", "3."]],
    ["Nmr", [1, 2, 3]],
    ["#", ["1.1", "1.2", "1.3"]],
    ["Nr", [4, 5, 6]],
  ])("'%s' over running numbers %j is the No column", (no, numbers) => {
    const r = read("Tabel 3.2", table(no, numbers), "Pencapaian Kinerja Tahun 2023");
    expect(r.tables[0]!.columns[0]!.role).toBe("no");
    expect(r.indicators).toHaveLength(3);
  });

  test("the same header over codes or words is no No column", () => {
    const r = read(
      "Tabel 3.2",
      table("N0", ["A-1", "B-2", "lihat catatan"]),
      "Pencapaian Kinerja Tahun 2023",
    );
    expect(r.tables[0]!.columns[0]!.role).toBe("abaikan");
  });
});

describe("a status said of the row (Tercapai / Tidak Tercapai) is keterangan, not a second capaian", () => {
  test.each([
    "Status",
    "Status Capaian",
    "Status Pencapaian",
    "Status Ketercapaian",
    "Status Kinerja",
    "STATUS CAPAIAN 2024",
  ])("%s", (h) => expect(classifyHeader([h]).role).toBe("keterangan"));
  test("'Status Desa' names rows, it is no status of a capaian", () => {
    expect(classifyHeader(["Status Desa"]).role).not.toBe("keterangan");
  });
});
