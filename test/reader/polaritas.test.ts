/**
 * Polaritas guessed from indicator words: the phrases real reports use, and the traps between them.
 * Rows marked (korpus) are verbatim from the seed reports (test/fixtures/corpus); the others follow the
 * wording of LKjIP/RPJMD indicators of other sectors.
 */
import {
  guessPolaritas,
  polaritasFromCell,
  polaritasFromTarget,
  polaritasFromWords,
} from "../../src/reader/polaritas";
import rawRows from "../fixtures/corpus/raw-rows.json";
import { allLayouts } from "../fixtures/layouts";
import { allFamilies } from "../fixtures/layouts/families";

type Case = [text: string, word: string];

describe("a problem measured is lower-is-better", () => {
  it.each<Case>([
    ["Menurunnya angka kemiskinan", "menurunnya"],
    ["Menurunnya Angka Kemiskinan", "menurunnya"], // (korpus) sasaran text reused as indicator
    ["Berkurangnya jumlah PMKS", "berkurangnya"],
    ["Tingkat kemiskinan", "tingkat kemiskinan"],
    ["Angka kemiskinan", "angka kemiskinan"],
    ["Persentase penduduk miskin", "persentase penduduk miskin"],
    ["Jumlah penduduk miskin", "jumlah penduduk miskin"],
    ["Indeks Kedalaman Kemiskinan (P1)", "kemiskinan"],
    ["Tingkat Pengangguran Terbuka (TPT)", "tingkat pengangguran"],
    ["Prevalensi stunting", "prevalensi"],
    ["Prevalensi Stunting pada Balita", "prevalensi"],
    ["Persentase balita stunting", "stunting"],
    ["Persentase balita gizi buruk", "gizi buruk"],
    ["Angka Kematian Ibu (AKI) per 100.000 kelahiran hidup", "angka kematian"],
    ["Angka Kematian Bayi", "angka kematian"],
    ["Angka kesakitan DBD per 100.000 penduduk", "angka kesakitan"],
    ["Jumlah kasus DBD", "jumlah kasus"],
    ["Jumlah kasus kekerasan terhadap anak", "jumlah kasus"],
    ["Persentase kasus kekerasan terhadap perempuan dan anak", "persentase kasus"],
    ["Jumlah kejadian kebakaran", "jumlah kejadian"],
    ["Jumlah kecelakaan lalu lintas", "jumlah kecelakaan"],
    ["Angka Putus Sekolah SD/MI", "angka putus sekolah"],
    ["Persentase Anak Tidak Sekolah", "tidak sekolah"],
    ["Angka buta aksara usia 15-59 tahun", "angka buta aksara"],
    ["Persentase rumah tidak layak huni (RTLH)", "tidak layak huni"],
    ["Luas kawasan permukiman kumuh", "kumuh"],
    ["Luas genangan banjir di kawasan perkotaan", "genangan"],
    ["Rasio Gini", "rasio gini"],
    ["Indeks Gini", "indeks gini"],
    ["Rasio ketergantungan", "rasio ketergantungan"],
    ["Indeks Risiko Bencana (IRB)", "indeks risiko bencana"],
    ["Persentase penduduk rawan pangan", "rawan pangan"],
    ["Jumlah pelanggaran Perda dan Perkada", "jumlah pelanggaran"],
    ["Persentase ASN yang melakukan pelanggaran disiplin", "pelanggaran"],
    ["Jumlah tunggakan pajak daerah", "jumlah tunggakan"],
    ["Angka perkawinan anak", "angka perkawinan anak"],
    ["Persentase ibu hamil anemia", "anemia"],
  ])("%s → turun (%s)", (text, word) => {
    expect(guessPolaritas(text)).toEqual({ polaritas: "turun", word });
    expect(polaritasFromWords(text)).toEqual({ polaritas: "turun", word });
  });
});

