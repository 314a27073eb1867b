/**
 * The score scales behind letter grades, each defined once: Nilai AKIP → AA…D (PermenPANRB 88/2021)
 * and IKM → mutu A–D (PermenPANRB 14/2017). Bands are half-open where the regulation says "> 90" or
 * prints "76,61–88,30", so every score in the scale's range falls in exactly one band. The engine
 * scores grades with these bands, and the footnotes print them from the same data.
 */

export interface BandNilai {
  /** the letter grade */
  label: string;
  from: number;
  fromInclusive: boolean;
  to: number;
  toInclusive: boolean;
  /** the grade's words ("Sangat Baik"), where the regulation names them */
  keterangan?: string;
}

export interface SkalaNilai {
  id: "akip" | "ikm";
  nama: string;
  /** the regulation the bands come from */
  dasar: string;
  /** best grade first; together the bands cover [min, max] exactly once */
  bands: readonly BandNilai[];
  min: number;
  max: number;
}

const b = (
  label: string,
  from: number,
  fromInclusive: boolean,
  to: number,
  toInclusive: boolean,
  keterangan?: string,
): BandNilai => ({ label, from, fromInclusive, to, toInclusive, ...(keterangan ? { keterangan } : {}) });

/** Nilai AKIP: > 90–100 AA · > 80–90 A · > 70–80 BB · > 60–70 B · > 50–60 CC · > 30–50 C · 0–30 D. */
export const SKALA_AKIP: SkalaNilai = {
  id: "akip",
  nama: "Nilai AKIP",
  dasar: "PermenPANRB 88/2021",
  min: 0,
  max: 100,
  bands: [
    b("AA", 90, false, 100, true),
    b("A", 80, false, 90, true),
    b("BB", 70, false, 80, true),
    b("B", 60, false, 70, true),
    b("CC", 50, false, 60, true),
    b("C", 30, false, 50, true),
    b("D", 0, true, 30, true),
  ],
};

/** IKM: 88,31–100 A · 76,61–88,30 B · 65,00–76,60 C · 25,00–64,99 D (the printed gaps closed half-open). */
export const SKALA_IKM: SkalaNilai = {
  id: "ikm",
  nama: "IKM",
  dasar: "PermenPANRB 14/2017",
  min: 25,
  max: 100,
  bands: [
    b("A", 88.31, true, 100, true, "Sangat Baik"),
    b("B", 76.61, true, 88.31, false, "Baik"),
    b("C", 65, true, 76.61, false, "Kurang Baik"),
    b("D", 25, true, 65, false, "Tidak Baik"),
  ],
};

export const SKALA_NILAI: readonly SkalaNilai[] = [SKALA_AKIP, SKALA_IKM];

function inBand(n: number, band: BandNilai): boolean {
  const above = band.fromInclusive ? n >= band.from : n > band.from;
  const below = band.toInclusive ? n <= band.to : n < band.to;
  return above && below;
}

/** The band a score falls in; null outside the scale's range (or not a number). */
export function bandNilai(skala: SkalaNilai, nilai: number): BandNilai | null {
  if (!Number.isFinite(nilai) || nilai < skala.min || nilai > skala.max) return null;
  return skala.bands.find((band) => inBand(nilai, band)) ?? null;
}

/** The band of a grade letter ("bb" and " BB " read as BB); null when the scale has no such grade. */
export function bandHuruf(skala: SkalaNilai, huruf: string): BandNilai | null {
  const key = huruf.trim().toUpperCase();
  return skala.bands.find((band) => band.label === key) ?? null;
}

/** 1 for the worst grade … n for the best; null for a letter the scale does not have. */
export function peringkat(skala: SkalaNilai, huruf: string): number | null {
  const key = huruf.trim().toUpperCase();
  const i = skala.bands.findIndex((band) => band.label === key);
  return i < 0 ? null : skala.bands.length - i;
}

// "Indeks Kepuasan Masyarakat", "IKM", "SKM", "mutu pelayanan": graded on the IKM scale, not the AKIP one.
const IKM_WORDS = /\b(ikm|skm|kepuasan masyarakat|mutu pelayanan)\b/i;

/** The scale an indicator's letter grades and scores are read on: IKM where its words say so, else AKIP. */
export function skalaNilaiUntuk(indikator: string): SkalaNilai {
  return IKM_WORDS.test(indikator) ? SKALA_IKM : SKALA_AKIP;
}
