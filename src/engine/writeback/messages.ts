/** Refusal messages: what is in the way and what the user can do about it, in both languages. */
import type { GrafikDilewati, Refusal } from "../plan";
import { angkaId } from "../tables/format";
import { MAX_COLS, MAX_ROWS } from "./limits";

function show(v: unknown): string {
  const text = String(v);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

export function selBerisiData(sheet: string, cell: string, value: unknown): Refusal {
  return {
    kode: "SEL_BERISI_DATA_PENGGUNA",
    sheet,
    cell,
    pesan: {
      id: `Sel ${sheet}!${cell} sudah berisi data Anda ("${show(value)}"). Capaian Kinerja tidak menimpa data pengguna: kosongkan atau pindahkan isi sel itu, lalu jalankan lagi.`,
      en: `Cell ${sheet}!${cell} already holds your data ("${show(value)}"). Capaian Kinerja never overwrites user data: clear or move that cell's content, then run again.`,
    },
  };
}

export function sheetTerproteksi(sheet: string): Refusal {
  return {
    kode: "SHEET_TERPROTEKSI",
    sheet,
    pesan: {
      id: `Sheet "${sheet}" diproteksi, jadi Capaian Kinerja tidak dapat menulis di sana. Buka proteksinya (Tinjau › Buka Proteksi Sheet), lalu jalankan lagi.`,
      en: `Sheet "${sheet}" is protected, so Capaian Kinerja cannot write there. Unprotect it (Review › Unprotect Sheet), then run again.`,
    },
  };
}

export function namaSheetDipakai(sheet: string): Refusal {
  return {
    kode: "NAMA_SHEET_DIPAKAI",
    sheet,
    pesan: {
      id: `Sudah ada sheet bernama "${sheet}" yang berisi data Anda, padahal Capaian Kinerja menulis tabelnya ke sheet dengan nama itu. Ganti nama sheet Anda (atau hapus bila tidak diperlukan), lalu jalankan lagi.`,
      en: `A sheet named "${sheet}" already holds your data, and Capaian Kinerja writes its table to a sheet of that name. Rename your sheet (or delete it if it is not needed), then run again.`,
    },
  };
}

export function batasExcel(sheet: string, cell: string): Refusal {
  return {
    kode: "BATAS_EXCEL",
    sheet,
    cell,
    pesan: {
      id: `Tulisan di sheet "${sheet}" akan melewati batas Excel (${angkaId(MAX_COLS)} kolom, ${angkaId(MAX_ROWS)} baris) di ${cell}. Pindahkan tabel lebih ke kiri atau ke atas, atau hapus kolom kosong di kanannya, lalu jalankan lagi.`,
      en: `Writing on sheet "${sheet}" would pass Excel's limits (${MAX_COLS} columns, ${MAX_ROWS} rows) at ${cell}. Move the table further left or up, or delete unused columns to its right, then run again.`,
    },
  };
}

/** No performance table: the one message of TIDAK_ADA_TABEL, whether the pipeline or the planner finds it. */
export function tidakAdaTabel(): Refusal {
  return {
    kode: "TIDAK_ADA_TABEL",
    sheet: "",
    pesan: {
      id: "Tidak ditemukan tabel kinerja (Target dan Realisasi per indikator) di buku kerja ini. Salin Tabel PK atau tabel realisasi ke sebuah sheet dengan baris judul kolom (Sasaran, Indikator, Target, Realisasi), atau nyatakan tabelnya di panel (Ringkasan › Tidak dipahami), lalu jalankan lagi.",
      en: "No performance table (Target and Realisasi per indicator) was found in this workbook. Copy the PK or realisasi table into a sheet with a header row (Sasaran, Indikator, Target, Realisasi), or declare the table in the pane (Summary › Not understood), then run again.",
    },
  };
}

/** Deleting the add-in's sheets would leave the workbook without a visible sheet, which Excel does not allow. */
export function tanpaSheetTerlihat(): Refusal {
  return {
    kode: "TANPA_SHEET_TERLIHAT",
    sheet: "",
    pesan: {
      id: "Menghapus sheet Capaian Kinerja akan meninggalkan buku kerja tanpa sheet yang terlihat. Tampilkan salah satu sheet Anda (klik kanan tab › Tampilkan), lalu hapus hasil lagi.",
      en: "Deleting the Capaian Kinerja sheets would leave the workbook without a visible sheet. Unhide one of your sheets (right-click a tab › Unhide), then remove the results again.",
    },
  };
}

/** "Hapus hasil" with a state sheet that cannot be read: what the add-in wrote is unknown, so nothing is removed. */
export function stateRusak(): Refusal {
  return {
    kode: "STATE_RUSAK",
    sheet: "_CapaianKinerja",
    pesan: {
      id: 'Catatan add-in di sheet tersembunyi "_CapaianKinerja" rusak, jadi Capaian Kinerja tidak tahu pasti apa yang pernah ditulisnya. Tidak ada yang dihapus. Jalankan Hitung Capaian sekali (catatannya ditulis ulang), lalu hapus hasil lagi.',
      en: 'The add-in\'s record in the hidden sheet "_CapaianKinerja" is damaged, so Capaian Kinerja cannot tell what it wrote. Nothing was removed. Run Hitung Capaian once (the record is written again), then remove the results again.',
    },
  };
}

/**
 * A whole number as toLocaleString("en-US") writes it ("10,000"), without loading the locale's number
 * data: that first call was 30 ms of a 10,000-row run's plan. Anything else goes to toLocaleString.
 */
export function ribuanEn(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return n.toLocaleString("en-US");
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A chart left out of a written table: too many categories to read on the printed page. */
export function grafikTerlaluPadat(
  nomor: string,
  judul: string,
  kategori: number,
  batas: number,
): GrafikDilewati {
  return {
    nomor,
    kode: "GRAFIK_TERLALU_PADAT",
    kategori,
    batas,
    pesan: {
      id: `Grafik "${judul}" di Tabel ${nomor} tidak digambar: ${angkaId(kategori, 0)} kategori tidak terbaca pada satu halaman cetak (paling banyak ${batas}). Tabelnya tetap ditulis lengkap.`,
      en: `The chart "${judul}" of Tabel ${nomor} was not drawn: ${ribuanEn(kategori)} categories cannot be read on one printed page (at most ${batas}). The table itself is written in full.`,
    },
  };
}
