/**
 * Predikat scales. Printed scales overlap or leave gaps ("75" in two bands, "90,5" in none), so the
 * presets are half-open intervals that cover 0..∞ exactly once; validateScale holds custom scales to the same rule.
 */
import type { Pesan } from "./model";
import type { PredikatBand, PredikatScale } from "./settings";
import { fmtEn, fmtId } from "./format";
import { bandNilai, SKALA_AKIP, SKALA_IKM } from "./skala-nilai";

/**
 * Light tints of a colour-blind-safe family (blue, teal, yellow, amber, vermillion) under dark text:
 * solid fills keep their contrast whether Excel shows a light or a dark theme.
 */
export const PALETTE = {
  biru: "#9CC9F0",
  teal: "#8FD3C1",
  kuning: "#F0E08C",
  amber: "#F5B96B",
  vermillion: "#EE9A7A",
  teks: "#1A1A1A",
} as const;

const band = (
  label: string,
  from: number,
  fromInclusive: boolean,
  to: number | null,
  toInclusive: boolean,
  fill: string,
): PredikatBand => ({ label, from, fromInclusive, to, toInclusive, fill, fontColor: PALETTE.teks });

export const PRESET_SCALES: Readonly<Record<string, PredikatScale>> = {
  lkjip4: {
    id: "lkjip4",
    nama: "LKjIP 4 kategori",
    bands: [
      band("Sangat Baik", 100, false, null, false, PALETTE.biru),
      band("Baik", 75, true, 100, true, PALETTE.teal),
      band("Cukup", 55, true, 75, false, PALETTE.amber),
      band("Kurang", 0, true, 55, false, PALETTE.vermillion),
    ],
  },
  permendagri86: {
    id: "permendagri86",
    nama: "Permendagri 86/2017",
    bands: [
      band("Sangat Tinggi", 91, true, null, false, PALETTE.biru),
      band("Tinggi", 76, true, 91, false, PALETTE.teal),
      band("Sedang", 66, true, 76, false, PALETTE.kuning),
      band("Rendah", 51, true, 66, false, PALETTE.amber),
      band("Sangat Rendah", 0, true, 51, false, PALETTE.vermillion),
    ],
  },
};

export const DEFAULT_SCALE_ID = "lkjip4";

/** Default fills for a custom scale without its own: best band blue … worst band vermillion. */
export function defaultFills(count: number): string[] {
  const seq = [PALETTE.biru, PALETTE.teal, PALETTE.kuning, PALETTE.amber, PALETTE.vermillion];
  if (count <= 1) return [seq[0] as string];
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(seq[Math.round((i * (seq.length - 1)) / (count - 1))] as string);
  return out;
}

/** A preset id or a full scale → a scale whose every band has a fill and a font colour. Unknown ids fall back to lkjip4. */
export function resolveScale(skala: string | PredikatScale | undefined): PredikatScale {
  const base =
    typeof skala === "string" || skala === undefined
      ? (PRESET_SCALES[skala ?? DEFAULT_SCALE_ID] ?? (PRESET_SCALES[DEFAULT_SCALE_ID] as PredikatScale))
      : skala;
  const fills = defaultFills(base.bands.length);
  return {
    ...base,
    bands: base.bands.map((b, i) => ({
      ...b,
      fill: b.fill ?? fills[i],
      fontColor: b.fontColor ?? PALETTE.teks,
    })),
  };
}

function inBand(c: number, b: PredikatBand): boolean {
  const aboveFrom = b.fromInclusive ? c >= b.from : c > b.from;
  if (!aboveFrom) return false;
  if (b.to === null) return true;
  return b.toInclusive ? c <= b.to : c < b.to;
}

/** The band label for a capaian; a negative capaian reads as 0 (scales start at 0). */
export function predikatOf(capaian: number | null | undefined, scale: PredikatScale): string | null {
  if (capaian === null || capaian === undefined || Number.isNaN(capaian)) return null;
  const c = capaian < 0 ? 0 : capaian;
  for (const b of scale.bands) if (inBand(c, b)) return b.label;
  return null;
}

export function bandOf(capaian: number | null, scale: PredikatScale): PredikatBand | null {
  const label = predikatOf(capaian, scale);
  return label === null ? null : (scale.bands.find((b) => b.label === label) ?? null);
}

export interface ScaleValidation {
  ok: boolean;
  errors: Pesan[];
}

const edge = (v: number, inclusive: boolean, f: (n: number) => string, side: "from" | "to"): string =>
  side === "from" ? `${inclusive ? "[" : "("}${f(v)}` : `${f(v)}${inclusive ? "]" : ")"}`;

function describe(b: PredikatBand, f: (n: number) => string): string {
  return `${b.label} ${edge(b.from, b.fromInclusive, f, "from")}; ${b.to === null ? "∞)" : edge(b.to, b.toInclusive, f, "to")}`;
}

