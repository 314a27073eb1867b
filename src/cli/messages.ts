/** Every sentence the command line prints, in Indonesian and English. */
export type Bahasa = "id" | "en";

export const USAGE: Record<Bahasa, string> = {
  id: `Capaian Kinerja: hitung capaian, predikat dan Tabel 3.x LKjIP dari buku kerja Excel.

Pemakaian:
  capaian hitung <berkas.xlsx | folder> [pilihan]
  capaian hapus <berkas.xlsx> [--keluar <berkas.xlsx>]
                         hapus semua yang pernah ditulis Capaian Kinerja (kolom, aturan, catatan,
                         sheet Tabel 3.x, nama); bawaan: <nama>.tanpa-capaian.xlsx di samping berkas

Pilihan:
  --tahun <tahun>        tahun pelaporan (bawaan: tahun terakhir yang ada realisasinya)
  --skala <skala>        lkjip4 | permendagri86 | <skala.json> (bawaan: lkjip4)
  --turun <rumus>        rumus indikator "makin kecil makin baik": cermin | rasio (bawaan: cermin)
  --tabel <daftar>       semua | 3.1,3.2,... (bawaan: semua)
  --keluar <tujuan>      berkas .xlsx atau folder hasil (bawaan: <nama>.capaian.xlsx di samping berkas)
  --json <laporan.json>  tulis laporan JSON (untuk folder: folder laporan)
  --docx <bab3.docx>     tulis Bab III (Tabel 3.x, draf narasi, lampiran temuan) sebagai dokumen Word
                         (untuk folder: folder dokumen, <nama>.bab3.docx)
  --tanpa-temuan         tanpa sheet Temuan (bawaan: sheet Temuan berisi setiap temuan dan tautan ke selnya)
  --polaritas <berkas.json>
                         polaritas per indikator, menggantikan tebakan: objek JSON yang kuncinya id
                         atau teks indikator (huruf besar/kecil dan spasi diabaikan) dan nilainya
                         naik | turun | rentang | huruf | indeks, mis. {"Angka kemiskinan": "turun"}
  --bahasa <id|en>       bahasa keluaran (bawaan: id)
  -h, --help             tampilkan bantuan ini

Berkas .xlsm juga dapat dihitung; salinannya tetap .xlsm, makro dan grafiknya utuh.
Berkas masukan tidak pernah diubah. Kode keluar: 0 selesai (temuan bukan kegagalan),
2 masukan tidak dapat dipakai, 1 kesalahan internal.`,
  en: `Capaian Kinerja: compute LKjIP capaian, predikat and Tabel 3.x from an Excel workbook.

Usage:
  capaian hitung <file.xlsx | folder> [options]
  capaian hapus <file.xlsx> [--keluar <file.xlsx>]
                         remove everything Capaian Kinerja wrote (columns, rules, notes, Tabel 3.x
                         sheets, names); default: <name>.tanpa-capaian.xlsx beside the file

Options:
  --tahun <year>         reporting year (default: the latest year with realisasi)
  --skala <scale>        lkjip4 | permendagri86 | <scale.json> (default: lkjip4)
  --turun <formula>      formula for "lower is better" indicators: cermin | rasio (default: cermin)
  --tabel <list>         semua | 3.1,3.2,... (default: semua = all)
  --keluar <target>      output .xlsx file or folder (default: <name>.capaian.xlsx beside the file)
  --json <report.json>   write a JSON report (for a folder: a folder of reports)
  --docx <bab3.docx>     write Bab III (Tabel 3.x, draft narrative, findings appendix) as a Word document
                         (for a folder: a folder of documents, <name>.bab3.docx)
  --tanpa-temuan         no Temuan sheet (default: a Temuan sheet listing every finding, linked to its cell)
  --polaritas <file.json>
                         polarity per indicator, replacing the guess: a JSON object whose keys are
                         indicator ids or texts (case and spaces ignored) and whose values are
                         naik | turun | rentang | huruf | indeks, e.g. {"Angka kemiskinan": "turun"}
  --bahasa <id|en>       output language (default: id)
  -h, --help             show this help

.xlsm files work too; their copy stays .xlsm, macros and charts intact.
Input files are never modified. Exit codes: 0 done (findings are not failures),
2 unusable input, 1 internal error.`,
};

