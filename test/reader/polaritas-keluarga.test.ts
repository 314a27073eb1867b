/**
 * The direction read from an indicator's wording over a family of names (test/fixtures/corpus/
 * polaritas-nama.json: every distinct indicator of the seed reports plus other sectors' traps), and from
 * a target written as a bound ("≤ 5 %", "≥ 80 %").
 */
import names from "../fixtures/corpus/polaritas-nama.json";
import { polaritasFromWords } from "../../src/reader/polaritas";
import { polaritasFromBatas, polaritasFromTargetBatas } from "../../src/reader/polaritas-batas";
import { readWorkbook } from "../../src/reader";
import type { Indicator, Polaritas } from "../../src/engine/model";
import { parseValue } from "../../src/engine/parse";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const guess = (n: string): Polaritas => polaritasFromWords(n)?.polaritas ?? "naik";

describe("the wording's direction over a family of names", () => {
  it("no indicator of the seed reports is guessed lower-is-better", () => {
    expect(names.korpus.filter((n) => guess(n) === "turun")).toEqual([]);
  });
  it.each(names.naik)("%s → naik", (n) => {
    expect(guess(n)).toBe("naik");
  });
  it.each(names.turun)("%s → turun", (n) => {
    expect(guess(n)).toBe("turun");
  });
});

describe("a target written as a bound states the direction", () => {
  it.each([
    ["≤ 5%", "turun"],
    ["≤ 60 menit", "turun"],
    ["<= 2", "turun"],
    ["< 1,5 %", "turun"],
    ["Maks. 10 hari", "turun"],
    ["maksimal 3 kasus", "turun"],
    ["paling lama 14 hari", "turun"],
    ["tidak lebih dari 5 %", "turun"],
    ["≥ 80%", "naik"],
    [">= 85", "naik"],
    ["> 90 %", "naik"],
    ["Min. 76,61", "naik"],
    ["minimal 100 %", "naik"],
    ["paling sedikit 20 orang", "naik"],
    ["sekurang-kurangnya 75%", "naik"],
  ])("%s → %s", (raw, want) => {
    expect(polaritasFromBatas(raw)).toBe(want);
  });
  it.each([["80"], ["80 %"], ["BB"], ["80-90"], ["Meningkat"], [""], ["-"]])("%s says nothing", (raw) => {
    expect(polaritasFromBatas(raw)).toBeUndefined();
  });
  it("numbers are no bound", () => expect(polaritasFromBatas(80)).toBeUndefined());

  const sv = (raw: string) => ({ raw, parsed: parseValue(raw, { convention: "id" }) });
  const ind = (p: Partial<Indicator>): Indicator => ({
    id: "x",
    level: "sasaran",
    sasaran: "",
    indikator: "Waktu tanggap operasi seksio sesarea emergensi",
    polaritas: "naik",
    polaritasInferred: false,
    tahun: {},
    ...p,
  });
  it("read from a yearly target, a national standard or a Renstra target", () => {
    expect(polaritasFromTargetBatas(ind({ tahun: { "2024": { target: sv("≥ 80%") } } }))).toBe("naik");
    expect(polaritasFromTargetBatas(ind({ targetNasional: sv("≤ 5%") }))).toBe("turun");
    expect(polaritasFromTargetBatas(ind({ tahun: { "2024": { target: sv("80") } } }))).toBeUndefined();
  });

  it.each([
    ["Standar", "Waktu tanggap operasi seksio sesarea emergensi", "≥ 80%", "naik"],
    ["Target 2024", "Waktu tanggap pelayanan gawat darurat", "≥ 90 %", "naik"],
    ["Target", "Kepatuhan kebersihan tangan", "≤ 5%", "turun"],
    ["Target 2024", "Penundaan operasi elektif", "≤ 5%", "turun"],
  ])("the reader settles it from a %s column over the words: %s %s → %s", (head, name, t, want) => {
    const sb = new SheetBuilder("INM");
    sb.row(["No", "Indikator", head, "Realisasi 2024", "Capaian (%)"]);
    sb.row([1, name, t, "83,3", "104,13"]);
    sb.row([2, "Kepuasan pasien", "76,61", "82,14", "107,22"]);
    const read = readWorkbook(workbook(sb.build()));
    const got = read.indicators.find((i) => i.indikator === name);
    expect(got?.polaritas).toBe(want);
    expect(got?.polaritasInferred).toBe(false);
  });
});

/** English KPI sheets (provincial Bappeda, donor formats): the same rules on English words. */
describe("the wording's direction in English", () => {
  it.each([
    "Open unemployment rate",
    "Poverty rate",
    "Infant mortality rate (per 1,000 live births)",
    "Prevalence of stunting among children under five",
    "Number of traffic accidents",
    "Crime rate per 100,000 population",
    "Number of audit findings",
    "Average waiting time for outpatient services",
    "Permit processing time",
    "Number of violence cases not yet handled",
    "Share of slum areas",
    "School dropout rate",
    "Lower poverty rate",
  ])("%s → turun", (n) => {
    expect(guess(n)).toBe("turun");
  });
  it.each([
    "Percentage of violence cases handled",
    "Number of uninhabitable houses repaired",
    "Percentage of complaints resolved",
    "Poverty reduction rate",
    "Percentage of permits issued on time",
    "Number of flood early warning systems installed",
    "Number of poverty reduction programmes documents",
    "Human development index",
    "Regional economic growth rate",
    "Percentage of villages with clean water access",
    "Compliance with response time standard",
  ])("%s → naik", (n) => {
    expect(guess(n)).toBe("naik");
  });
});

/** SPM services name the people a problem touches; the count is of the service given (higher is better). */
describe("a service to the people of a problem", () => {
  it.each([
    "Pelayanan kesehatan penderita hipertensi",
    "Pelayanan kesehatan penderita diabetes melitus",
    "Pelayanan kesehatan orang dengan gangguan jiwa berat",
    "Layanan rehabilitasi korban penyalahgunaan narkotika",
    "Services for victims of violence",
  ])("%s → naik", (n) => {
    expect(guess(n)).toBe("naik");
  });
  it.each(["Jumlah keluhan pelayanan", "Jumlah kasus kekerasan", "Number of service complaints"])(
    "%s → turun",
    (n) => {
      expect(guess(n)).toBe("turun");
    },
  );
});
