/** Why the Excel gateway stopped before writing (nothing of the plan was applied). */
export type ApplyStopKode =
  "SHEET_TERPROTEKSI" | "SHEET_TIDAK_ADA" | "RENCANA_TIDAK_VALID" | "WORKBOOK_TERPROTEKSI";

export class ExcelApplyError extends Error {
  readonly kode: ApplyStopKode;
  readonly sheet: string;
  readonly pesan: { id: string; en: string };

  constructor(kode: ApplyStopKode, sheet: string, pesan: { id: string; en: string }) {
    super(`${pesan.id} / ${pesan.en}`);
    this.name = "ExcelApplyError";
    this.kode = kode;
    this.sheet = sheet;
    this.pesan = pesan;
  }
}

export function protectedSheet(sheet: string): ExcelApplyError {
  return new ExcelApplyError("SHEET_TERPROTEKSI", sheet, {
    id: `Sheet "${sheet}" terproteksi; buka proteksinya lalu jalankan lagi. Tidak ada yang ditulis.`,
    en: `Sheet "${sheet}" is protected; unprotect it and run again. Nothing was written.`,
  });
}

export function missingSheet(sheet: string): ExcelApplyError {
  return new ExcelApplyError("SHEET_TIDAK_ADA", sheet, {
    id: `Sheet "${sheet}" tidak ditemukan (mungkin diganti nama atau dihapus). Jalankan lagi. Tidak ada yang ditulis.`,
    en: `Sheet "${sheet}" was not found (renamed or deleted?). Run again. Nothing was written.`,
  });
}

export function invalidPlan(sheet: string, detail: string): ExcelApplyError {
  return new ExcelApplyError("RENCANA_TIDAK_VALID", sheet, {
    id: `Rencana tulis tidak valid (${detail}). Tidak ada yang ditulis.`,
    en: `The write plan is invalid (${detail}). Nothing was written.`,
  });
}

/** Why a read stopped before reading the cells (nothing was changed). */
export class ExcelReadError extends Error {
  readonly kode: "BUKU_KERJA_TERLALU_BESAR";
  readonly pesan: { id: string; en: string };

  constructor(kode: "BUKU_KERJA_TERLALU_BESAR", pesan: { id: string; en: string }) {
    super(`${pesan.id} / ${pesan.en}`);
    this.name = "ExcelReadError";
    this.kode = kode;
    this.pesan = pesan;
  }
}

export function readTooBig(maxSyncs: number): ExcelReadError {
  return new ExcelReadError("BUKU_KERJA_TERLALU_BESAR", {
    id:
      `Buku kerja terlalu besar untuk dibaca dalam ${maxSyncs} permintaan ke Excel. ` +
      "Hapus isi yang tidak perlu di sel jauh dari tabel (rentang terpakai terlalu luas), atau pakai perintah capaian pada berkas .xlsx.",
    en:
      `The workbook is too large to read in ${maxSyncs} requests to Excel. ` +
      "Delete stray content far from the tables (the used range is too large), or use the capaian command on the .xlsx file.",
  });
}

export function workbookProtected(): ExcelApplyError {
  return new ExcelApplyError("WORKBOOK_TERPROTEKSI", "", {
    id: "Struktur buku kerja diproteksi, jadi lembar tidak dapat ditambah, dihapus, atau disembunyikan. Buka proteksinya (Tinjau › Proteksi Buku Kerja) lalu jalankan lagi. Tidak ada yang ditulis.",
    en: "The workbook structure is protected, so sheets cannot be added, deleted or hidden. Unprotect it (Review › Protect Workbook) and run again. Nothing was written.",
  });
}

/** Office error codes the add-in explains; any other code gets the general sentence. */
export type OfficeKode =
  | "InvalidArgument"
  | "ItemNotFound"
  | "AccessDenied"
  | "ItemAlreadyExists"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "InvalidOperationInCellEditMode"
  | "GeneralException";

const OFFICE_PESAN: Record<OfficeKode, { id: string; en: string }> = {
  InvalidArgument: {
    id: "Excel menolak salah satu perintah (argumen tidak valid).",
    en: "Excel refused one of the commands (invalid argument).",
  },
  ItemNotFound: {
    id: "Sesuatu yang dicari tidak ada lagi di buku kerja (lembar, nama, atau catatan mungkin baru diubah).",
    en: "Something the add-in looked for is no longer in the workbook (a sheet, name or note may have just changed).",
  },
  AccessDenied: {
    id: "Excel tidak mengizinkan perubahan ini (lembar atau buku kerja diproteksi, atau berkas hanya-baca).",
    en: "Excel does not allow this change (a protected sheet or workbook, or a read-only file).",
  },
  ItemAlreadyExists: {
    id: "Sesuatu dengan nama yang sama sudah ada (lembar, nama, atau bagan).",
    en: "Something with the same name already exists (a sheet, name or chart).",
  },
  RequestPayloadSizeLimitExceeded: {
    id: "Permintaan ke Excel terlalu besar.",
    en: "The request to Excel was too large.",
  },
  ResponsePayloadSizeLimitExceeded: {
    id: "Jawaban Excel terlalu besar.",
    en: "Excel's answer was too large.",
  },
  InvalidOperationInCellEditMode: {
    id: "Sebuah sel sedang disunting. Tekan Enter atau Esc di sel itu.",
    en: "A cell is being edited. Press Enter or Esc in that cell.",
  },
  GeneralException: {
    id: "Excel melaporkan kesalahan umum.",
    en: "Excel reported a general error.",
  },
};

const OTHER = {
  id: "Excel melaporkan kesalahan yang tidak dikenal.",
  en: "Excel reported an unknown error.",
};

/** The Office error's code (OfficeExtension.Error.code), "" when the error is not one. */
export function officeCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

/** What an Office error code means, in both languages; decided by the code, never by the message. */
export function officePesan(code: string): { id: string; en: string } {
  return Object.prototype.hasOwnProperty.call(OFFICE_PESAN, code) ? OFFICE_PESAN[code as OfficeKode] : OTHER;
}

/** A failure of Excel before anything was written (a read, or the look-up before a write). */
export class ExcelHostError extends Error {
  readonly kode: string;
  readonly pesan: { id: string; en: string };
  override readonly cause: unknown;

  constructor(cause: unknown, duringRead: boolean) {
    const code = officeCode(cause) || "Unknown";
    const what = officePesan(code);
    const pesan = {
      id: `${what.id} (${code}) ${duringRead ? "Buku kerja tidak terbaca" : "Tidak ada yang ditulis"}; coba lagi.`,
      en: `${what.en} (${code}) ${duringRead ? "The workbook was not read" : "Nothing was written"}; try again.`,
    };
    super(`${pesan.id} / ${pesan.en}`);
    this.name = "ExcelHostError";
    this.kode = code;
    this.pesan = pesan;
    this.cause = cause;
  }
}