type Args = Record<string, string | number>;

const M = {
  noCommand: {
    id: () => `Perintah tidak dikenal; gunakan "capaian hitung <berkas.xlsx>" (lihat capaian --help).`,
    en: () => `Unknown command; use "capaian hitung <file.xlsx>" (see capaian --help).`,
  },
  hapusNotFile: {
    id: (a: Args) => `"capaian hapus" bekerja pada satu berkas .xlsx/.xlsm, bukan folder: ${a.berkas}.`,
    en: (a: Args) => `"capaian hapus" works on one .xlsx/.xlsm file, not a folder: ${a.berkas}.`,
  },
  hapusKosong: {
    id: (a: Args) => `Tidak ada hasil Capaian Kinerja di ${a.berkas}; tidak ada yang ditulis.`,
    en: (a: Args) => `${a.berkas} holds no Capaian Kinerja output; nothing was written.`,
  },
  hapusSelesai: {
    id: (a: Args) =>
      `Dihapus dari ${a.berkas}: ${a.sheet} sheet, ${a.kolom} kolom, ${a.sel} sel dikembalikan, ${a.aturan} aturan format, ${a.catatan} catatan, ${a.nama} nama, dan sheet pengaturan add-in. Hasil: ${a.keluar}`,
    en: (a: Args) =>
      `Removed from ${a.berkas}: ${a.sheet} sheets, ${a.kolom} columns, ${a.sel} cells given back, ${a.aturan} format rules, ${a.catatan} notes, ${a.nama} names, and the add-in's settings sheet. Output: ${a.keluar}`,
  },
  noInput: {
    id: () => `Sebutkan berkas .xlsx atau folder yang akan dihitung (lihat capaian --help).`,
    en: () => `Name the .xlsx file or folder to process (see capaian --help).`,
  },
  unknownOption: {
    id: (a: Args) => `Pilihan tidak dikenal: ${a.opsi} (lihat capaian --help).`,
    en: (a: Args) => `Unknown option: ${a.opsi} (see capaian --help).`,
  },
  missingValue: {
    id: (a: Args) => `Pilihan ${a.opsi} memerlukan nilai.`,
    en: (a: Args) => `Option ${a.opsi} needs a value.`,
  },
  badTahun: {
    id: (a: Args) => `Tahun tidak sah: ${a.nilai} (contoh: --tahun 2024).`,
    en: (a: Args) => `Invalid year: ${a.nilai} (example: --tahun 2024).`,
  },
  badTurun: {
    id: (a: Args) => `Rumus --turun tidak dikenal: ${a.nilai} (pilih cermin atau rasio).`,
    en: (a: Args) => `Unknown --turun formula: ${a.nilai} (choose cermin or rasio).`,
  },
  badTabel: {
    id: (a: Args) => `Tabel tidak dikenal: ${a.nilai} (pilih semua atau daftar seperti 3.1,3.2).`,
    en: (a: Args) => `Unknown table: ${a.nilai} (choose semua or a list such as 3.1,3.2).`,
  },
  badBahasa: {
    id: (a: Args) => `Bahasa tidak dikenal: ${a.nilai} (pilih id atau en).`,
    en: (a: Args) => `Unknown language: ${a.nilai} (choose id or en).`,
  },
  badSkala: {
    id: (a: Args) => `Skala tidak dikenal: ${a.nilai} (pilih lkjip4, permendagri86 atau berkas skala .json).`,
    en: (a: Args) => `Unknown scale: ${a.nilai} (choose lkjip4, permendagri86 or a .json scale file).`,
  },
  badSkalaFile: {
    id: (a: Args) => `Berkas skala ${a.berkas} tidak sah: ${a.alasan}`,
    en: (a: Args) => `Scale file ${a.berkas} is invalid: ${a.alasan}`,
  },
  notFound: {
    id: (a: Args) => `Berkas atau folder tidak ditemukan: ${a.berkas}.`,
    en: (a: Args) => `File or folder not found: ${a.berkas}.`,
  },
  notXlsx: {
    id: (a: Args) =>
      `${a.berkas} bukan berkas .xlsx atau .xlsm; simpan buku kerja sebagai Excel Workbook (.xlsx).`,
    en: (a: Args) =>
      `${a.berkas} is not an .xlsx or .xlsm file; save the workbook as Excel Workbook (.xlsx).`,
  },
  emptyFolder: {
    id: (a: Args) => `Folder ${a.berkas} tidak berisi berkas .xlsx.`,
    en: (a: Args) => `Folder ${a.berkas} holds no .xlsx file.`,
  },
  emptyWorkbook: {
    id: (a: Args) => `${a.berkas}: buku kerja kosong, tidak ada data untuk dihitung.`,
    en: (a: Args) => `${a.berkas}: the workbook is empty, there is nothing to compute.`,
  },
  fileProblem: {
    id: (a: Args) => `${a.berkas}: ${a.pesan}`,
    en: (a: Args) => `${a.berkas}: ${a.pesan}`,
  },
  outputIsInput: {
    id: (a: Args) =>
      `Tujuan --keluar atau --json sama dengan berkas masukan (${a.berkas}); berkas masukan tidak pernah ditimpa.`,
    en: (a: Args) =>
      `The --keluar or --json target is the input file itself (${a.berkas}); input files are never overwritten.`,
  },
  keluarFileForFolder: {
    id: () => `Untuk sebuah folder, --keluar harus berupa folder, bukan berkas .xlsx.`,
    en: () => `For a folder, --keluar must be a folder, not an .xlsx file.`,
  },
  jsonFileForFolder: {
    id: () => `Untuk sebuah folder, --json harus berupa folder, bukan berkas .json.`,
    en: () => `For a folder, --json must be a folder, not a .json file.`,
  },
  docxFileForFolder: {
    id: () => `Untuk sebuah folder, --docx harus berupa folder, bukan berkas .docx.`,
    en: () => `For a folder, --docx must be a folder, not a .docx file.`,
  },
  noTableBlocks: {
    id: (a: Args) =>
      `tidak ada tabel kinerja; ${a.jumlah} blok tidak dipahami: ${a.blok}; nyatakan tabelnya dengan "Nyatakan sebagai tabel" di panel Capaian Kinerja di Excel, lalu jalankan lagi.`,
    en: (a: Args) =>
      `no performance table; ${a.jumlah} ${a.jumlah === 1 ? "block" : "blocks"} not understood: ${a.blok}; declare the table with "Declare as table" in the Capaian Kinerja pane in Excel, then run again.`,
  },
  badPolaritasFile: {
    id: (a: Args) => `Berkas polaritas ${a.berkas} tidak sah: ${a.alasan}`,
    en: (a: Args) => `Polarity file ${a.berkas} is invalid: ${a.alasan}`,
  },
  polaritasNotObject: {
    id: () => `isinya harus objek JSON, mis. {"Angka kemiskinan": "turun"}.`,
    en: () => `it must hold a JSON object, e.g. {"Angka kemiskinan": "turun"}.`,
  },
  badPolaritasValue: {
    id: (a: Args) =>
      `Polaritas ${a.nilai} untuk "${a.kunci}" di ${a.berkas} tidak dikenal (pilih naik, turun, rentang, huruf atau indeks).`,
    en: (a: Args) =>
      `Polarity ${a.nilai} for "${a.kunci}" in ${a.berkas} is unknown (choose naik, turun, rentang, huruf or indeks).`,
  },
  unknownPolaritasKey: {
    id: (a: Args) =>
      `${a.berkas}: tidak ada indikator "${a.kunci}" untuk --polaritas (sebutkan id atau teks indikatornya).`,
    en: (a: Args) => `${a.berkas}: no indicator "${a.kunci}" for --polaritas (give its id or its text).`,
  },
  internal: {
    id: (a: Args) => `Kesalahan internal: ${a.pesan}. Laporkan kepada pengembang beserta berkasnya.`,
    en: (a: Args) => `Internal error: ${a.pesan}. Please report it to the developers with the file.`,
  },
} as const;