/** Every capaian in 0..∞ must fall in exactly one band. Errors name the gap or the overlap. */
export function validateScale(scale: PredikatScale): ScaleValidation {
  const errors: Pesan[] = [];
  const bands = [...scale.bands];
  const labels = new Set<string>();
  for (const b of bands) {
    if (labels.has(b.label))
      errors.push({ id: `Label "${b.label}" dipakai dua kali.`, en: `Label "${b.label}" is used twice.` });
    labels.add(b.label);
    if (!Number.isFinite(b.from) || (b.to !== null && !Number.isFinite(b.to))) {
      errors.push({
        id: `Batas rentang "${b.label}" bukan angka.`,
        en: `Band "${b.label}" has a bound that is not a number.`,
      });
      continue;
    }
    if (b.to !== null && (b.to < b.from || (b.to === b.from && !(b.fromInclusive && b.toInclusive)))) {
      errors.push({
        id: `Rentang "${describe(b, fmtId)}" kosong: batas atas harus lebih besar dari batas bawah.`,
        en: `Band "${describe(b, fmtEn)}" is empty: its upper bound must exceed its lower bound.`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  bands.sort(
    (a, b) => a.from - b.from || (a.fromInclusive === b.fromInclusive ? 0 : a.fromInclusive ? -1 : 1),
  );
  const first = bands[0] as PredikatBand;
  if (first.from > 0 || (first.from === 0 && !first.fromInclusive)) {
    errors.push({
      id: `Celah: capaian dari 0 sampai ${fmtId(first.from)} tidak masuk rentang mana pun (rentang terendah "${describe(first, fmtId)}").`,
      en: `Gap: capaian from 0 to ${fmtEn(first.from)} falls in no band (lowest band "${describe(first, fmtEn)}").`,
    });
  }
  for (let i = 1; i < bands.length; i++) {
    const prev = bands[i - 1] as PredikatBand;
    const next = bands[i] as PredikatBand;
    if (prev.to === null) {
      errors.push({
        id: `Tumpang tindih: "${describe(prev, fmtId)}" tidak berbatas atas dan menimpa "${describe(next, fmtId)}".`,
        en: `Overlap: "${describe(prev, fmtEn)}" has no upper bound and covers "${describe(next, fmtEn)}".`,
      });
      continue;
    }
    const touches = prev.to === next.from;
    if (prev.to < next.from || (touches && !prev.toInclusive && !next.fromInclusive)) {
      errors.push({
        id: `Celah antara "${describe(prev, fmtId)}" dan "${describe(next, fmtId)}": capaian ${fmtId(prev.to)}${touches ? "" : `–${fmtId(next.from)}`} tidak masuk rentang mana pun.`,
        en: `Gap between "${describe(prev, fmtEn)}" and "${describe(next, fmtEn)}": capaian ${fmtEn(prev.to)}${touches ? "" : `–${fmtEn(next.from)}`} falls in no band.`,
      });
    } else if (prev.to > next.from || (touches && prev.toInclusive && next.fromInclusive)) {
      errors.push({
        id: `Tumpang tindih: "${describe(prev, fmtId)}" dan "${describe(next, fmtId)}" sama-sama memuat capaian ${fmtId(next.from)}${touches ? "" : `–${fmtId(prev.to)}`}.`,
        en: `Overlap: "${describe(prev, fmtEn)}" and "${describe(next, fmtEn)}" both hold capaian ${fmtEn(next.from)}${touches ? "" : `–${fmtEn(prev.to)}`}.`,
      });
    }
  }
  const last = bands[bands.length - 1] as PredikatBand;
  if (last.to !== null) {
    errors.push({
      id: `Celah: capaian di atas ${fmtId(last.to)} tidak masuk rentang mana pun (tambahkan rentang tanpa batas atas).`,
      en: `Gap: capaian above ${fmtEn(last.to)} falls in no band (add a band without an upper bound).`,
    });
  }
  return { ok: errors.length === 0, errors };
}

/** Nilai AKIP (0–100) → AA…D on the one AKIP scale (skala-nilai.ts): >90 AA, >80 A, …, 0–30 D. */
export function predikatAkip(nilai: number): string | null {
  return bandNilai(SKALA_AKIP, nilai)?.label ?? null;
}

/** IKM (25–100) → mutu pelayanan on the one IKM scale (skala-nilai.ts). */
export function mutuIkm(nilai: number): { mutu: "A" | "B" | "C" | "D"; kinerja: string } | null {
  const band = bandNilai(SKALA_IKM, nilai);
  if (!band) return null;
  return { mutu: band.label as "A" | "B" | "C" | "D", kinerja: band.keterangan ?? band.label };
}

/** IKM = mean of the unsur scores (1–4) × 25, rounded only by the caller for display. */
export function nilaiIkm(unsur: number[]): number | null {
  if (unsur.length === 0) return null;
  let s = 0;
  for (const u of unsur) s += u;
  return (s / unsur.length) * 25;
}
