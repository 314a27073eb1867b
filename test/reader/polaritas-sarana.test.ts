/**
 * A problem word inside the name of the equipment or facility that fights it ("hidran kebakaran", "mobil
 * pemadam kebakaran", "rambu rawan kecelakaan") is not the measured quantity: the count is of equipment,
 * higher is better; unless the name says the equipment is broken or idle. The family mixes agencies
 * (Damkar, BPBD, Dishub, PUPR), capitals, "yang …" qualifiers and English.
 */
import { guessPolaritas, polaritasFromWords } from "../../src/reader/polaritas";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import type { Polaritas } from "../../src/engine/model";

const guess = (n: string): Polaritas => polaritasFromWords(n)?.polaritas ?? "naik";

describe("equipment named after a problem counts the equipment", () => {
  it.each([
    "JUMLAH HIDRAN KEBAKARAN YANG BERFUNGSI",
    "Jumlah hidran kebakaran",
    "Jumlah mobil pemadam kebakaran yang siap operasi",
    "Jumlah pos pemadam kebakaran",
    "Persentase alat pemadam kebakaran yang layak pakai",
    "Jumlah armada pemadam kebakaran dalam kondisi baik",
    "Jumlah peralatan penanggulangan kebakaran",
    "Jumlah sirine peringatan dini banjir yang beroperasi",
    "Jumlah rambu rawan kecelakaan yang terpasang",
    "Jumlah pompa banjir yang berfungsi",
    "Persentase tanggul banjir dalam kondisi baik",
    "Jumlah kendaraan pemadam kebakaran yang aktif",
    "Number of fire hydrants in working order",
    "Number of functioning flood pumps",
    "Persentase jalan yang rusak yang diperbaiki",
    "Jumlah sarana penanggulangan bencana",
  ])("%s → naik", (n) => {
    expect(guess(n)).toBe("naik");
  });
  it("names the qualifier that decided", () => {
    expect(guessPolaritas("JUMLAH HIDRAN KEBAKARAN YANG BERFUNGSI")).toEqual({
      polaritas: "naik",
      word: "yang berfungsi",
    });
  });
});

describe("the problem itself, or equipment out of service, is still lower-is-better", () => {
  it.each([
    "Jumlah kejadian kebakaran",
    "JUMLAH KEBAKARAN",
    "Jumlah hidran kebakaran yang rusak",
    "Jumlah hidran kebakaran yang tidak berfungsi",
    "Persentase sarana penanggulangan banjir yang rusak",
    "Jumlah posyandu tidak aktif",
    "Jumlah kendaraan yang mengalami kecelakaan",
    "Jumlah titik rawan kecelakaan",
    "Luas genangan banjir",
    "Jumlah kasus aktif tuberkulosis",
    "Jumlah kebakaran di kawasan permukiman padat",
  ])("%s → turun", (n) => {
    expect(guess(n)).toBe("turun");
  });
});

describe("through the reader", () => {
  it.each([
    ["INDIKATOR", "JUMLAH HIDRAN KEBAKARAN YANG BERFUNGSI", "naik"],
    ["Indikator Kinerja", "Jumlah mobil pemadam kebakaran yang siap operasi", "naik"],
    ["Uraian", "Jumlah kejadian kebakaran", "turun"],
  ])("a %s column: %s → %s", (head, name, want) => {
    const sb = new SheetBuilder("PENGUKURAN");
    sb.row(["No", head, "Satuan", "Target 2024", "Realisasi 2024"]);
    sb.row([1, name, "unit", "48", "41"]);
    sb.row([2, "Persentase kelurahan yang memiliki relawan kebakaran", "%", "60", "40,3"]);
    const got = readWorkbook(workbook(sb.build())).indicators.find((i) => i.indikator === name);
    expect(got?.polaritas).toBe(want);
  });
});