export type MessageKey = keyof typeof M;

export function msg(key: MessageKey, bahasa: Bahasa, args: Args = {}): string {
  return M[key][bahasa](args);
}

/** Words of the summary. */
export const WORDS = {
  id: {
    tahun: "Tahun",
    skala: "skala",
    sheet: "Sheet terbaca",
    indikator: "Indikator dihitung",
    dari: "dari",
    tanpaTarget: (tahun: number) => `tanpa target ${tahun}`,
    tanpaRealisasi: "belum ada realisasi",
    tidakTerbaca: "nilai tidak terbaca",
    predikat: "Predikat",
    tanpaPredikat: "tanpa predikat",
    temuan: "Temuan",
    galat: "galat",
    peringatan: "peringatan",
    info: "info",
    tabel: "Tabel ditulis",
    tabelDilewati: "Tabel tidak ditulis",
    tabelDilewatiN: (n: number) => `${n} tabel tidak ditulis`,
    tanpaCapaian: (n: number, tahun: number) => `0 dari ${n} indikator dihitung untuk tahun ${tahun}`,
    tidakAda: "tidak ada",
    dilewati: "Dilewati",
    hasil: "Hasil",
    laporan: "Laporan JSON",
    babTiga: "Bab III (Word)",
    ringkasan: "Ringkasan",
    berhasil: "selesai",
    gagal: "tidak diproses",
    tidakDipahami: "Tidak dipahami",
    blokTidakDipahami: (n: number) => `${n} blok tidak dipahami`,
    lainnya: (n: number) => `dan ${n} lainnya`,
    alasanTakTerbaca: {
      TANPA_JUDUL_KOLOM: "tanpa baris judul kolom",
      BUKAN_TABEL_KINERJA: "bukan tabel kinerja",
      TANPA_BARIS: "tabel tanpa baris indikator",
      TAHUN_PER_BARIS: "tahun per baris",
      DIPISAH_DARI_TABEL: "dipisah dari tabel di atasnya, bukan tabel kinerja",
    },
  },
  en: {
    tahun: "Year",
    skala: "scale",
    sheet: "Sheets read",
    indikator: "Indicators computed",
    dari: "of",
    tanpaTarget: (tahun: number) => `without a ${tahun} target`,
    tanpaRealisasi: "without realisasi yet",
    tidakTerbaca: "with a value not readable",
    predikat: "Predikat",
    tanpaPredikat: "no predikat",
    temuan: "Findings",
    galat: "errors",
    peringatan: "warnings",
    info: "info",
    tabel: "Tables written",
    tabelDilewati: "Tables not written",
    tabelDilewatiN: (n: number) => `${n} ${n === 1 ? "table" : "tables"} not written`,
    tanpaCapaian: (n: number, tahun: number) => `0 of ${n} indicators computed for ${tahun}`,
    tidakAda: "none",
    dilewati: "Skipped",
    hasil: "Output",
    laporan: "JSON report",
    babTiga: "Bab III (Word)",
    ringkasan: "Summary",
    berhasil: "done",
    gagal: "not processed",
    tidakDipahami: "Not understood",
    blokTidakDipahami: (n: number) => `${n} ${n === 1 ? "block" : "blocks"} not understood`,
    lainnya: (n: number) => `and ${n} more`,
    alasanTakTerbaca: {
      TANPA_JUDUL_KOLOM: "no column header row",
      BUKAN_TABEL_KINERJA: "not a performance table",
      TANPA_BARIS: "a table without indicator rows",
      TAHUN_PER_BARIS: "the year in a column of the rows",
      DIPISAH_DARI_TABEL: "split off the table above, not a performance table",
    },
  },
} as const;
