/** Indicators → sasaran → OPD: the mean capaian of each level, predikat on the same scale. */
import type { Indicator, Level } from "./model";
import type { PredikatScale } from "./settings";
import type { IndicatorResult, SasaranResult } from "./result";
import { rataRata, rataRataCapaian } from "./aggregate";
import { predikatOf } from "./predikat";

/** A sasaran is measured by its own indicators; lower levels stand in only when it has none. */
const LEVEL_PRIORITY: Level[] = ["sasaran", "program", "kegiatan", "subkegiatan", "tujuan"];

export const kunciSasaran = (s: string): string => s.replace(/\s+/g, " ").trim().toLowerCase();

export function hitungSasaran(
  indicators: ReadonlyArray<Indicator>,
  results: ReadonlyArray<IndicatorResult>,
  scale: PredikatScale,
  batas: number | null,
): { sasaran: SasaranResult[]; opd: { capaian: number | null; predikat: string | null } } {
  // Members are row numbers into indicators/results: no wrapper object per row.
  const groups = new Map<string, { nama: string; members: number[] }>();
  // Rows of one sasaran repeat its text: normalise each distinct text once.
  const kunci = new Map<string, string>();
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i] as Indicator;
    let k = kunci.get(ind.sasaran);
    if (k === undefined) {
      k = kunciSasaran(ind.sasaran);
      kunci.set(ind.sasaran, k);
    }
    if (k === "") continue;
    const g = groups.get(k);
    if (g) g.members.push(i);
    else groups.set(k, { nama: ind.sasaran.replace(/\s+/g, " ").trim(), members: [i] });
  }
  const indAt = (i: number): Indicator => indicators[i] as Indicator;
  const resAt = (i: number): IndicatorResult => results[i] as IndicatorResult;
  const sasaran: SasaranResult[] = [];
  for (const g of groups.values()) {
    const level = LEVEL_PRIORITY.find((l) => g.members.some((m) => indAt(m).level === l));
    const chosen = g.members.filter((m) => indAt(m).level === level);
    const capaian = rataRataCapaian(
      chosen.map((m) => {
        const bobot = indAt(m).bobot;
        return bobot === undefined ? { capaian: resAt(m).capaian } : { capaian: resAt(m).capaian, bobot };
      }),
      batas,
    );
    sasaran.push({
      sasaran: g.nama,
      capaian,
      predikat: capaian === null ? null : predikatOf(capaian, scale),
      indicatorIds: chosen.map((m) => indAt(m).id),
    });
  }
  const c = rataRata(sasaran.map((s) => s.capaian));
  return { sasaran, opd: { capaian: c, predikat: c === null ? null : predikatOf(c, scale) } };
}
