/**
 * Quarters named in words (src/reader/periode.ts, quarters.ts, header-cells.ts, tables.ts): an ordinal
 * ("Triwulan Pertama", "TW Kesatu", "Kuartal Keempat", "Second Quarter"), "ke-2", "ke 3" or a dotted
 * short form ("Trw. II") names the same quarter a numeral does; a "Total", "Jumlah" or "s.d. TW IV"
 * beside the quarters under one "Realisasi" is the year's own value. A row the header's merges reach
 * into is the header's lower line, never data whose cells are the header's words.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { compute } from "../../src/engine/compute";
import { Settings } from "../../src/engine/settings";
import { readWorkbook } from "../../src/reader";
import { classifyHeader } from "../../src/reader/headers";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

describe("a quarter spelled out or numbered with 'ke'", () => {
  test.each([
    [["Triwulan Pertama"], 1],
    [["Triwulan Kesatu"], 1],
    [["TW Kedua"], 2],
    [["Trw Ketiga"], 3],
    [["Kuartal Keempat"], 4],
    [["Triwulan ke-2"], 2],
    [["TW ke 3"], 3],
    [["Triwulan Ke-4"], 4],
    [["Trw. II"], 2],
    [["Realisasi Triwulan", "Ketiga"], 3],
    [["Realisasi", "Triwulan Kedua"], 2],
    [["First Quarter"], 1],
    [["3rd Quarter Actual"], 3],
    [["Semester Kedua"], 4],
    [["Realisasi Tahun Pertama Renstra"], undefined],
  ])("%j → quarter %s", (texts, quarter) => {
    expect(classifyHeader(texts).triwulan).toBe(quarter);
  });

  test.each(["Realisasi s.d. Triwulan Keempat", "Realisasi s.d. TW ke-4"])("%s is the whole year", (text) => {
    const h = classifyHeader([text]);
    expect(h.role).toBe("realisasi");
    expect(h.triwulan).toBeUndefined();
  });
});

const ROWS: [string, string, number, number[], number, number][] = [
  // 610 + 702 + 655 + 733 = 2.700 of 2.500: 108 %
  ["Jumlah dokumen kependudukan yang diterbitkan", "Dokumen", 2500, [610, 702, 655, 733], 2700, 108],
  // 12 + 9 + 14 + 11 = 46 of 48: 95,83 %
  ["Jumlah UMKM yang dibina", "Unit", 48, [12, 9, 14, 11], 46, 95.83],
  // one held in the third quarter
  ["Jumlah rapat koordinasi lintas sektor", "Kegiatan", 1, [0, 0, 1, 0], 1, 100],
];

/** "Realisasi" merged over four quarter cells and the year's cell, placed first or last. */
function monev(quarters: string[], year: string, yearFirst: boolean) {
  const s = new SheetBuilder("Monev");
  s.row(["MONITORING CAPAIAN KINERJA KECAMATAN TAHUN 2024"]);
  s.blank();
  const h = s.row(["No", "Indikator", "Satuan", "Target 2024", "Realisasi", "", "", "", "", "Capaian (%)"]);
  const sub = yearFirst ? [year, ...quarters] : [...quarters, year];
  s.row(["", "", "", "", ...sub, ""]);
  for (const c of [0, 1, 2, 3, 9]) s.mergeDown(c, h, h + 1);
  s.mergeAcross(h, 4, 8);
  ROWS.forEach((d, i) => {
    const values: CellValue[] = yearFirst ? [d[4], ...d[3]] : [...d[3], d[4]];
    s.row([i + 1, d[0], d[1], d[2], ...values, d[5]]);
  });
  return readWorkbook(workbook(s.build()));
}

