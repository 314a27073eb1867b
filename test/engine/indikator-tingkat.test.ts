/**
 * Rate or count: an indicator measured per a base ("ton/ha", "kg/kapita/tahun", "per 1.000 KH"), as a
 * ratio, an index, an average or a productivity is a level, so its Renstra end target is the last yearly
 * target; a count (orang, unit, dokumen, KK, jiwa …, and two counts joined by a slash such as "Kab/Kota")
 * is a flow whose end target is the sum of the years (DOMAIN.md: sum for counts, last for rates).
 * The counts' names and units are the ones the seed reports print.
 */
import { compute } from "../../src/engine/compute";
import { isRateIndicator } from "../../src/engine/indicator-kind";
import { defaultSettings } from "../../src/engine/settings";
import type { Indicator } from "../../src/engine/model";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts";

type Fields = Pick<Indicator, "indikator" | "satuan" | "polaritas">;
const of = (indikator: string, satuan: string): Fields => ({ indikator, satuan, polaritas: "naik" });

// [indikator, satuan]: rates by their unit, by their name, or both
const RATES: [string, string][] = [
  ["Produktivitas padi", "ton/ha"],
  ["Produktivitas jagung", "kuintal/ha"],
  ["Hasil panen kedelai", "ku/ha"],
  ["Konsumsi ikan masyarakat", "kg/kapita/tahun"],
  ["Ketersediaan energi", "kkal/kap/hari"],
  ["Kepadatan penduduk", "jiwa/km2"],
  ["Penduduk per luas wilayah", "jiwa/km²"],
  ["Kunjungan pasien rawat jalan", "pasien/hari"],
  ["Angka Kematian Ibu", "per 100.000 KH"],
  ["Kematian bayi", "per 1.000 kelahiran hidup"],
  ["Kasus DBD", "kasus/100.000 penduduk"],
  ["Jumlah kasus TB per 100.000 penduduk", "kasus"],
  ["Pengeluaran per kapita", "Rp"],
  ["Rasio guru terhadap murid", "rasio"],
  ["Ketergantungan penduduk", "Rasio"],
  ["Indeks Pembangunan Manusia", "indeks"],
  ["Rata-rata lama sekolah", "tahun"],
  ["Lama sekolah penduduk", "rata-rata"],
  ["Usia Harapan Hidup", "tahun"],
  ["Prevalensi stunting", "%"],
  ["Prevalensi balita gizi kurang", "balita"],
  ["Laju pertumbuhan penduduk", "persen"],
  ["Nilai Tukar Petani", "poin"],
  ["Kepuasan pelanggan", "skor"],
];

// counts as the seed reports print them (Dinas Sosial LKjIP), slash alternatives among them
const COUNTS: [string, string][] = [
  ["Jumlah Orang yang Mendapatkan Alat Bantu Sesuai Kebutuhan Kewenangan Provinsi", "orang"],
  ["Jumlah Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Provinsi Yang Meningkat Kapasitasnya", "Orang"],
  ["Jumlah unit peralatan dan mesin lainnya yang di sediakan", "unit"],
  ["Jumlah Dokumen Perencanaan Perangkat Daerah", "Dokumen"],
  ["Jumlah dok hasil penyediaan administrasi pelaksanaan tugas ASN", "Dok"],
  ["Jumlah laporan penyediaan jasa surat menyurat", "laporan"],
  ["Jumlah paket peralatan rumah tangga yang disediakan", "paket"],
  ["Jumlah lembaga kesejahteraan sosial yang dilakukan pemantauan kewenangan provinsi", "lembaga"],
  ["Jumlah keluarga miskin penerima bantuan sosial gas", "keluarga"],
  ["Jumlah kab/kota yan dilakukan verifikasi data dan pemantauan penyaluran bantuan sosial", "Kab/Kota"],
  ["Jumlah KPM yang memperoleh bantuan sosial sembako", "KPM/keluarga"],
  ["Jumlah penerima bantuan sosial rumah tangga miskin", "KK/ JIWA"],
  ["Jumlah orang yang menerima gaji dan tunjangan ASN", "OB"],
  ["Jumlah penduduk miskin yang menerima bantuan", "jiwa"],
  ["Jumlah kegiatan sosialisasi", "kegiatan"],
  ["Jumlah Makam yang Terpenuhi Pemeliharannya pada Taman Makam Pahlawan Nasional Provinsi", "Makam"],
  ["Jumlah dokumen perencanaan yang tersusun", "Dokumen/tahun"],
  ["Jumlah pemantauan terhadap anggota Taruna Siaga Bencana (TAGANA)", "orang"],
];

describe("rate or count from the unit and the name", () => {
  test.each(RATES)("%s (%s) is a rate", (n, s) => {
    expect(isRateIndicator(of(n, s))).toBe(true);
  });
  test.each(COUNTS)("%s (%s) is a count", (n, s) => {
    expect(isRateIndicator(of(n, s))).toBe(false);
  });
});

const YEARS = [2020, 2021, 2022, 2023, 2024];

/**
 * A Renstra of the indicator under a consistent count (a one-row table whose row is all header words,
 * "1 | Jumlah kegiatan … | kegiatan", would be taken for a header row): its end-target findings.
 */
function renstra(indikator: string, satuan: string, targets: number[], akhir: number) {
  const sb = new SheetBuilder("Renstra");
  sb.row(["Target Kinerja Renstra Tahun 2020-2024"]);
  sb.blank();
  sb.row(["No", "Indikator Kinerja", "Satuan", ...YEARS.map((y) => `Target ${y}`), "Kondisi Akhir"]);
  sb.row([1, "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah", "laporan", 4, 4, 4, 4, 4, 20]);
  sb.row([2, indikator, satuan, ...targets, akhir]);
  const r = readWorkbook(workbook(sb.build()));
  expect(r.indicators).toHaveLength(2);
  return compute(r, { ...defaultSettings(), tahun: 2024 }).temuan.filter(
    (t) => t.kode === "TARGET_AKHIR_TIDAK_SESUAI",
  );
}

describe("the Renstra end target: the last year for a rate, the sum for a count", () => {
  const rising = [5.2, 5.3, 5.4, 5.5, 5.6];
  test.each(RATES)("%s (%s): the last target is the end target, nothing differs", (n, s) => {
    expect(renstra(n, s, rising, 5.6)).toEqual([]);
  });

  test.each(RATES)("%s (%s): an end target off the last year is found, against the last year", (n, s) => {
    const found = renstra(n, s, rising, 5.8);
    expect(found).toHaveLength(1);
    expect(found[0]!.pesan.id).toContain("seharusnya 5,6 = target tahun terakhir");
  });

  test.each(COUNTS)("%s (%s): the yearly counts add up to the end target", (n, s) => {
    expect(renstra(n, s, [10, 12, 12, 14, 16], 64)).toEqual([]);
  });

  test.each(COUNTS)("%s (%s): an end target off the sum is found, against the sum", (n, s) => {
    const found = renstra(n, s, [10, 12, 12, 14, 16], 70);
    expect(found).toHaveLength(1);
    expect(found[0]!.pesan.id).toContain("seharusnya 64 = jumlah target tahunan");
  });
});
