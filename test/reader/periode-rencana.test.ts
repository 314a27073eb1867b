/**
 * A plan's period in a value column's header ("Target Nasional (RPJMN 2020-2024)", "Target RPJMD 2021 s.d.
 * 2026", "Standar Nasional (Renstra Kemenkes 2020–2024)") is not the year its values are of: the column is
 * of the year its table reports (its title's, else the workbook's report year), at a confidence below a
 * header's own year; a period that does not hold that year is said (PERIODE_DI_LUAR_TAHUN), never silent.
 */
import { readWorkbook } from "../../src/reader";
import { planPeriod } from "../../src/reader/periode-rencana";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const NAMES = ["Persentase balita gizi buruk yang ditangani", "Cakupan imunisasi dasar lengkap"];

/** the period written every way reports write it: dash, en dash, "s.d.", "s/d", "sampai", with or without brackets */
const PERIODS = (a: number, b: number) => [
  `${a}-${b}`,
  `${a}–${b}`,
  `${a} - ${b}`,
  `${a} s.d. ${b}`,
  `${a} s/d ${b}`,
  `${a} sampai ${b}`,
];
const NATIONAL = (p: string) => [
  `Target Nasional (RPJMN ${p})`,
  `Target Nasional RPJMN ${p}`,
  `Standar Nasional (Renstra Kemenkes ${p})`,
  `Standar Nasional ${p}`,
  `Target SPM (${p})`,
];
const PLAN_TARGET = (p: string) => [`Target RPJMN ${p}`, `Target RPJMD (${p})`, `Target Renstra ${p}`];

/** Tabel 3.1 of 2024 (the report year), then a national table that states no year of its own */
function nasional(header: string) {
  const pk = new SheetBuilder("Tabel 3.1");
  pk.row(["Pengukuran Kinerja Tahun 2024"]);
  pk.row(["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi"]);
  NAMES.forEach((n, i) => pk.row([i + 1, n, "%", 80 + i, 85 + i]));
  const sb = new SheetBuilder("Tabel 3.4");
  sb.row(["Perbandingan dengan Standar Nasional"]);
  sb.row(["No", "Indikator Kinerja", "Satuan", header, "Target Daerah", "Realisasi Daerah"]);
  NAMES.forEach((n, i) => sb.row([i + 1, n, "%", 90 + i, 80 + i, 85 + i]));
  return readWorkbook(workbook(pk.build(), sb.build()));
}

/** one pengukuran table whose title states the year, the plan's target beside the realisasi */
function pengukuran(header: string, year: number | undefined) {
  const sb = new SheetBuilder("Pengukuran");
  sb.row([year ? `Pengukuran Kinerja Tahun ${year}` : "Pengukuran Kinerja"]);
  sb.row(["No", "Indikator Kinerja", "Satuan", header, "Realisasi"]);
  NAMES.forEach((n, i) => sb.row([i + 1, n, "%", 80 + i, 85 + i]));
  return readWorkbook(workbook(sb.build()));
}

const said = (r: ReturnType<typeof readWorkbook>) =>
  r.temuan.filter((t) => t.kode === "PERIODE_DI_LUAR_TAHUN");

describe("planPeriod", () => {
  it.each(PERIODS(2020, 2024))("%s is the period 2020–2024", (p) => {
    expect(planPeriod(`Target ${p}`)).toEqual([2020, 2024]);
  });
  it.each(["Target 2024", "2024/2025", "Target 2024 2025 2026", "2026-2021", "2000-2024"])(
    "%s names no plan period",
    (h) => expect(planPeriod(h)).toBeUndefined(),
  );
});

describe("a national standard headed with its plan's period", () => {
  const inside = PERIODS(2020, 2024).flatMap(NATIONAL);
  test.each(inside)("%s, report year 2024: no year of its own, read, nothing said", (header) => {
    const r = nasional(header);
    const col = r.tables[1]!.columns.find((c) => c.header === header)!;
    expect(col.role).toBe("targetNasional");
    expect(col.tahun).toBeUndefined();
    expect(col.confidence).toBeLessThanOrEqual(0.75);
    expect(r.indicators.map((i) => i.targetNasional?.parsed)).toEqual(
      NAMES.map((_, i) => expect.objectContaining({ value: 90 + i })),
    );
    expect(said(r)).toEqual([]);
  });

  const outside = [...PERIODS(2025, 2029), ...PERIODS(2015, 2019)].flatMap(NATIONAL);
  test.each(outside)("%s, report year 2024: said at the header cell", (header) => {
    const r = nasional(header);
    const col = r.tables[1]!.columns.find((c) => c.header === header)!;
    expect(col.confidence).toBeLessThan(0.6);
    const ts = said(r);
    expect(ts.map((t) => `${t.sel[0]!.sheet}!${t.sel[0]!.cell}`)).toEqual(["Tabel 3.4!D2"]);
    expect(ts[0]!.pesan.id).toContain("2024");
    expect(ts[0]!.pesan.en).toContain("2024");
  });
});

describe("a plan's target headed with its period, in a table of one year", () => {
  const inside = PERIODS(2021, 2026).flatMap(PLAN_TARGET);
  test.each(inside)("%s under 'Tahun 2024': the 2024 target", (header) => {
    const r = pengukuran(header, 2024);
    const col = r.tables[0]!.columns.find((c) => c.header === header)!;
    expect(col.tahun).toBe(2024);
    expect(col.confidence).toBeLessThanOrEqual(0.75);
    expect(r.indicators.map((i) => i.tahun["2024"]?.target?.parsed)).toEqual(
      NAMES.map((_, i) => expect.objectContaining({ value: 80 + i })),
    );
    expect(r.indicators.some((i) => i.tahun["2021"])).toBe(false);
    expect(said(r)).toEqual([]);
  });

  test.each(PERIODS(2025, 2029).flatMap(PLAN_TARGET))(
    "%s under 'Tahun 2024': read as 2024, and said",
    (header) => {
      const r = pengukuran(header, 2024);
      expect(r.tables[0]!.columns.find((c) => c.header === header)!.tahun).toBe(2024);
      expect(said(r).map((t) => t.sel[0]!.cell)).toEqual(["D2"]);
    },
  );

  test.each(PERIODS(2021, 2026).flatMap(PLAN_TARGET))("%s in a table that states no year", (header) => {
    const r = pengukuran(header, undefined);
    const col = r.tables[0]!.columns.find((c) => c.header === header)!;
    expect(col.tahun).not.toBe(2021);
    expect(r.indicators.some((i) => i.tahun["2021"])).toBe(false);
  });
});
