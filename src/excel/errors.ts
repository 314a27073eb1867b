/** Why the Excel gateway stopped before writing (nothing of the plan was applied). */
export type ApplyStopKode = "SHEET_TERPROTEKSI" | "SHEET_TIDAK_ADA" | "RENCANA_TIDAK_VALID";

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