describe("temuan: counted is lower-is-better, followed up is higher-is-better", () => {
  it.each<[string, "naik" | "turun", string]>([
    ["Jumlah temuan BPK", "turun", "jumlah temuan"],
    ["Jumlah temuan hasil pemeriksaan Inspektorat", "turun", "jumlah temuan"],
    ["Jumlah temuan berulang", "turun", "jumlah temuan"],
    ["Nilai temuan kerugian daerah", "turun", "temuan"],
    ["Persentase temuan BPK/LHP inspektorat yang ditindak lanjuti", "naik", "ditindaklanjuti"], // (korpus)
    ["2. Persentase temuan BPK/LHP inspektorat yang ditindak lanjuti", "naik", "ditindaklanjuti"], // (korpus)
    ["Persentase temuan yang di tindak lanjuti", "naik", "ditindaklanjuti"],
    ["Persentase temuan yang di tindaklanjuti", "naik", "ditindaklanjuti"],
    ["Jumlah temuan BPK yang ditindaklanjuti", "naik", "ditindaklanjuti"],
    ["Persentase tindak lanjut temuan BPK", "naik", "tindaklanjut"],
    ["Persentase penyelesaian tindak lanjut temuan APIP", "naik", "penyelesaian"],
    ["Persentase temuan yang belum ditindaklanjuti", "turun", "belum ditindaklanjuti"],
    ["Jumlah temuan yang tidak ditindaklanjuti", "turun", "tidak ditindaklanjuti"],
    ["Persentase temuan BPK yang belum di tindak lanjuti", "turun", "belum ditindaklanjuti"],
    ["Jumlah rekomendasi BPK yang belum dapat ditindaklanjuti", "turun", "belum dapat ditindaklanjuti"],
  ])("%s → %s (%s)", (text, polaritas, word) => {
    expect(guessPolaritas(text)).toEqual({ polaritas, word });
  });
});

describe("a reduction measured is higher-is-better (a bigger reduction is better)", () => {
  it.each<Case>([
    ["Persentase penurunan jumlah PMKS", "persentase penurunan"],
    ["Persentase penurunan angka kemiskinan", "persentase penurunan"],
    ["Persentase pengurangan penduduk miskin", "persentase pengurangan"],
    ["Persentase penurunan prevalensi stunting", "persentase penurunan"],
    ["Tingkat penurunan kemiskinan", "tingkat penurunan"],
    ["Laju penurunan angka kematian ibu", "laju penurunan"],
    ["Persentase berkurangnya kawasan kumuh", "persentase berkurangnya"],
    ["Jumlah penurunan temuan BPK", "jumlah penurunan"],
    ["Penurunan angka pengangguran", "penurunan"],
    ["Indeks pengurangan risiko bencana", "indeks pengurangan"],
    ["Kontribusi program terhadap penurunan kemiskinan", "penurunan"],
    ["Persentase desa yang mengalami penurunan kasus stunting", "penurunan"],
  ])("%s → naik (%s), not flagged", (text, word) => {
    expect(guessPolaritas(text)).toEqual({ polaritas: "naik", word });
    expect(polaritasFromWords(text)).toBeUndefined();
  });
});

