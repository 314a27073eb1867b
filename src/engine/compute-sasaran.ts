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
  const groups = new Map<
    string,
    { nama: string; members: Array<{ ind: Indicator; res: IndicatorResult }> }
  >();
  indicators.forEach((ind, i) => {
    const res = results[i] as IndicatorResult;
    const k = kunciSasaran(ind.sasaran);
    if (k === "") return;
    const g = groups.get(k);
    if (g) g.members.push({ ind, res });
    else groups.set(k, { nama: ind.sasaran.replace(/\s+/g, " ").trim(), members: [{ ind, res }] });
  });
  const sasaran: SasaranResult[] = [];
  for (const g of groups.values()) {
    const level = LEVEL_PRIORITY.find((l) => g.members.some((m) => m.ind.level === l));
    const chosen = g.members.filter((m) => m.ind.level === level);
    const capaian = rataRataCapaian(
      chosen.map((m) =>
        m.ind.bobot === undefined
          ? { capaian: m.res.capaian }
          : { capaian: m.res.capaian, bobot: m.ind.bobot },
      ),
      batas,
    );
    sasaran.push({
      sasaran: g.nama,
      capaian,
      predikat: capaian === null ? null : predikatOf(capaian, scale),
      indicatorIds: chosen.map((m) => m.ind.id),
    });
  }
  const c = rataRata(sasaran.map((s) => s.capaian));
  return { sasaran, opd: { capaian: c, predikat: c === null ? null : predikatOf(c, scale) } };
}
