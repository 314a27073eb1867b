/**
 * What a row's values say about the indicator a weak text match points to: the tables of one report print
 * the same quantity with the same value (a year's target and realisasi in Tabel 3.1, the year table, the
 * Renstra table and the national table; the Renstra's end target). Values that agree, none differing,
 * make the match clear; a differing value leaves it weak (and, once joined, is itself reported).
 */
import type { Indicator, SourcedValue } from "../engine/model";
import type { IndicatorRecord } from "./read-model";

export interface Kesesuaian {
  sama: number;
  beda: number;
}

function numberOf(v: SourcedValue | undefined): number | undefined {
  return v?.parsed.kind === "number" ? v.parsed.value : undefined;
}

/** The indicator's values already filed for the quantity this slot holds (one year's target, …). */
function filed(ind: Indicator, role: string, tahun: string): (SourcedValue | undefined)[] {
  const yv = ind.tahun[tahun];
  const r = ind.renstra;
  switch (role) {
    case "target":
    case "renstraTarget":
      return [yv?.target, r?.targets[tahun]];
    case "realisasi":
    case "renstraRealisasi":
      return [yv?.realisasi, r?.realisasi?.[tahun]];
    case "capaian":
      return [yv?.capaianTercetak];
    case "targetAkhir":
      return [r?.akhir];
    case "targetNasional":
      return [ind.targetNasional];
    default:
      return [];
  }
}

/** How many of the row's numbers the indicator already holds the same, and how many differently. */
export function kesesuaianNilai(
  rec: IndicatorRecord,
  ind: Indicator,
  defaultYear: (rec: IndicatorRecord) => number,
): Kesesuaian {
  const out: Kesesuaian = { sama: 0, beda: 0 };
  for (let k = 0; k < rec.values.length; k++) {
    const slot = rec.slots[k]!;
    if (slot.triwulan !== undefined) continue;
    const x = numberOf(rec.values[k]);
    if (x === undefined) continue;
    const tahun = String(slot.tahun ?? defaultYear(rec));
    for (const v of filed(ind, slot.role, tahun)) {
      const y = numberOf(v);
      if (y === undefined) continue;
      if (Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x))) out.sama++;
      else out.beda++;
      break;
    }
  }
  return out;
}

/** Values confirm a match: some agree and none differ. */
export function nilaiMenguatkan(k: Kesesuaian): boolean {
  return k.sama > 0 && k.beda === 0;
}
