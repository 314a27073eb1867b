/** Why a file cannot be read at all. The command line turns these into exit code 2. */
import type { Pesan } from "../engine/model";

export type KodeBerkas = "BUKAN_XLSX" | "TERENKRIPSI" | "RUSAK" | "KOSONG";

export class XlsxInputError extends Error {
  readonly kode: KodeBerkas;
  readonly pesan: Pesan;

  constructor(kode: KodeBerkas, pesan: Pesan) {
    super(pesan.en);
    this.name = "XlsxInputError";
    this.kode = kode;
    this.pesan = pesan;
  }
}

export function isXlsxInputError(e: unknown): e is XlsxInputError {
  return e instanceof XlsxInputError;
}
