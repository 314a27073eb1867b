/**
 * A problem word followed by the state its counted people or cases reached ("anak putus sekolah kembali
 * bersekolah", "penderita TB yang sembuh", "kasus yang tuntas") or what a service did to them ("korban
 * kekerasan yang mendapat layanan", "pengangguran yang dilatih", "kasus yang berhasil dimediasi") counts
 * the outcome: higher is better. The problem alone, the problem not reached ("belum kembali bersekolah",
 * "tidak sembuh"), or recurring ("kembali mengalami", "kembali terjadi") stays lower-is-better.
 */
import { guessPolaritas, polaritasFromWords } from "../../src/reader/polaritas";

const NAIK = [
  "Jumlah anak putus sekolah kembali bersekolah",
  "Persentase anak putus sekolah yang kembali ke sekolah",
  "Persentase anak tidak sekolah yang kembali bersekolah",
  "Persentase penyandang disabilitas yang tertangani",
  "Persentase korban kekerasan yang mendapat layanan",
  "Jumlah korban kekerasan terhadap anak yang memperoleh pendampingan",
  "Jumlah pengangguran yang ditempatkan",
  "Persentase penganggur yang bekerja kembali",
  "Jumlah pengangguran yang terserap di pasar kerja",
  "Jumlah pengangguran yang dilatih",
  "Persentase kasus yang diselesaikan",
  "Persentase kasus yang tuntas",
  "Persentase kasus sengketa yang berhasil dimediasi",
  "Persentase kasus kekerasan yang direspon kurang dari 24 jam",
  "Persentase penderita TB yang sembuh",
  "Persentase penderita kusta yang selesai berobat",
  "Persentase kasus gizi buruk yang pulih",
  "Jumlah korban perdagangan orang yang dikembalikan ke keluarga",
  "Persentase pelanggaran perda yang ditegakkan",
  "Persentase kasus kriminalitas yang terungkap",
  "Jumlah korban penyalahgunaan narkoba yang direhabilitasi",
  "Persentase rumah tidak layak huni yang dipugar",
  "Percentage of TB cases cured",
  "Number of school dropouts back to school",
  // solving a case, as a noun or an active verb after the people who solve it
  "Persentase mata kuliah yang menggunakan metode pembelajaran pemecahan kasus atau berbasis projek",
  "Jumlah mahasiswa yang memecahkan kasus nyata di industri",
  "Persentase kasus yang dipecahkan",
  "Persentase penuntasan kasus narkoba",
  "Persentase dosen yang menangani kasus hukum masyarakat",
  "Jumlah pengungkapan kasus korupsi",
  "Number of cases solved",
];

const TURUN = [
  "Jumlah anak putus sekolah",
  "Angka putus sekolah",
  "Persentase anak putus sekolah yang belum kembali bersekolah",
  "Persentase penderita TB yang tidak sembuh",
  "Jumlah korban kekerasan",
  "Persentase anak yang kembali mengalami kekerasan",
  "Jumlah kasus kekerasan yang kembali terjadi",
  "Tingkat pengangguran terbuka",
  "Jumlah pengangguran",
  "Persentase kasus yang belum diselesaikan",
  "Persentase kasus yang tidak tuntas",
  "Jumlah kasus kriminalitas",
  "Prevalensi gizi buruk",
  "Jumlah pelanggaran perda",
  "Angka kesakitan TB",
  "Jumlah rumah tidak layak huni",
  "Persentase penderita kusta yang gagal berobat",
  "Jumlah penyalahgunaan narkoba",
  "Jumlah kasus perdagangan orang",
  "Jumlah penderita DBD yang dirawat kembali",
  "Number of school dropouts",
  "Persentase kasus yang belum dipecahkan",
  "Jumlah kasus hukum yang tidak dapat diselesaikan",
];

describe("a problem followed by what its people or cases reached", () => {
  it.each(NAIK)("%s → naik", (n) => {
    // the default (no problem word: "penyandang disabilitas" is a group served) or the wording's naik
    expect(guessPolaritas(n)?.polaritas ?? "naik").toBe("naik");
    expect(polaritasFromWords(n)).toBeUndefined();
  });
});

describe("the problem alone, not reached or recurring", () => {
  it.each(TURUN)("%s → turun", (n) => {
    expect(polaritasFromWords(n)?.polaritas).toBe("turun");
  });
});
