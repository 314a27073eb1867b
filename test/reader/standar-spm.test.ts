/**
 * Words that name a standard (SPM, NSPK, Standar, Nasional) make a national column only when they head it:
 * "Capaian SPM (%)" is what was reached, a capaian; "Target NSPK" beside a plan's targets of several years is a
 * standard column of a Renstra table (Permendagri 86/2017 T-C.23), not a national table and not the year's
 * target. SPM counts of cases handled within a time bound are meant to rise.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { classifyHeader } from "../../src/reader/headers";
import { guessPolaritas } from "../../src/reader/polaritas";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { complaints } from "../helpers/complaints";

describe("a standard's word heads a national column, or qualifies what was reached", () => {
  test.each(["Capaian SPM (%)", "Realisasi SPM", "Persentase Capaian SPM", "Tingkat Capaian Standar (%)"])(
    "%s is no national target",
    (h) => expect(classifyHeader([h]).role).not.toBe("targetNasional"),
  );
  test.each([
    "Target SPM",
    "Standar Nasional",
    "Target NSPK",
    "Standar Pelayanan Minimal",
    "Target Nasional",
  ])("%s is the national target", (h) => expect(classifyHeader([h]).role).toBe("targetNasional"));
});

// [indikator, target, realisasi, belum terlayani, capaian printed]
const SPM: [string, number, number, number, number][] = [
  ["Jumlah kejadian kebakaran yang ditangani", 64, 61, 3, 95.31],
  ["Jumlah kejadian kebakaran yang ditangani dalam waktu tanggap ≤ 15 menit", 64, 55, 9, 85.94],
  ["Jumlah korban penyelamatan non kebakaran yang dievakuasi", 30, 30, 0, 100.0],
];

function spm(group: string, capaian: string, order: "grouped" | "capaian first") {
  const sb = new SheetBuilder("SPM");
  sb.row(["CAPAIAN SPM SUB URUSAN KEBAKARAN TAHUN 2024"]);
  sb.blank();
  const first = order === "capaian first";
  const h = sb.row([
    "No",
    "Indikator",
    ...(first ? [capaian] : []),
    group,
    "",
    "",
    ...(first ? [] : [capaian]),
  ]);
  const sub: CellValue[] = ["", "", ...(first ? [""] : []), "Target", "Realisasi", "Belum Terlayani"];
  sb.row(sub);
  const g = first ? 3 : 2;
  sb.mergeAcross(h, g, g + 2);
  for (const c of [0, 1, first ? 2 : 5]) sb.mergeDown(c, h, h + 1);
  SPM.forEach((d, i) =>
    sb.row(first ? [i + 1, d[0], d[4], d[1], d[2], d[3]] : [i + 1, d[0], d[1], d[2], d[3], d[4]]),
  );
  return readWorkbook(workbook(sb.build()));
}

describe("an SPM report: the capaian of the standard is the row's capaian", () => {
  const cases = [
    ["Jumlah Penerima Layanan Dasar", "Capaian SPM (%)", "grouped"],
    ["Jumlah Kejadian", "Persentase Capaian SPM", "capaian first"],
    ["Penerima Layanan", "Capaian Standar (%)", "grouped"],
  ] as const;
  test.each(cases)("%s | %s (%s)", (group, capaian, order) => {
    const r = spm(group, capaian, order);
    expect(r.tables[0]!.kind).toBe("realisasi");
    expect(r.indicators.map((i) => i.tahun["2024"]?.capaianTercetak?.raw)).toEqual(SPM.map((d) => d[4]));
    expect(r.indicators.map((i) => i.polaritas)).toEqual(["naik", "naik", "naik"]);
    expect(complaints(r, 2024)).toEqual([]);
  });
});

describe("cases counted within a time bound rise; the time itself falls", () => {
  test.each([
    "Jumlah kejadian kebakaran yang ditangani dalam waktu tanggap ≤ 15 menit",
    "Jumlah pengaduan yang diselesaikan dalam waktu penyelesaian 5 hari kerja",
    "Banyaknya izin yang terbit sesuai waktu pelayanan standar",
  ])("%s", (t) => expect(guessPolaritas(t)?.polaritas).not.toBe("turun"));
  test.each(["Waktu tanggap kejadian kebakaran", "Rata-rata waktu penyelesaian perizinan"])("%s", (t) =>
    expect(guessPolaritas(t)?.polaritas).toBe("turun"),
  );
});

const YEARS = [2019, 2020, 2021, 2022, 2023];
// [indikator, standard, targets, realisasi, rasio printed]
const PELAYANAN: [string, string, number[], number[], number[]][] = [
  [
    "Persentase sekolah dasar yang terakreditasi minimal B",
    "80",
    [40, 45, 50, 55, 60],
    [38, 46, 49, 52, 61],
    [95.0, 102.22, 98.0, 94.55, 101.67],
  ],
  [
    "Cakupan pelayanan kesehatan ibu hamil sesuai standar",
    "100",
    [80, 82, 84, 86, 90],
    [79, 83, 80, 86, 88],
    [98.75, 101.22, 95.24, 100.0, 97.78],
  ],
];

function pelayanan(standard: string, plan: string, real: string, rasio: string) {
  const sb = new SheetBuilder("T-C.23");
  sb.row(["Pencapaian Kinerja Pelayanan Perangkat Daerah"]);
  sb.blank();
  const five = (s: string) => [s, "", "", "", ""];
  const h = sb.row(["No", "Indikator Kinerja", standard, ...five(plan), ...five(real), ...five(rasio)]);
  sb.row(["", "", "", ...YEARS, ...YEARS, ...YEARS]);
  for (const c of [0, 1, 2]) sb.mergeDown(c, h, h + 1);
  for (const c of [3, 8, 13]) sb.mergeAcross(h, c, c + 4);
  PELAYANAN.forEach((d, i) => sb.row([i + 1, d[0], d[1], ...d[2], ...d[3], ...d[4]]));
  return readWorkbook(workbook(sb.build()));
}

describe("a standard's column beside a plan's years is part of a Renstra table", () => {
  test.each([
    [
      "Target NSPK",
      "Target Renstra Perangkat Daerah Tahun ke-",
      "Realisasi Capaian Tahun ke-",
      "Rasio Capaian pada Tahun ke-",
    ],
    ["Standar Nasional", "Target Renstra", "Realisasi", "Capaian (%)"],
    ["Target SPM", "Target Rencana Strategis", "Realisasi Kinerja", "Tingkat Capaian (%)"],
  ])("%s | %s | %s | %s", (standard, plan, real, rasio) => {
    const r = pelayanan(standard, plan, real, rasio);
    expect(r.tables[0]!.kind).toBe("renstra");
    expect(r.indicators.map((i) => i.renstra?.realisasi?.["2023"]?.raw)).toEqual(
      PELAYANAN.map((d) => d[3][4]),
    );
    expect(r.indicators.map((i) => i.tahun["2023"]?.capaianTercetak?.raw)).toEqual(
      PELAYANAN.map((d) => d[4][4]),
    );
    expect(r.indicators.map((i) => i.tahun["2023"]?.target)).toEqual([undefined, undefined]);
    expect(complaints(r, 2023)).toEqual([]);
  });
});

test("a national table stays one", () => {
  const sb = new SheetBuilder("Tabel 3.4");
  sb.row(["Perbandingan Realisasi Kinerja dengan Standar Nasional Tahun 2024"]);
  sb.blank();
  sb.row(["No", "Indikator", "Satuan", "Target Nasional", "Target Daerah", "Realisasi"]);
  sb.row([1, "Tingkat pengangguran terbuka", "%", 5, 5, 4.78]);
  sb.row([2, "Angka partisipasi sekolah", "%", 95, 96, 96.4]);
  expect(readWorkbook(workbook(sb.build())).tables[0]!.kind).toBe("nasional");
});
