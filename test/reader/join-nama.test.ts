/**
 * The name forms the join compares: one indicator named differently per table of one workbook (acronym and
 * full name either way round, a unit in brackets, "%" for "Persentase", short forms, capitals, word order)
 * is one name; look-alike names of different quantities stay apart.
 */
import { namaForm, namaSimilarity, singkatan } from "../../src/reader/join-nama";

const sim = (a: string, b: string): number => namaSimilarity(namaForm(a), namaForm(b));

describe("namaSimilarity: the same indicator named per table", () => {
  it.each([
    // acronym alone against the full name with it in brackets, and the full name without it
    ["Nilai Tukar Petani (NTP)", "NTP"],
    ["Indeks Kualitas Lingkungan Hidup (IKLH)", "IKLH"],
    ["Tingkat Pengangguran Terbuka", "TPT (%)"],
    ["Indeks Pembangunan Manusia", "IPM"],
    // an acronym inside the name written out
    ["Persentase kasus hubungan industrial yang diselesaikan", "% kasus HI yang diselesaikan"],
    ["Indeks Kepuasan Masyarakat layanan Puskesmas", "IKM layanan Puskesmas"],
    ["Indeks Sistem Pemerintahan Berbasis Elektronik", "Indeks SPBE"],
    // both give the same acronym in brackets
    ["Angka Kelahiran Total (TFR)", "Total Fertility Rate (TFR)"],
    // a unit in brackets or a rate's denominator
    ["Ketersediaan energi per kapita", "Ketersediaan Energi per Kapita (kkal/kap/hari)"],
    ["Angka Kematian Ibu (AKI)", "AKI (per 100.000 kelahiran hidup)"],
    ["Angka kecelakaan lalu lintas per 100.000 penduduk", "ANGKA KECELAKAAN LALU LINTAS"],
    ["Jumlah pelanggaran Peraturan Daerah", "Jumlah Pelanggaran Perda (kasus)"],
    // "%" for "Persentase", short forms, fillers, capitals
    ["Persentase jalan kabupaten dalam kondisi mantap", "% Jalan Kab. kondisi mantap"],
    ["Prosentase penegakan Peraturan Daerah", "% PENEGAKAN PERDA"],
    ["Persentase pencari kerja yang ditempatkan", "Pencari kerja ditempatkan (%)"],
    // word order
    ["Prevalensi balita stunting", "Prevalensi Stunting pada Balita (%)"],
    ["Cakupan imunisasi dasar lengkap bayi", "Bayi cakupan imunisasi dasar lengkap"],
  ])("%j ~ %j", (a, b) => {
    expect(sim(a, b)).toBeGreaterThanOrEqual(0.93);
    expect(sim(b, a)).toBeGreaterThanOrEqual(0.93);
  });
});

describe("namaSimilarity: look-alike names of different quantities", () => {
  it.each([
    ["Persentase jalan kabupaten dalam kondisi mantap", "Jembatan kabupaten kondisi baik"],
    ["Persentase jembatan kabupaten dalam kondisi baik", "% Jalan Kab. kondisi mantap"],
    ["Indeks Kualitas Air (IKA)", "Indeks Kualitas Udara (IKU)"],
    ["Penyandang disabilitas kelompok 3", "Penyandang disabilitas kelompok 4"],
    ["Angka Partisipasi Kasar (APK) SD", "Angka Partisipasi Murni (APM) SD"],
    // an acronym a name only mentions is not the whole of that name
    ["Persentase PPKS yang tercakup jaminan sosial", "Persentase PSKS yang dibina terhadap jumlah PPKS"],
  ])("%j ≁ %j", (a, b) => {
    expect(sim(a, b)).toBeLessThan(0.82);
    expect(sim(b, a)).toBeLessThan(0.82);
  });
});

describe("singkatan: the acronyms a full name can be found by", () => {
  it.each([
    ["Indeks Kepuasan Masyarakat", ["ikm"]],
    ["Indeks Kepuasan Masyarakat RSUD", ["ikm", "ikmr", "kmr"]],
    ["Persentase Tingkat Pengangguran Terbuka", ["tpt"]],
    ["Nilai SAKIP", []],
  ])("%j → %j", (name, want) => {
    expect(singkatan(namaForm(name))).toEqual(want);
  });
});