describe("a problem handled, served or overcome is higher-is-better", () => {
  it.each<Case>([
    ["Persentase kasus kekerasan yang tertangani", "tertangani"],
    ["Persentase kasus kekerasan terhadap perempuan dan anak yang ditangani", "ditangani"],
    ["Persentase kasus kekerasan yang di tangani", "ditangani"],
    ["Jumlah kejadian bencana alam yang ditanggulangi", "ditanggulangi"], // (korpus)
    ["Persentase kejadian bencana alam dan sosial yang ditanggulagi", "ditanggulagi"], // (korpus) misspelt
    ["Pesentase kejadian Bencanan alam dan Sosial yang tertanggulangi", "tertanggulangi"], // (korpus)
    ["Persentase penanganan kejadian kebakaran (response time ≤ 15 menit)", "penanganan"],
    ["Persentase kawasan kumuh yang tertangani", "tertangani"],
    ["Persentase sengketa tanah yang diselesaikan", "diselesaikan"],
    ["Persentase penyelesaian sengketa pertanahan", "penyelesaian"],
    ["Persentase pelanggaran Perda yang ditindak", "ditindak"],
    ["Persentase pengaduan kasus yang terlayani", "terlayani"],
    ["1. Presentase keluarga miskin yang mendapat jaminan sosial", "mendapat"], // (korpus)
    ["Jumlah keluarga miskin penerima bantuan sosial gas", "penerima"], // (korpus)
    ["Jumlah Warga Negara Migran Korban Tindak Kekerasan yang Dipulangkan", "dipulangkan"], // (korpus)
    ["Persentase penanganan warga negara migran korban tindak kekerasan", "penanganan"], // (korpus)
    ["Persentase balita gizi buruk yang mendapat perawatan", "mendapat"],
    ["Cakupan penemuan dan penanganan penderita TBC", "cakupan"],
    ["Angka penemuan kasus TB (Case Detection Rate)", "penemuan"],
    ["Jumlah rumah tidak layak huni yang direhabilitasi", "direhabilitasi"],
    ["Persentase penduduk miskin yang memiliki jaminan kesehatan", "memiliki"],
    ["Jumlah penduduk yang keluar dari kemiskinan", "keluar"],
    ["Persentase pengentasan kemiskinan", "pengentasan"],
    ["Persentase penganggur yang ditempatkan", "ditempatkan"],
    ["Persentase tunggakan pajak yang tertagih", "tertagih"],
    ["Persentase korban kekerasan yang mendapatkan pendampingan", "mendapatkan"],
  ])("%s → naik (%s), not flagged", (text, word) => {
    expect(guessPolaritas(text)).toEqual({ polaritas: "naik", word });
    expect(polaritasFromWords(text)).toBeUndefined();
  });
});

describe("handling negated is lower-is-better", () => {
  it.each<Case>([
    ["Jumlah PMKS yang belum tertangani", "belum tertangani"],
    ["Persentase PPKS yang belum tertangani", "belum tertangani"],
    ["Persentase kasus kekerasan yang tidak tertangani", "tidak tertangani"],
    ["Jumlah kasus yang belum diselesaikan", "belum diselesaikan"],
    ["Persentase kejadian bencana yang tidak tertanggulangi", "tidak tertanggulangi"],
    ["Jumlah pengaduan yang tidak dapat dilayani", "tidak dapat dilayani"],
    ["Jumlah anak yang belum memiliki akta kelahiran", "belum memiliki"],
    ["Persentase penduduk miskin yang tidak menerima bantuan", "tidak menerima"],
    ["Persentase penduduk yang belum terdaftar JKN", "belum terdaftar"],
    ["Menurunnya persentase PMKS yang belum tertangani", "belum tertangani"],
  ])("%s → turun (%s)", (text, word) => {
    expect(guessPolaritas(text)).toEqual({ polaritas: "turun", word });
    expect(polaritasFromWords(text)).toEqual({ polaritas: "turun", word });
  });
});

