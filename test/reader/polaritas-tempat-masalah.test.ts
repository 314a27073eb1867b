/**
 * A count of places where a problem keeps occurring, or of what stands there against the rules, is meant to
 * fall (src/reader/polaritas.ts PROBLEM_PLACES): "titik rawan sampah liar", "titik rawan banjir", "bangunan
 * liar", "titik panas". The traps stay higher-is-better: such places dealt with (cleaned, closed, put in
 * order), documents and villages about them, and words that only share a first word ("daerah", "titik").
 */
import { compute } from "../../src/engine/compute";
import { Settings } from "../../src/engine/settings";
import type { Polaritas } from "../../src/engine/model";
import { readWorkbook } from "../../src/reader";
import { polaritasFromWords } from "../../src/reader/polaritas";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const guess = (n: string): Polaritas => polaritasFromWords(n)?.polaritas ?? "naik";

describe("a count of problem places falls", () => {
  it.each([
    "Jumlah titik rawan sampah liar",
    "Jumlah titik rawan banjir",
    "Jumlah titik rawan kecelakaan lalu lintas",
    "Jumlah lokasi rawan longsor",
    "Jumlah kawasan rawan kriminalitas",
    "Jumlah ruas jalan rawan kecelakaan",
    "Jumlah TPS liar",
    "Jumlah lokasi pembuangan sampah liar",
    "Jumlah bangunan liar di sempadan sungai",
    "Jumlah titik parkir liar",
    "Jumlah titik panas (hotspot) kebakaran hutan",
    "Jumlah titik kemacetan lalu lintas",
    "Jumlah kasus pungli pelayanan publik",
    "Luas kawasan kumuh perkotaan",
    "Jumlah titik genangan",
    "Jumlah kasus pelanggaran perda",
    "Jumlah lokasi perjudian",
  ])("%s → turun", (n) => {
    expect(guess(n)).toBe("turun");
  });

  it.each([
    // dealt with: the count is of the work done
    "Jumlah titik sampah liar yang dibersihkan",
    "Jumlah TPS liar yang ditutup",
    "Jumlah bangunan liar yang ditertibkan",
    "Persentase titik rawan kecelakaan yang ditangani",
    "Jumlah pelanggaran perda yang ditindaklanjuti",
    "Persentase penertiban reklame liar",
    "Jumlah titik rawan yang diawasi petugas",
    // what a service makes about them, or villages that have it
    "Jumlah dokumen pemetaan titik rawan bencana",
    "Persentase desa rawan bencana yang memiliki rencana kontinjensi",
    // the same first words, no problem place
    "Jumlah titik layanan internet publik",
    "Persentase perangkat daerah dengan nilai SAKIP minimal B",
    "Jumlah populasi satwa liar yang dilindungi",
    "Volume sampah yang dikelola",
  ])("%s → naik", (n) => {
    expect(guess(n)).toBe("naik");
  });
});

describe("a table of problem places printed with (2T − R) / T", () => {
  it.each([
    ["Jumlah titik rawan sampah liar", "Titik", 6, 4, 133.33],
    ["Jumlah lokasi rawan banjir", "Lokasi", 10, 8, 120],
    ["Jumlah bangunan liar", "Unit", 20, 15, 125],
  ])("%s: turun, no finding against the printed capaian", (name, satuan, t, r, c) => {
    const sb = new SheetBuilder("Kinerja");
    sb.row(["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"]);
    sb.row([1, "Persentase warga yang puas terhadap pelayanan kelurahan", "%", 80, 84, 105]);
    sb.row([2, name, satuan, t, r, c]);
    const read = readWorkbook(workbook(sb.build()));
    const got = read.indicators.find((i) => i.indikator === name)!;
    expect([got.polaritas, got.polaritasInferred]).toEqual(["turun", true]);
    const result = compute(read, Settings.parse({ tahun: 2024 }));
    expect(result.temuan.filter((f) => f.kode === "CAPAIAN_TIDAK_SESUAI")).toEqual([]);
  });
});
