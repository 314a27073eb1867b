/** Roll-ups: triwulan → year, indicators → sasaran, sasaran → OPD. */

import type { AgregasiTriwulan } from "./settings";

export type { AgregasiTriwulan };

function present(values: ReadonlyArray<number | null | undefined>): number[] {
  const out: number[] = [];
  for (const v of values) if (typeof v === "number" && Number.isFinite(v)) out.push(v);
  return out;
}

/**
 * One year's value from its quarters. kumulatif = Σ; akhir = the last quarter reported; rata-rata = mean.
 * rasio sums numerators and denominators first (Σ num / Σ den × 100): it needs the denominators.
 */
export function triwulanKeTahun(
  values: ReadonlyArray<number | null | undefined>,
  mode: AgregasiTriwulan,
  denominators?: ReadonlyArray<number | null | undefined>,
): number | null {
  if (mode === "akhir") {
    for (let i = values.length - 1; i >= 0; i--) {
      const v = values[i];
      if (typeof v === "number" && Number.isFinite(v)) return v;
    }
    return null;
  }
  if (mode === "rasio") {
    if (!denominators) return null;
    let num = 0;
    let den = 0;
    let any = false;
    for (let i = 0; i < values.length; i++) {
      const n = values[i];
      const d = denominators[i];
      if (typeof n === "number" && typeof d === "number" && Number.isFinite(n) && Number.isFinite(d)) {
        num += n;
        den += d;
        any = true;
      }
    }
    return any && den !== 0 ? (num / den) * 100 : null;
  }
  const xs = present(values);
  if (xs.length === 0) return null;
  const sum = xs.reduce((a, b) => a + b, 0);
  return mode === "kumulatif" ? sum : sum / xs.length;
}

export interface Anggota {
  capaian: number | null;
  bobot?: number;
}

/**
 * Mean capaian of the members that have one. Weights apply only when every counted member has a
 * positive bobot (a partial set of weights would silently weigh the rest as 1). The cap is for the mean only.
 */
export function rataRataCapaian(members: ReadonlyArray<Anggota>, batas: number | null = null): number | null {
  const counted = members.filter((m) => typeof m.capaian === "number" && Number.isFinite(m.capaian));
  if (counted.length === 0) return null;
  const weighted = counted.every((m) => typeof m.bobot === "number" && m.bobot > 0);
  let num = 0;
  let den = 0;
  for (const m of counted) {
    const c = batas === null ? (m.capaian as number) : Math.min(m.capaian as number, batas);
    const w = weighted ? (m.bobot as number) : 1;
    num += c * w;
    den += w;
  }
  return num / den;
}

/** Plain mean of the numbers present (for printed averages and the OPD roll-up). */
export function rataRata(values: ReadonlyArray<number | null | undefined>): number | null {
  const xs = present(values);
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function jumlah(values: ReadonlyArray<number | null | undefined>): number | null {
  const xs = present(values);
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0);
}