describe("nothing decides: the default naik applies, no guess is flagged", () => {
  it.each([
    "Nilai SAKIP Dinas Sosial", // (korpus)
    "Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Permakanan", // (korpus)
    "Persentase PMKS yang tertangani", // (korpus): PMKS is the group served, not a problem word
    "Persentase PPKS yang tertangani dan mendapatkan rehabilitasi kesejahteraan sosial terhadap jumlah PPKS", // (korpus)
    "2. Persentase orang/anak terlantar", // (korpus): its formula says "yang mendapat penanganan"
    "Jumlah Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya di Luar HIV/AIDS Kewenangan Provinsi", // (korpus)
    "Korban bencana - PERMAKANAN", // (korpus): victims served
    "Jumlah Fakir Miskin", // (korpus, seed 002 Tabel 3.3): the households the programme serves
    "Jumlah Fakir Miskin Cakupan Daerah Kabupaten/Kota yang Didata", // (korpus)
    "Jumlah Korban Bencana yang Mendapatkan Layanan Dukungan Psikososial Kewenangan Provinsi", // (korpus)
    "Jumlah Kampung yang Melaksanakan Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana", // (korpus)
    "Jumlah Alat Angkutan Darat Tak Bermotor yang Dipelihara dan Dibayarkan Perizinannya", // (korpus)
    "Jumlah Dokumen Bahan Tanggapan Pemeriksaan dan Tindak Lanjut Pemeriksaan", // (korpus)
    "Persentase hasil pemeriksaan Inspektorat/BPK yang ditindak lanjuti", // (korpus)
    "Persentase monitoring penyaluran Bantuan Pangan Non Tunai (BPNT)", // (korpus)
    "Persentase penyaluran bantuan sosial tidak tunai", // "tidak" negates no handling
    "Jumlah siswa tidak mampu", // a target group
    "Angka Harapan Hidup",
    "Angka Partisipasi Sekolah (APS) 7-12 tahun",
    "Angka kesembuhan TB",
    "Tingkat kepuasan masyarakat",
    "Tingkat Partisipasi Angkatan Kerja",
    "Tingkat inflasi", // a range target, not lower-is-better
    "Indeks Pembangunan Manusia",
    "Jumlah pengaduan masyarakat", // more complaints received may be better service
    "Laju pertumbuhan penduduk",
    "Indeks Keterbukaan Informasi Publik OPD", // (korpus)
    "",
    "1.",
  ])("%j → no guess", (text) => {
    expect(guessPolaritas(text)).toBeUndefined();
    expect(polaritasFromWords(text)).toBeUndefined();
  });

  it("a rising goal is said naik but is not a guess worth a finding", () => {
    expect(guessPolaritas("Meningkatnya kualitas pelayanan kesejahteraan sosial")).toEqual({
      polaritas: "naik",
      word: "meningkatnya",
    });
    expect(polaritasFromWords("Meningkatnya kualitas pelayanan kesejahteraan sosial")).toBeUndefined();
  });
});

describe("polaritas from a column or the target", () => {
  it.each([
    ["Turun", "turun"],
    ["Negatif", "turun"],
    ["Naik", "naik"],
    ["positif", "naik"],
    ["Rentang", "rentang"],
    ["", undefined],
  ])("%s → %s", (cell, want) => {
    expect(polaritasFromCell(cell)).toBe(want);
  });

  it("reads grades and ranges from the target", () => {
    expect(polaritasFromTarget({ kind: "grade", grade: "BB" })).toBe("huruf");
    expect(polaritasFromTarget({ kind: "range", low: 80, high: 90, percent: true })).toBe("rentang");
    expect(polaritasFromTarget({ kind: "number", value: 76.5 })).toBeUndefined();
  });
});

describe("the quick no-guess look agrees with the full guess", () => {
  // polaritasFromWords skips the word passes on plain ASCII texts holding no word a turun guess rests on:
  // on every text of the seed reports and the layout fixtures, it must answer as the full guess does
  const texts = new Set<string>();
  for (const row of rawRows as { indikator?: string | null; raw?: unknown[] }[]) {
    if (row.indikator) texts.add(row.indikator);
    for (const v of row.raw ?? []) if (typeof v === "string") texts.add(v);
  }
  for (const f of [...allLayouts(), ...allFamilies()])
    for (const sheet of f.snapshot.sheets)
      for (const row of sheet.values) for (const v of row) if (typeof v === "string") texts.add(v);
  // the problem words in other spellings the quick look must not miss: case, accents, odd spaces
  for (const t of ["ANGKA KEMISKINAN", "Angka kémiskinan", "Jumlah\tkasus", "Waktu  penyelesaian", "Opt"])
    texts.add(t);

  it("on every text", () => {
    expect(texts.size).toBeGreaterThan(500);
    let turun = 0;
    for (const t of texts) {
      const g = guessPolaritas(t);
      const want = g && g.polaritas === "turun" ? g : undefined;
      if (want) turun++;
      expect([t, polaritasFromWords(t)]).toEqual([t, want]);
    }
    // the corpus holds turun wordings, so the comparison covers both answers
    expect(turun).toBeGreaterThan(10);
  });
});
