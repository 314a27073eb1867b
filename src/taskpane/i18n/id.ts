/** Every string the pane shows, in Indonesian (the default language). en.ts mirrors this shape. */
import type { Refusal } from "../../engine/plan";

export const id = {
  appTitle: "Capaian Kinerja",
  appSubtitle: "Capaian, predikat dan Tabel 3.x LKjIP dari lembar kerja ini",
  loadingPane: "Memuat…",
  loadFailed: "Panel tidak dapat dimuat. Tutup panel lalu buka lagi.",
  loadingWorkbook: "Membaca buku kerja…",
  notInExcel:
    "Capaian Kinerja berjalan di Microsoft Excel. Buka buku kerja LKjIP di Excel (desktop, Mac atau web), lalu pilih Beranda › Hitung Capaian.",

  summaryTitle: "Ringkasan",
  summaryEmpty:
    "Belum ada tabel yang dikenali. Pastikan lembar kerja memuat tabel PK atau realisasi dengan baris judul.",
  summaryTablesCaption: "Tabel yang ditemukan",
  colKind: "Jenis",
  colSheet: "Lembar",
  colRange: "Rentang",
  colConfidence: "Keyakinan",
  indicatorsRead: (n: number) => `${n} indikator terbaca`,
  yearsRead: (years: string) => `Tahun: ${years}`,
  uncertainTitle: "Perlu diperiksa",
  uncertainHelp:
    "Kolom dan jenis tabel di bawah ini ditebak dengan keyakinan rendah. Perbaiki bila salah; perbaikan dipakai dan disimpan saat Hitung Capaian.",
  tableKindLabel: (sheet: string, range: string) => `Jenis tabel ${sheet}!${range}`,
  columnRoleLabel: (header: string, col: string) => `Peran kolom ${col} "${header}"`,
  unmatchedTitle: "Pencocokan antar tabel yang lemah",
  overridesPending: (n: number) => `${n} perbaikan akan dipakai pada perhitungan berikutnya.`,

  takTerbacaTitle: "Tidak dipahami",
  takTerbacaHelp:
    "Blok ini berisi angka di samping teks, tetapi tidak terbaca sebagai tabel kinerja. Pilih untuk melihatnya di lembar kerja, atau nyatakan sebagai tabel.",
  takTerbacaSelect: (where: string) => `Pilih ${where} di lembar kerja`,
  declareTitle: "Nyatakan sebagai tabel",
  declareFormLabel: (where: string) => `Nyatakan ${where} sebagai tabel`,
  declareSelectionTitle: "Nyatakan pilihan sebagai tabel",
  declareSelectionHelp:
    "Ada tabel yang tidak ditemukan? Pilih bloknya di lembar kerja, baris judul ikut, lalu ambil pilihannya di sini.",
  declareUseSelection: "Ambil pilihan",
  declareNoBlock: "Pilihan di lembar kerja bukan satu blok sel; pilih satu blok, lalu ambil lagi.",
  declareTarget: (where: string) => `Blok: ${where}`,
  declareKindLabel: "Jenis tabel",
  declareHeaderRowsLabel: "Baris judul",
  declareHeaderRowsHint: "jumlah baris judul di atas baris data",
  declareInvalidRange: (range: string) => `${range} bukan satu blok sel; pilih blok seperti A5:H20.`,
  declareTooFewRows: (n: number) =>
    `Blok ini perlu lebih dari ${n} baris: ${n} baris judul dan paling sedikit satu baris data.`,
  declaredTitle: "Dinyatakan sebagai tabel",
  declaredHelp:
    "Tabel ini sudah dibaca; perbaiki peran kolomnya di atas. Pernyataan disimpan di buku kerja saat Hitung Capaian.",
  declaredItem: (where: string, kind: string, n: number) => `${where}: ${kind}, ${n} baris judul`,
  declaredRemove: "Batalkan",

  settingsTitle: "Pengaturan",
  tahunLabel: "Tahun laporan",
  tahunAuto: "Otomatis (tahun terakhir yang ada realisasinya)",
  /** Otomatis with the year it stands for now, so the dropdown and the status agree */
  tahunAutoYear: (tahun: number) => `Otomatis (${tahun})`,
  polaritasTitle: "Polaritas indikator yang ditebak",
  polaritasHelp: "Arah indikator ini ditebak dari kata-katanya. Ubah bila salah.",
  polaritasNone: "Tidak ada polaritas yang ditebak.",
  agregasiDefaultLabel: "Triwulan → tahun, bila satuan dan kata indikator tidak menentukan",
  choicesTitle: (n: number) => `Polaritas dan triwulan per indikator (${n})`,
  choicesHelp:
    "Polaritas indikator mana pun dapat diubah. Bagi indikator yang dilaporkan per triwulan, pilih juga cara triwulan menjadi nilai setahun. Pilihan dipakai dan disimpan di buku kerja pada perhitungan berikutnya.",
  polaritasLabel: "Polaritas",
  agregasiLabel: "Triwulan → tahun",
  agregasi: {
    kumulatif: "Kumulatif: triwulan dijumlahkan",
    akhir: "Akhir: triwulan terakhir yang dilaporkan",
    "rata-rata": "Rata-rata triwulan",
    rasio: "Rasio: jumlah realisasi ÷ jumlah target",
  },
  agregasiNotUsed: "Lembar sudah memuat nilai setahun; triwulan tidak dipakai untuk capaian.",
  choiceNextRun: "Dipakai pada perhitungan berikutnya.",
  choicesPending: (n: number) =>
    `${n} perubahan polaritas atau triwulan akan dipakai pada perhitungan berikutnya.`,
  scaleLabel: "Skala predikat",
  scaleCustom: "Kustom",
  bandsCaption: "Rentang predikat (persen capaian), dari yang terbaik",
  bandLabel: "Predikat",
  bandLabelEmpty: "Isi nama predikat",
  bandFrom: "Dari",
  bandTo: "Sampai",
  bandToHint: "kosong = tak terbatas",
  bandFromInclusive: "termasuk batas bawah",
  bandToInclusive: "termasuk batas atas",
  bandRemove: (label: string) => `Hapus rentang ${label}`,
  bandAdd: "Tambah rentang",
  bandNumberInvalid: "Isi dengan angka, mis. 75 atau 90,5",
  scaleInvalid: "Skala belum benar",
  scaleValid: "Skala benar",
  turunLabel: "Rumus indikator turun (makin kecil makin baik)",
  turunCermin: "(2T − R) / T × 100, tidak kurang dari 0",
  turunRasio: "T / R × 100",
  efisiensiLabel: "Konvensi efisiensi",
  efisiensiSelisih: "Capaian − serapan",
  efisiensiSisa: "100 − serapan bila target tercapai",
  efisiensiRasio: "Capaian ÷ serapan",
  desimalLabel: "Jumlah desimal",
  kertasLabel: "Kertas sheet Tabel 3.x",
  lembarTemuanLabel: "Tulis sheet Temuan (setiap temuan satu baris, dengan tautan ke selnya)",

  runButton: "Hitung Capaian",
  runDisabledScale: "Perbaiki skala predikat dulu.",
  runBusy: "Sedang menghitung…",
  steps: {
    baca: "Membaca buku kerja",
    petakan: "Memetakan tabel",
    hitung: "Menghitung capaian",
    rencana: "Menyusun perubahan",
    tulis: "Menulis ke lembar kerja",
  },
  stepOf: (i: number, n: number, label: string) => `Langkah ${i} dari ${n}: ${label}…`,
  runDone: (n: number, total: number, tahun: number) =>
    n === total
      ? `Selesai: ${n} indikator tahun ${tahun} dihitung.`
      : `Selesai: ${n} dari ${total} indikator tahun ${tahun} dihitung; ${total - n} lainnya tanpa capaian tahun ini.`,

  resultsTitle: "Hasil",
  predikatCountsCaption: "Jumlah indikator per predikat",
  noPredikat: "Tanpa predikat",
  sasaranCaption: "Rata-rata capaian per sasaran",
  colSasaran: "Sasaran",
  colCapaian: "Capaian",
  colPredikat: "Predikat",
  colJumlah: "Jumlah",
  opdLine: (capaian: string, predikat: string) => `Capaian OPD: ${capaian} (${predikat})`,
  findingsTitle: "Temuan",
  findingsNone: "Tidak ada temuan.",
  tingkat: { galat: "Galat", peringatan: "Peringatan", info: "Informasi" },
  findingGo: (where: string) => `Buka sel ${where}`,
  showMore: (n: number) => `Tampilkan ${n} lagi`,
  skipped: "Tidak dapat dilakukan di Excel ini",

  hapusTitle: "Hapus hasil",
  hapusHint:
    "Menghapus semua yang ditulis Capaian Kinerja di buku kerja ini: kolom Capaian/Predikat, format bersyarat dan catatannya, sheet Tabel 3.x, nama, dan sheet pengaturannya. Data dan catatan Anda sendiri tidak disentuh.",
  hapusButton: "Hapus hasil…",
  hapusConfirm: "Hapus semua hasil Capaian Kinerja dari buku kerja ini?",
  hapusYes: "Ya, hapus",
  hapusNo: "Batal",
  hapusBusy: "Menghapus…",
  babTigaTitle: "Bab III (Word)",
  babTigaHint:
    "Draf Bab III dari hasil hitung terakhir: Tabel 3.x, narasi di bawah tiap tabel, dan temuan sebagai lampiran. Teks dalam [ … ] diisi penyusun.",
  babTigaUnduh: "Unduh Bab III (.docx)",
  babTigaMenyusun: "Menyusun dokumen…",
  babTigaSalinSemua: "Salin semua tabel untuk Word",
  babTigaSalinTabel: (nomor: string) => `Salin Tabel ${nomor} untuk Word`,
  babTigaSalinNarasi: (nomor: string) => `Salin narasi Tabel ${nomor}`,
  babTigaDaftar: "Tabel dan narasinya",
  babTigaTanpaTabel: "Tidak ada Tabel 3.x dengan data untuk tahun ini; dokumen hanya memuat lampiran temuan.",
  babTigaDiunduh: (nama: string) =>
    `"${nama}" dikirim sebagai unduhan. Tidak muncul di folder Unduhan? Excel untuk Mac tidak mengizinkan unduhan dari panel: gunakan "Salin tabel untuk Word" dan "Salin narasi", lalu tempel di Word.`,
  babTigaDisimpan: (nama: string) => `Bab III disimpan sebagai "${nama}".`,
  babTigaUnduhGagal:
    'Aplikasi ini tidak mengizinkan unduhan dari panel. Gunakan "Salin tabel untuk Word" dan "Salin narasi", lalu tempel di Word.',
  babTigaSusunGagal: (detail: string) =>
    `Dokumen Bab III tidak dapat disusun (${detail}). Salin tabel dan narasi untuk Word sebagai gantinya, atau buat .docx dengan perintah "capaian hitung … --docx".`,
  babTigaTabelDisalin: (apa: string) =>
    `${apa} disalin. Tempel di Word (Ctrl+V, di Mac ⌘V): tabel tetap bergaris dan berformat.`,
  babTigaSemuaTabel: "Semua tabel",
  babTigaNamaTabel: (nomor: string) => `Tabel ${nomor}`,
  babTigaNarasiDisalin: (nomor: string) => `Narasi Tabel ${nomor} disalin sebagai teks biasa.`,
  babTigaSalinGagal:
    "Papan klip tidak dapat diisi dari panel ini. Pilih isi di bawah lalu tekan Ctrl+C (di Mac ⌘C), atau unduh Bab III (.docx).",
  babTigaManual: "Isi untuk disalin manual",
  babTigaTutup: "Tutup",
  hapusNothing: "Buku kerja ini tidak memuat hasil Capaian Kinerja; tidak ada yang diubah.",
  hapusDone: (r: {
    sheet: number;
    kolom: number;
    sel: number;
    aturan: number;
    catatan: number;
    nama: number;
  }) =>
    `Selesai dihapus: ${r.sheet} sheet, ${r.kolom} kolom, ${r.sel} sel dikembalikan, ${r.aturan} aturan format, ${r.catatan} catatan, ${r.nama} nama, dan sheet pengaturan add-in.`,
  insertTitle: "Sisipkan Tabel 3.x",
  insertButton: "Sisipkan Tabel 3.x",
  insertNone: "Pilih minimal satu tabel.",
  insertDone: "Tabel disisipkan:",
  insertSkipped: "Tidak ditulis (tanpa data tahun ini):",
  skippedItem: (nomor: string, alasan: string) => `Tabel ${nomor}: ${alasan}`,
  tableNames: {
    "3.1": "Tabel 3.1 Pengukuran kinerja",
    "3.2": "Tabel 3.2 Perbandingan antar tahun",
    "3.3": "Tabel 3.3 Perbandingan dengan Renstra",
    "3.4": "Tabel 3.4 Perbandingan dengan standar nasional",
    "3.5": "Tabel 3.5 Efisiensi sumber daya",
    "3.6": "Tabel 3.6 Realisasi anggaran",
  },
  placedAt: (where: string) => `di ${where}`,

  refusedTitle: "Tidak ada yang ditulis",
  /** why a run wrote nothing, one sentence per refusal code */
  refusedBecause: {
    SEL_BERISI_DATA_PENGGUNA:
      "Sel berisi data Anda berada di tempat yang akan ditulis. Kosongkan atau pindahkan isinya, lalu coba lagi.",
    SHEET_TERPROTEKSI: "Lembar yang akan ditulis diproteksi. Buka proteksinya, lalu coba lagi.",
    NAMA_SHEET_DIPAKAI: "Nama lembar Tabel 3.x sudah dipakai lembar Anda. Ganti namanya, lalu coba lagi.",
    BATAS_EXCEL: "Tulisan akan melewati baris atau kolom terakhir Excel. Pindahkan tabelnya, lalu coba lagi.",
    TIDAK_ADA_TABEL:
      "Tidak ada tabel kinerja (Target dan Realisasi per indikator) yang terbaca. Nyatakan tabelnya di Ringkasan › Tidak dipahami, atau salin tabel PK atau realisasi ke sebuah lembar.",
    TAHUN_TIDAK_ADA: "Tahun pelaporan yang dipilih tidak ada di buku kerja. Pilih tahun lain di Pengaturan.",
    WORKBOOK_TERPROTEKSI:
      "Struktur buku kerja diproteksi, jadi lembar tidak dapat ditambah atau disembunyikan. Buka proteksinya (Tinjau › Proteksi Buku Kerja), lalu coba lagi.",
    SHEET_TIDAK_ADA: "Lembar yang akan ditulis tidak ditemukan (diganti nama atau dihapus?). Jalankan lagi.",
    TANPA_SHEET_TERLIHAT: "Menghapus sheet add-in akan meninggalkan buku kerja tanpa sheet yang terlihat.",
    STATE_RUSAK: "Catatan add-in di sheet _CapaianKinerja rusak; tidak ada yang dihapus.",
  } satisfies Record<Refusal["kode"], string>,
  errorTitle: "Terjadi kesalahan",
  errorBody:
    "Tidak ada yang diubah. Simpan buku kerja, tutup panel ini lalu buka lagi. Bila masih gagal, kirim detail teknis di bawah ke admin.",
  errorReadBody:
    "Buku kerja tidak dapat dibaca. Pastikan tidak ada sel yang sedang disunting (tekan Enter atau Esc), lalu coba lagi.",
  errorDetails: "Detail teknis",
  retry: "Coba lagi",
  dismiss: "Tutup",

  kinds: {
    pk: "Perjanjian Kinerja",
    realisasi: "Realisasi",
    renstra: "Renstra",
    iku: "IKU",
    anggaran: "Anggaran",
    history: "Capaian tahun lalu",
    nasional: "Standar nasional",
    akip: "Nilai AKIP",
  },
  roles: {
    no: "No",
    kode: "Kode",
    tujuan: "Tujuan",
    sasaran: "Sasaran",
    indikator: "Indikator",
    satuan: "Satuan",
    polaritas: "Polaritas",
    target: "Target",
    realisasi: "Realisasi",
    capaian: "Capaian",
    predikat: "Predikat",
    formula: "Formula",
    sumberData: "Sumber data",
    penanggungJawab: "Penanggung jawab",
    baseline: "Kondisi awal",
    renstraTarget: "Target Renstra",
    renstraRealisasi: "Realisasi Renstra",
    renstraKumulatif: "Realisasi Renstra s.d. tahun",
    capaianRenstra: "Tingkat capaian Renstra (tercetak)",
    targetAkhir: "Target akhir",
    targetNasional: "Target nasional",
    program: "Program",
    kegiatan: "Kegiatan",
    subkegiatan: "Sub kegiatan",
    nama: "Nama",
    pagu: "Pagu",
    realisasiAnggaran: "Realisasi anggaran",
    paguRenstra: "Pagu Renstra",
    realisasiAnggaranRenstra: "Realisasi anggaran Renstra s.d. tahun",
    serapan: "Serapan",
    sisa: "Sisa",
    keterangan: "Keterangan",
    abaikan: "Abaikan kolom ini",
  },
  polaritas: {
    naik: "Naik (makin besar makin baik)",
    turun: "Turun (makin kecil makin baik)",
    rentang: "Rentang (target a–b)",
    huruf: "Huruf (AA…D)",
    indeks: "Indeks 0–100",
  },
};

export type Strings = typeof id;
