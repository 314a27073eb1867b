/** Why the package adapter refused a plan before changing anything; the gateway passes these on as Refusals. */
import type { Refusal } from "../../engine/plan";
import { ApplyRefusedError } from "../../pipeline/gateway";

/** An ApplyRefusedError, so runCapaian returns these refusals like the plan's own. */
export class OoxmlRefusalError extends ApplyRefusedError {
  constructor(refusals: Refusal[]) {
    super(refusals);
    this.name = "OoxmlRefusalError";
  }
}

export function protectedSheetRefusal(sheet: string): Refusal {
  return {
    kode: "SHEET_TERPROTEKSI",
    sheet,
    pesan: {
      id: `Sheet "${sheet}" diproteksi; buka proteksinya (Tinjau > Buka Proteksi Sheet) lalu jalankan lagi.`,
      en: `Sheet "${sheet}" is protected; unprotect it (Review > Unprotect Sheet) and run again.`,
    },
  };
}

export function protectedWorkbookRefusal(sheet: string): Refusal {
  return {
    kode: "SHEET_TERPROTEKSI",
    sheet,
    pesan: {
      id: `Struktur buku kerja diproteksi, jadi sheet "${sheet}" tidak dapat ditambahkan, disembunyikan, atau dihapus; buka proteksi buku kerja lalu jalankan lagi.`,
      en: `The workbook structure is protected, so sheet "${sheet}" cannot be added, hidden or deleted; unprotect the workbook and run again.`,
    },
  };
}

export function userDataRefusal(sheet: string, cell: string): Refusal {
  return {
    kode: "SEL_BERISI_DATA_PENGGUNA",
    sheet,
    cell,
    pesan: {
      id: `Sel ${cell} di sheet "${sheet}" berisi rumus bersama milik pengguna; add-in tidak menimpanya.`,
      en: `Cell ${cell} on sheet "${sheet}" holds a shared formula of the user's; the add-in does not overwrite it.`,
    },
  };
}
