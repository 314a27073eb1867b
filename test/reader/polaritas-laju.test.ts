/**
 * Rates whose lower value is the goal, named without a problem word: deaths (NDR, GDR, CFR), births
 * (TFR, ASFR, CBR) and congestion (V/C, derajat kejenuhan), as hospitals, family-planning agencies and
 * Dinas Perhubungan write them, with the traps of each family.
 */
import { guessPolaritas, polaritasFromWords } from "../../src/reader/polaritas";

const arah = (n: string) => polaritasFromWords(n)?.polaritas ?? "naik";

describe("rates of deaths, births and congestion are lower-is-better", () => {
  it.each([
    // deaths and illness in hospital and health reports
    "Net Death Rate (NDR)",
    "NDR (‰)",
    "Angka kematian pasien ≥ 48 jam (NDR)",
    "Gross Death Rate (GDR)",
    "GDR",
    "Case Fatality Rate (CFR) DBD",
    "Infant mortality rate",
    "Hospital death rate",
    "Morbidity rate of diarrhoea",
    // births: family planning's goal is fewer
    "Angka Kelahiran Total (TFR)",
    "TFR (anak per wanita)",
    "Total Fertility Rate (TFR)",
    "Angka kelahiran total / Total Fertility Rate",
    "Angka fertilitas remaja",
    "ASFR 15-19 tahun",
    "Angka kelahiran kasar (CBR)",
    "Crude birth rate",
    "Unmet need KB",
    // congestion, in every way V/C is typed
    "Rasio V/C ruas jalan utama",
    "V/C Ratio Ruas Jalan Utama",
    "V / C ratio jalan arteri",
    "VC ratio jalan kota",
    "VCR ruas jalan nasional",
    "Rasio volume per kapasitas (V/C) ruas jalan utama",
    "Derajat kejenuhan (DS) simpang bersinyal",
    "Degree of saturation of main intersections",
    "Tingkat kemacetan lalu lintas",
    "Tingkat kepadatan lalu lintas",
    "Tingkat kepadatan hunian Lapas",
    "Tundaan rata-rata di simpang",
    "Panjang antrian kendaraan di simpang",
  ])("%s → turun", (n) => {
    expect(arah(n)).toBe("turun");
  });

  it("names the words that decided", () => {
    expect(guessPolaritas("V/C Ratio Ruas Jalan Utama")?.word).toBe("v c");
    expect(guessPolaritas("Net Death Rate (NDR)")?.word).toBe("death rate");
    expect(guessPolaritas("Angka Kelahiran Total (TFR)")?.word).toBe("angka kelahiran");
  });
});

describe("the traps of the same families stay higher-is-better or unguessed", () => {
  it.each([
    // a reduction of the rate is what rises
    "Persentase penurunan angka kematian ibu",
    "Persentase penurunan tingkat kemacetan",
    "Penurunan TFR",
    // contraceptive use is a prevalence that should rise
    "Contraceptive Prevalence Rate (CPR)",
    "Prevalensi pemakaian kontrasepsi modern (mCPR)",
    "Angka prevalensi kontrasepsi",
    "Prevalensi peserta KB aktif",
    // birth certificates and assisted births are services
    "Cakupan akta kelahiran",
    "Persentase kepemilikan akta kelahiran anak",
    "Persentase kelahiran ditolong tenaga kesehatan",
    // what a service made about the rate
    "Jumlah dokumen kajian V/C ratio",
    "Jumlah laporan analisis derajat kejenuhan simpang",
    // a share of units on one side of a bound: the bound, not the rate, says which side is good
    "Persentase ruas jalan dengan V/C ratio ≤ 0,85",
    "Jumlah simpang yang derajat kejenuhannya di bawah 0,75",
    // neither a rate of births nor of deaths
    "Laju pertumbuhan ekonomi",
    "Laju pertumbuhan penduduk",
    "Volume sampah yang terangkut",
    "Jumlah kendaraan yang diuji",
    // a list mark before a name is not its subject
    "a. Persentase jalan kondisi mantap",
  ])("%s → naik (no turun guess)", (n) => {
    expect(polaritasFromWords(n)).toBeUndefined();
  });
});
