/**
 * The period within the year a column belongs to (src/reader/periode.ts): triwulan, kuartal and quarter
 * are one thing under several words; a semester ends with the second or fourth quarter; "s.d. TW III" is
 * the year so far, filed under the third quarter, and "s.d. TW IV" the whole year. Header words first,
 * then whole tables: a period's target is never read as the year's.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { compute } from "../../src/engine/compute";
import { Settings } from "../../src/engine/settings";
import { readWorkbook } from "../../src/reader";
import { classifyHeader } from "../../src/reader/headers";
import { periodeOf } from "../../src/reader/periode";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

describe("the quarter a header names", () => {
  test.each([
    [["Target TW III"], 3],
    [["Realisasi Triwulan 2"], 2],
    [["Trw IV"], 4],
    [["Kuartal I"], 1],
    [["Kwartal 3"], 3],
    [["Quarter 2 Target"], 2],
    [["Q4 Actual"], 4],
    [["Target Kuartal", "II"], 2],
    [["Realisasi pada Triwulan", "III", "K"], 3],
    [["Semester I"], 2],
    [["Semester II", "Realisasi"], 4],
    [["Smt 1"], 2],
    [["Semester Kedua"], 4],
    [["Capaian Semester", "I"], 2],
    [["Realisasi s.d. Triwulan III"], 3],
    [["Realisasi s.d. Semester I"], 2],
    [["Realisasi Tahun 2024"], undefined],
  ])("%j → quarter %s", (texts, quarter) => {
    expect(classifyHeader(texts).triwulan).toBe(quarter);
  });

  test.each([
    "Realisasi s.d. TW IV",
    "Realisasi s.d. Triwulan IV",
    "Realisasi sampai dengan Kuartal 4",
    "Realisasi hingga Semester II",
  ])("%s is the whole year, not a quarter", (text) => {
    const h = classifyHeader([text]);
    expect(h.role).toBe("realisasi");
    expect(h.triwulan).toBeUndefined();
  });

  test("words with no period in them give none", () => {
    expect(periodeOf(["target", "2024"])).toBeUndefined();
    expect(periodeOf(["indikator kinerja"])).toBeUndefined();
  });
});

function table(name: string, rows: CellValue[][], merges?: (s: SheetBuilder, top: number) => void) {
  const s = new SheetBuilder(name);
  s.row([`LAPORAN KINERJA ${name.toUpperCase()}`]);
  s.blank();
  const top = s.next;
  for (const r of rows) s.row(r);
  merges?.(s, top);
  return readWorkbook(workbook(s.build()));
}

const SOP = "Persentase perangkat daerah yang menyusun SOP";
const DOK = "Jumlah dokumen analisis jabatan";

describe("quarterly targets under a group header", () => {
  test.each(["Kuartal", "Triwulan", "TW", "Quarter"])(
    "'Target %s' over I … IV: four quarters beside the year target, no finding against it",
    (word) => {
      const read = table(
        "Rencana Aksi 2025",
        [
          ["No", "Indikator Kinerja", "Satuan", "Target Tahunan 2025", `Target ${word}`, "", "", ""],
          ["", "", "", "", `${word} I`, `${word} II`, `${word} III`, `${word} IV`],
          [1, SOP, "%", 100, 25, 50, 75, 100],
          [2, DOK, "dokumen", 42, 10, 20, 32, 42],
        ],
        (s, top) => {
          for (const c of [0, 1, 2, 3]) s.mergeDown(c, top, top + 1);
          s.mergeAcross(top, 4, 7);
        },
      );
      const cols = read.tables[0]!.columns;
      expect(cols.slice(3).map((c) => [c.role, c.tahun, c.triwulan])).toEqual([
        ["target", 2025, undefined],
        ["target", 2025, 1],
        ["target", 2025, 2],
        ["target", 2025, 3],
        ["target", 2025, 4],
      ]);
      const dok = read.indicators.find((i) => i.indikator === DOK)!;
      expect(dok.tahun["2025"]?.target?.raw).toBe(42);
      expect(dok.tahun["2025"]?.triwulan?.target?.map((v) => v?.raw)).toEqual([10, 20, 32, 42]);
      const result = compute(read, Settings.parse({ tahun: 2025 }));
      expect(result.temuan.filter((t) => t.kode === "NILAI_BERBEDA_ANTAR_TABEL")).toEqual([]);
    },
  );
});

describe("a semester beside the year", () => {
  test.each([
    ["Semester I", 2],
    ["Semester II", 4],
    ["Smt. 2", 4],
  ])("'%s' over Target | Realisasi | Capaian is that half year, not the year", (group, quarter) => {
    const read = table(
      "Kinerja Semester",
      [
        ["No", "Indikator Kinerja", "Satuan", "Target Tahun 2024", group, "", ""],
        ["", "", "", "", "Target", "Realisasi", "Capaian (%)"],
        [1, "Jumlah kunjungan wisatawan nusantara", "orang", 85000, 40000, 38650, 96.63],
        [2, "Rata-rata lama tinggal wisatawan", "hari", 1.8, 1.6, 1.7, 106.25],
      ],
      (s, top) => {
        for (const c of [0, 1, 2, 3]) s.mergeDown(c, top, top + 1);
        s.mergeAcross(top, 4, 6);
      },
    );
    const cols = read.tables[0]!.columns;
    expect(cols.slice(3).map((c) => [c.role, c.tahun, c.triwulan])).toEqual([
      ["target", 2024, undefined],
      ["target", 2024, quarter],
      ["realisasi", 2024, quarter],
      ["capaian", 2024, quarter],
    ]);
    const y = read.indicators[0]!.tahun["2024"]!;
    expect(y.target?.raw).toBe(85000);
    expect(y.triwulan?.target?.[quarter - 1]?.raw).toBe(40000);
    expect(y.triwulan?.realisasi?.[quarter - 1]?.raw).toBe(38650);
    // the half year's capaian is printed against the half year's target: no finding against the year's
    const result = compute(read, Settings.parse({ tahun: 2024 }));
    const wrong = result.temuan.filter((t) =>
      ["NILAI_BERBEDA_ANTAR_TABEL", "CAPAIAN_TIDAK_SESUAI"].includes(t.kode),
    );
    expect(wrong).toEqual([]);
  });
});

describe("half-year rows under one indicator", () => {
  test.each([
    ["Periode", ["Semester I", "Semester II"]],
    ["Semester", ["I", "II"]],
    ["Periode", ["Smt. 1", "Smt. 2"]],
  ])("'%s' over %j: the halves filed as quarters 2 and 4", (header, labels) => {
    const s = new SheetBuilder("Realisasi 2024");
    s.row(["No", "Indikator Kinerja", "Satuan", header, "Target", "Realisasi"]);
    const top = s.next;
    s.row([1, "Jumlah kunjungan wisatawan nusantara", "orang", labels[0]!, 40000, 38650]);
    s.row([1, "Jumlah kunjungan wisatawan nusantara", "orang", labels[1]!, 45000, 47100]);
    for (const c of [0, 1, 2]) s.mergeDown(c, top, top + 1);
    const read = readWorkbook(workbook(s.build()));
    expect(read.indicators).toHaveLength(1);
    const tw = read.indicators[0]!.tahun["2024"]!.triwulan!;
    expect(tw.target?.map((v) => v?.raw ?? null)).toEqual([null, 40000, null, 45000]);
    expect(tw.realisasi?.map((v) => v?.raw ?? null)).toEqual([null, 38650, null, 47100]);
  });
});

describe("the year so far", () => {
  test("'Realisasi s.d. TW III' is the third quarter; 'Realisasi s.d. TW IV' the year, wherever it stands", () => {
    for (const [header, quarter] of [
      ["Realisasi s.d. TW III", 3],
      ["Realisasi s.d. TW IV", undefined],
    ] as const) {
      const read = table("Capaian 2024", [
        ["No", "Indikator Kinerja", "Satuan", header, "Target TA 2024", "Capaian (%)"],
        [1, "Rata-rata lama sekolah", "tahun", "8,12", "8,05", "100,87"],
      ]);
      const y = read.indicators[0]!.tahun["2024"]!;
      const col = read.tables[0]!.columns.find((c) => c.header === header)!;
      expect([col.role, col.tahun, col.triwulan]).toEqual(["realisasi", 2024, quarter]);
      if (quarter === undefined) expect(y.realisasi?.raw).toBe("8,12");
      else expect(y.triwulan?.realisasi?.[quarter - 1]?.raw).toBe("8,12");
    }
  });
});

describe("'s.d. TW IV' beside a table of the quarters one by one", () => {
  // Filed as the fourth quarter, 41 (the year so far) would stand against that quarter's own 11.
  test("is the year the quarters sum to: one realisasi, no finding", () => {
    const DIDIK = "Jumlah peserta didik penerima beasiswa daerah";
    const tw = new SheetBuilder("Realisasi Triwulan 2024");
    tw.row([
      "No",
      "Indikator Kinerja",
      "Satuan",
      "Target 2024",
      ...["I", "II", "III", "IV"].map((q) => `Realisasi TW ${q}`),
    ]);
    tw.row([1, DIDIK, "orang", 40, 10, 12, 8, 11]);
    const sd = new SheetBuilder("Tabel 3.4");
    sd.row(["No", "Indikator Kinerja", "Satuan", "Realisasi s.d. TW IV", "Target TA 2024", "Capaian (%)"]);
    sd.row([1, DIDIK, "orang", 41, 40, 102.5]);
    const read = readWorkbook(workbook(tw.build(), sd.build()));
    expect(read.indicators).toHaveLength(1);
    const y = read.indicators[0]!.tahun["2024"]!;
    expect(y.realisasi?.raw).toBe(41);
    expect(y.triwulan?.realisasi?.map((v) => v?.raw)).toEqual([10, 12, 8, 11]);
    const result = compute(read, Settings.parse({ tahun: 2024 }));
    expect(result.indikator[0]!.realisasi).toBe(41);
    expect(result.temuan.filter((t) => t.tingkat !== "info")).toEqual([]);
  });
});

describe("the year of a block whose header states none", () => {
  function blocks(sheetTitle: string, titles: string[]) {
    const s = new SheetBuilder("Kinerja per Bidang");
    s.row([sheetTitle]);
    s.row(["DINAS PUPR"]);
    s.blank();
    s.row(titles.flatMap((t, k) => (k === 0 ? [t, "", "", ""] : ["", t, "", "", ""])));
    const head = ["Indikator", "Target", "Realisasi", "%"];
    s.row(titles.flatMap((_t, k) => (k === 0 ? head : ["", ...head])));
    const data = (n: number) => [`Persentase capaian bidang ${n} dalam kondisi baik`, 68, 70.4, 103.53];
    s.row(titles.flatMap((_t, k) => (k === 0 ? data(k) : ["", ...data(k)])));
    s.row(titles.flatMap((_t, k) => (k === 0 ? data(k + 10) : ["", ...data(k + 10)])));
    return readWorkbook(workbook(s.build()));
  }

  test.each([2, 3])(
    "%i blocks side by side under 'CAPAIAN KINERJA PER BIDANG TAHUN 2024' all report 2024",
    (n) => {
      const titles = ["BIDANG BINA MARGA", "BIDANG SUMBER DAYA AIR", "BIDANG CIPTA KARYA"].slice(0, n);
      const read = blocks("CAPAIAN KINERJA PER BIDANG TAHUN 2024", titles);
      expect(read.tables).toHaveLength(n);
      for (const t of read.tables)
        expect(t.columns.filter((c) => c.role !== "indikator").map((c) => c.tahun)).toEqual([
          2024, 2024, 2024,
        ]);
    },
  );

  test("a block's own title wins over the sheet's", () => {
    const read = blocks("CAPAIAN KINERJA TAHUN 2024", ["BIDANG BINA MARGA", "BIDANG CIPTA KARYA TAHUN 2023"]);
    expect(read.tables.map((t) => t.columns.find((c) => c.role === "target")?.tahun)).toEqual([2024, 2023]);
  });
});
