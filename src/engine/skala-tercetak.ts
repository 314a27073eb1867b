/**
 * Which scale a printed predikat column speaks. Agencies print the grade in the words of the scale they
 * graded on (LKjIP "Sangat Baik … Kurang", Permendagri 86/2017 "Sangat Tinggi … Sangat Rendah"); checking
 * those words against another scale only says "not a band of this scale" on every row. So each column of
 * printed predikat is matched, by its words, to the scale in force or to a preset, and its rows are
 * checked against that scale's bands; a column whose words fit no known scale is reported once.
 */
import type { Indicator, SourceRef, Temuan } from "./model";
import type { PredikatScale } from "./settings";
import { PRESET_SCALES, resolveScale } from "./predikat";
import { GRADES } from "./parse";
import { buatTemuan } from "./temuan";

/** The scale a column was read in, with the share of its printed words that are that scale's labels. */
export interface SkalaKolom {
  /** null: the words fit no known scale (its rows are not checked one by one) */
  scale: PredikatScale | null;
  /** labels of `scale` among the column's printed words (rows), 0..1 */
  keyakinan: number;
  /** the words printed, first seen first, for the message */
  kata: string[];
  /** the column's first predikat cell */
  sel: SourceRef;
}

/** Below this share of rows no scale is taken as the column's: the words are too unlike any known scale. */
const CUKUP = 0.5;
const GRADE_SET = new Set<string>(GRADES);

export const normLabel = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** "Pengukuran!H7" → "Pengukuran!H": the column a printed predikat sits in. */
function kolomOf(s: SourceRef): string {
  return `${s.sheet}!${s.cell.replace(/\d+$/, "")}`;
}

/** The printed word of a predikat cell, or null for a blank or a letter grade (graded elsewhere). */
export function kataPredikat(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const text = raw.replace(/\s+/g, " ").trim();
  if (text === "" || text === "-" || GRADE_SET.has(text.toUpperCase())) return null;
  return text;
}

interface Kumpulan {
  kata: string[];
  sel: SourceRef;
}

function kumpulkan(indicators: ReadonlyArray<Indicator>, tahun: number): Map<string, Kumpulan> {
  const out = new Map<string, Kumpulan>();
  const key = String(tahun);
  for (const ind of indicators) {
    const v = ind.tahun[key]?.predikatTercetak;
    if (!v?.source) continue;
    const word = kataPredikat(v.raw);
    if (word === null) continue;
    const k = kolomOf(v.source);
    const got = out.get(k);
    if (got) got.kata.push(word);
    else out.set(k, { kata: [word], sel: v.source });
  }
  return out;
}

function share(kata: ReadonlyArray<string>, scale: PredikatScale): number {
  const labels = new Set(scale.bands.map((b) => normLabel(b.label)));
  let n = 0;
  for (const w of kata) if (labels.has(normLabel(w))) n++;
  return n / kata.length;
}

/**
 * The column's scale: the one in force when it holds the words at least as well as any preset (the
 * user's scale wins every tie), else the preset holding most of them; none when no scale holds half.
 */
function pilih(
  kata: ReadonlyArray<string>,
  inForce: PredikatScale,
): { scale: PredikatScale | null; k: number } {
  let best = inForce;
  let bestShare = share(kata, inForce);
  for (const preset of Object.values(PRESET_SCALES)) {
    if (preset.id === inForce.id) continue;
    const s = share(kata, preset);
    if (s > bestShare) {
      best = resolveScale(preset);
      bestShare = s;
    }
  }
  return bestShare >= CUKUP ? { scale: best, k: bestShare } : { scale: null, k: bestShare };
}

/** Per column of printed predikat in the reporting year ("Sheet!H"), the scale its words belong to. */
export function skalaTercetak(
  indicators: ReadonlyArray<Indicator>,
  tahun: number,
  inForce: PredikatScale,
): Map<string, SkalaKolom> {
  const out = new Map<string, SkalaKolom>();
  for (const [k, { kata, sel }] of kumpulkan(indicators, tahun)) {
    const { scale, k: keyakinan } = pilih(kata, inForce);
    out.set(k, { scale, keyakinan, kata: [...new Set(kata)], sel });
  }
  return out;
}

/** The scale to check one printed predikat against: the column's, the one in force when unknown. */
export function skalaUntuk(
  kolom: ReadonlyMap<string, SkalaKolom>,
  source: SourceRef | undefined,
  inForce: PredikatScale,
): PredikatScale | null {
  if (!source || kolom.size === 0) return inForce;
  const k = kolom.get(kolomOf(source));
  return k ? k.scale : inForce;
}

const persen = (x: number): string => `${Math.round(x * 100)} %`;
const daftar = (kata: ReadonlyArray<string>): string =>
  kata
    .slice(0, 5)
    .map((w) => `"${w}"`)
    .join(", ") + (kata.length > 5 ? ", …" : "");

/** The scales a column was tried against, each named once: the one in force, then the presets. */
const dikenal = (inForce: PredikatScale): string =>
  [...new Set([inForce.nama, ...Object.values(PRESET_SCALES).map((p) => p.nama)])].join(", ");

/**
 * Once per column: which scale its words were read in when it is not the one in force (info), or that
 * they fit no known scale (a warning; its rows are then not checked one by one).
 */
export function temuanSkalaTercetak(
  kolom: ReadonlyMap<string, SkalaKolom>,
  inForce: PredikatScale,
): Temuan[] {
  const out: Temuan[] = [];
  for (const [k, s] of kolom) {
    if (s.scale === null) {
      out.push(
        buatTemuan(
          "PREDIKAT_SKALA_TIDAK_DIKENAL",
          [s.sel],
          `Predikat tercetak di kolom ${k} (${daftar(s.kata)}) tidak cocok dengan skala mana pun yang dikenal (${dikenal(inForce)}): predikatnya tidak diperiksa per baris. Pilih atau buat skala yang dipakai tabel ini.`,
          `The predikat printed in column ${k} (${daftar(s.kata)}) fit no known scale (${dikenal(inForce)}): they are not checked row by row. Choose or define the scale this table uses.`,
        ),
      );
    } else if (s.scale.id !== inForce.id) {
      out.push(
        buatTemuan(
          "PREDIKAT_SKALA_DITEBAK",
          [s.sel],
          `Predikat tercetak di kolom ${k} memakai kata-kata skala ${s.scale.nama} (${persen(s.keyakinan)} barisnya: ${daftar(s.kata)}), bukan skala pengaturan ${inForce.nama}: predikat kolom ini diperiksa menurut rentang skala ${s.scale.nama}.`,
          `The predikat printed in column ${k} use the words of the ${s.scale.nama} scale (${persen(s.keyakinan)} of its rows: ${daftar(s.kata)}), not the ${inForce.nama} scale in the settings: this column is checked against the ${s.scale.nama} bands.`,
        ),
      );
    }
  }
  return out;
}
