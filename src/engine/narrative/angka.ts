/**
 * Numbers and names inside narrative sentences. One formatter (src/engine/format.ts) as in every
 * message of the add-in: Indonesian "106,67" and "57.367.577.759", English "106.67"; the decimals are
 * the settings' (trailing zeros dropped, as a sentence writes "100 %", not "100,00 %").
 */
import { type Bahasa, formatAngka } from "../format";
import type { Pesan } from "../model";

/** A message built once per language from the same parts. */
export function duaBahasa(f: (b: Bahasa) => string): Pesan {
  return { id: f("id"), en: f("en") };
}

export function angka(n: number, desimal: number): Pesan {
  return duaBahasa((b) => formatAngka(n, b, desimal));
}

export function persen(n: number, desimal: number): Pesan {
  return duaBahasa((b) => `${formatAngka(n, b, desimal)} %`);
}

/** Budget amounts are whole rupiah, as the budget tables print them. */
export function rupiah(n: number): Pesan {
  return duaBahasa((b) => `Rp${formatAngka(n, b, 0)}`);
}

/** Satuan words that only say what kind of value it is: the value reads without them. */
const SATUAN_KOSONG = /^(predikat|nilai|indeks|huruf|kategori|-|—)$/i;

/** "3,63 %", "581 KK", "16.013", or a grade as printed ("BB"). */
export function nilai(v: number | string, satuan: string | null, desimal: number): Pesan {
  if (typeof v === "string") return { id: v.trim(), en: v.trim() };
  const s = satuan?.trim() ?? "";
  if (s === "" || SATUAN_KOSONG.test(s)) return angka(v, desimal);
  return duaBahasa((b) => `${formatAngka(v, b, desimal)} ${s}`);
}

/** A difference in the indicator's own unit; a difference of percentages is in points. */
export function selisih(n: number, satuan: string | null, desimal: number): Pesan {
  const s = satuan?.trim() ?? "";
  if (s === "%" || /^persen$/i.test(s))
    return duaBahasa(
      (b) => `${formatAngka(n, b, desimal)} ${b === "id" ? "poin persen" : "percentage points"}`,
    );
  return nilai(n, satuan, desimal);
}

/**
 * Names of indicators, sasaran and programs in typographic quotes. Quotes inside a name become
 * straight ones, so that a reader (and the tests) can tell where the name ends.
 */
export function kutip(nama: string): string {
  return `“${nama.replace(/[“”]/g, '"').replace(/\s+/g, " ").trim()}”`;
}

export function usable(v: number | string | null | undefined): v is number | string {
  if (typeof v === "number") return Number.isFinite(v);
  return typeof v === "string" && v.trim() !== "";
}

export function isNum(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}
