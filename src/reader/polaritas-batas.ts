/**
 * Polaritas from how a target is written. A standard printed as a bound states the direction itself:
 * "≤ 5 %", "maks. 60 menit" (at most: lower is better), "≥ 80 %", "minimal 85" (at least: higher is
 * better). Indikator Mutu Nasional tables print every standard this way, whatever their indicator's
 * words suggest ("Waktu tanggap operasi seksio sesarea" is the share of operations within 30 minutes).
 */
import { readBatas } from "../engine/batas";
import type { Indicator, Polaritas, SourcedValue } from "../engine/model";

/** "≤ 5 %" → turun, "≥ 80 %" → naik; anything else (a plain number, text) says nothing. */
export function polaritasFromBatas(raw: unknown): Polaritas | undefined {
  if (typeof raw !== "string") return undefined;
  const batas = readBatas(raw.trim());
  if (!batas) return undefined;
  return batas.arah === "paling banyak" ? "turun" : "naik";
}

function dari(v: SourcedValue | undefined): Polaritas | undefined {
  return v ? polaritasFromBatas(v.raw) : undefined;
}

/** The first bound among the indicator's targets, its national standard, then its Renstra targets. */
export function polaritasFromTargetBatas(ind: Indicator): Polaritas | undefined {
  for (const y in ind.tahun) {
    const p = dari(ind.tahun[y]!.target);
    if (p) return p;
  }
  const nasional = dari(ind.targetNasional);
  if (nasional) return nasional;
  const targets = ind.renstra?.targets;
  if (targets)
    for (const y in targets) {
      const p = dari(targets[y]);
      if (p) return p;
    }
  return undefined;
}
