/**
 * Serapan and efisiensi. No regulation fixes the formula, so the convention and the categories are
 * settings; the defaults below are printed under the table by the writer.
 */
import type { EfisiensiKategori } from "./settings";

export type KonvensiEfisiensi = "selisih" | "sisa" | "rasio";

/** Serapan = realisasi anggaran / pagu × 100; null without a positive pagu. */
export function serapan(
  pagu: number | null | undefined,
  realisasi: number | null | undefined,
): number | null {
  if (typeof pagu !== "number" || typeof realisasi !== "number" || !(pagu > 0)) return null;
  return (realisasi / pagu) * 100;
}

export function sisaAnggaran(
  pagu: number | null | undefined,
  realisasi: number | null | undefined,
): number | null {
  if (typeof pagu !== "number" || typeof realisasi !== "number") return null;
  return pagu - realisasi;
}

/**
 * selisih = capaian − serapan (points); sisa = 100 − serapan, only when the target is met (capaian ≥ 100);
 * rasio = capaian / serapan (1 = output kept pace with spending).
 */
export function efisiensi(
  capaian: number | null | undefined,
  serapanPersen: number | null | undefined,
  konvensi: KonvensiEfisiensi,
): number | null {
  if (typeof capaian !== "number" || typeof serapanPersen !== "number") return null;
  if (konvensi === "selisih") return capaian - serapanPersen;
  if (konvensi === "sisa") return capaian >= 100 ? 100 - serapanPersen : null;
  return serapanPersen > 0 ? capaian / serapanPersen : null;
}

/**
 * Default categories (value ≥ min, best first):
 * - selisih: Efisien ≥ 0 (capaian kept up with serapan), Cukup Efisien ≥ −10 points, else Tidak Efisien;
 * - sisa: Efisien ≥ 5 points left, Cukup Efisien ≥ 0, else Tidak Efisien (overspent);
 * - rasio: Efisien ≥ 1, Cukup Efisien ≥ 0,9, else Tidak Efisien.
 */
export function defaultKategori(konvensi: KonvensiEfisiensi): EfisiensiKategori[] {
  const [efisien, cukup] = konvensi === "selisih" ? [0, -10] : konvensi === "sisa" ? [5, 0] : [1, 0.9];
  return [
    { label: "Efisien", min: efisien },
    { label: "Cukup Efisien", min: cukup },
    { label: "Tidak Efisien", min: null },
  ];
}

export function kategoriEfisiensi(
  nilai: number | null | undefined,
  kategori: ReadonlyArray<EfisiensiKategori>,
): string | null {
  if (typeof nilai !== "number" || Number.isNaN(nilai)) return null;
  const sorted = [...kategori].sort((a, b) => (b.min ?? -Infinity) - (a.min ?? -Infinity));
  for (const k of sorted) if (k.min === null || nilai >= k.min) return k.label;
  return null;
}
