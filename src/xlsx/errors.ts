/**
 * Why a file cannot be read at all, as a code. Callers decide by the code (the command line turns
 * every one into exit code 2 with its sentence); the sentence is data, never matched.
 */
import type { Pesan } from "../engine/model";

export type KodeBerkas =
  /** not a zip, or a zip that holds no spreadsheet package */
  | "BUKAN_XLSX"
  /** an OLE compound file (a password-protected workbook or a legacy .xls), or an encrypted zip entry */
  | "TERENKRIPSI"
  /** the zip's directory or an entry's data is damaged: cut off, overwritten, a wrong checksum */
  | "ZIP_RUSAK"
  /** zip64 or a compression method other than stored/deflate, which no .xlsx below 4 GB needs */
  | "ZIP_TAK_DIDUKUNG"
  /** a part the package names (the workbook, its relationships) is not in the zip */
  | "BAGIAN_HILANG"
  /** a part is there but cannot be read (a cell reference that is no reference) */
  | "BAGIAN_RUSAK";

function pesanOf(kode: KodeBerkas, part: string | undefined): Pesan {
  const di = part ? ` (${part})` : "";
  switch (kode) {
    case "BUKAN_XLSX":
      return {
        id: "Berkas ini bukan buku kerja Excel (.xlsx).",
        en: "This file is not an Excel workbook (.xlsx).",
      };
    case "TERENKRIPSI":
      return {
        id: "Berkas ini dilindungi kata sandi atau berformat .xls lama; buka di Excel, hapus kata sandinya dan simpan sebagai .xlsx.",
        en: "This file is password-protected or an old .xls; open it in Excel, remove the password and save it as .xlsx.",
      };
    case "ZIP_RUSAK":
      return {
        id: "Berkas .xlsx ini rusak dan tidak dapat dibaca.",
        en: "This .xlsx file is damaged and cannot be read.",
      };
    case "ZIP_TAK_DIDUKUNG":
      return {
        id: "Berkas ini dikemas dengan cara yang tidak didukung (zip64 atau kompresi lain); buka di Excel lalu simpan ulang sebagai .xlsx.",
        en: "This file is packed in a way that is not supported (zip64 or another compression); open it in Excel and save it again as .xlsx.",
      };
    case "BAGIAN_HILANG":
      return {
        id: `Berkas .xlsx ini tidak lengkap: satu bagiannya tidak ada${di}; buka di Excel lalu simpan ulang.`,
        en: `This .xlsx file is incomplete: one of its parts is missing${di}; open it in Excel and save it again.`,
      };
    case "BAGIAN_RUSAK":
      return {
        id: `Satu bagian berkas .xlsx ini rusak${di}; buka di Excel lalu simpan ulang.`,
        en: `A part of this .xlsx file is damaged${di}; open it in Excel and save it again.`,
      };
  }
}

export class XlsxInputError extends Error {
  readonly kode: KodeBerkas;
  /** the sentence for the user, by code */
  readonly pesan: Pesan;

  /** `detail` says what exactly was found, for the technical report; it is never read by code. */
  constructor(kode: KodeBerkas, detail: string, part?: string) {
    const pesan = pesanOf(kode, part);
    super(`${kode}: ${detail}`);
    this.name = "XlsxInputError";
    this.kode = kode;
    this.pesan = pesan;
  }
}

export function isXlsxInputError(e: unknown): e is XlsxInputError {
  return e instanceof XlsxInputError;
}