const QUARTER_WORDS = [
  ["Triwulan Pertama", "Triwulan Kedua", "Triwulan Ketiga", "Triwulan Keempat"],
  ["TW Kesatu", "TW Kedua", "TW Ketiga", "TW Keempat"],
  ["Triwulan ke-1", "Triwulan ke-2", "Triwulan ke-3", "Triwulan ke-4"],
  ["TW ke 1", "TW ke 2", "TW ke 3", "TW ke 4"],
  ["Trw. I", "Trw. II", "Trw. III", "Trw. IV"],
  ["Kuartal Pertama", "Kuartal Kedua", "Kuartal Ketiga", "Kuartal Keempat"],
];

describe("'Realisasi' over the quarters in words and the year's value", () => {
  const cases = QUARTER_WORDS.flatMap((q) =>
    ["Total", "Jumlah", "s.d. TW IV"].map((y, k) => [q, y, k === 1] as const),
  );
  test.each(cases)("%j with %s (year first: %s)", (quarters, year, yearFirst) => {
    const read = monev([...quarters], year, yearFirst);
    expect(read.tables).toHaveLength(1);
    const cols = read.tables[0]!.columns.slice(4, 9).map((c) => [c.role, c.tahun, c.triwulan]);
    const q = [1, 2, 3, 4].map((n) => ["realisasi", 2024, n]);
    expect(cols).toEqual(
      yearFirst ? [["realisasi", 2024, undefined], ...q] : [...q, ["realisasi", 2024, undefined]],
    );
    ROWS.forEach((d) => {
      const y = read.indicators.find((i) => i.indikator === d[0])!.tahun["2024"]!;
      expect(y.realisasi?.raw).toBe(d[4]);
      expect(y.triwulan?.realisasi?.map((v) => v?.raw)).toEqual(d[3]);
    });
    const result = compute(read, Settings.parse({ tahun: 2024 }));
    expect(result.temuan.filter((t) => t.tingkat !== "info")).toEqual([]);
  });
});

describe("a row the header's merges reach into", () => {
  // words no header list holds: still the header's lower line, so no header cell becomes a value
  test.each([
    [["Jan–Mar", "Apr–Jun", "Jul–Sep", "Okt–Des"], "Setahun"],
    [["Maret", "Juni", "September", "Desember"], "Akumulasi"],
  ])("%j | %s under a merged 'Realisasi' is header, not data", (quarters, year) => {
    const read = monev(quarters, year, false);
    expect(read.indicators.map((i) => i.indikator)).toEqual(ROWS.map((d) => d[0]));
    const result = compute(read, Settings.parse({ tahun: 2024 }));
    const headerCells = /Monev![A-Z]+[34]\b/;
    for (const f of result.temuan) expect(JSON.stringify(f.sel ?? f)).not.toMatch(headerCells);
    expect(result.temuan.map((f) => f.kode)).not.toContain("TARGET_TIDAK_TERBACA");
  });
});

describe("quarter rows labelled in words", () => {
  test.each([
    [["Triwulan Pertama", "Triwulan Kedua", "Triwulan Ketiga", "Triwulan Keempat"]],
    [["Triwulan ke-1", "Triwulan ke-2", "Triwulan ke-3", "Triwulan ke-4"]],
    [["TW Kesatu", "TW Kedua", "TW Ketiga", "TW Keempat"]],
  ])("%j under one indicator: one indicator, values per quarter", (labels) => {
    const s = new SheetBuilder("Realisasi 2024");
    s.row(["No", "Indikator Kinerja", "Satuan", "Periode", "Target", "Realisasi"]);
    const top = s.next;
    const t = [10, 20, 30, 40];
    const r = [12, 19, 33, 41];
    labels.forEach((l, k) => s.row([1, "Jumlah kader posyandu yang dibina", "orang", l, t[k]!, r[k]!]));
    for (const c of [0, 1, 2]) s.mergeDown(c, top, top + 3);
    const read = readWorkbook(workbook(s.build()));
    expect(read.indicators).toHaveLength(1);
    const tw = read.indicators[0]!.tahun["2024"]!.triwulan!;
    expect(tw.target?.map((v) => v?.raw)).toEqual(t);
    expect(tw.realisasi?.map((v) => v?.raw)).toEqual(r);
  });
});
