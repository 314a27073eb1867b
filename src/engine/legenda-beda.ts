/**
 * How a printed scale legend differs from a scale, compared by what a reader of the legend means. Printed
 * bands overlap or leave gaps ("55 – 75 Cukup", "75 – 100 Baik": 75 in two bands; "76 – 90", "91 ke atas":
 * 90,5 in none); such a number is the printer's, not the legend's, so it is left out of both bands and any
 * half-open reading of it agrees. Every other number a band prints must fall in the scale's band of the
 * same word; a word on one side only, or a gap wider than a printed step, is a difference too.
 */
import type { Pesan } from "./model";
import type { Rentang } from "./rentang-legenda";
import { fmtEn, fmtId } from "./format";
import { normLabel } from "./skala-tercetak";

/** A band of any scale: a predikat scale's (`to: null` is +∞), a score scale's, or a legend's as read. */
export interface Pita {
  label: string;
  from: number;
  fromInclusive: boolean;
  to: number | null;
  toInclusive: boolean;
}

/** A legend's band as read: its interval (the lowest band starting at 0), its word and its printed text. */
export interface PitaLegenda extends Pita {
  teks: string;
  /** the letter the legend prints for the band whose word `label` is (legenda-huruf.ts: "B" for "Baik") */
  huruf?: string;
}

/** How a message names a legend's band: its word, or its letter and the word it stands for. */
const sebut = (b: PitaLegenda): string => (b.huruf ? `"${b.huruf}" (${b.label})` : `"${b.label}"`);

/** Two printed edges further apart than this leave numbers the legend grades in no band. */
const LANGKAH = 1;

export function pitaDari(r: Rentang, label: string, teks: string): PitaLegenda {
  // scales start at 0: a capaian below it reads as 0 (predikat.ts)
  const from = r.from ?? 0;
  return {
    label,
    teks,
    from,
    fromInclusive: r.from === null || r.fromInclusive,
    to: r.to,
    toInclusive: r.toInclusive,
  };
}

/** The bands in ascending order, each without the numbers it shares with a neighbour. */
function tanpaBersama(bands: ReadonlyArray<PitaLegenda>): PitaLegenda[] {
  const naik = [...bands].sort((a, b) => a.from - b.from || (a.to ?? Infinity) - (b.to ?? Infinity));
  return naik.map((b, i) => {
    const out = { ...b };
    const prev = naik[i - 1];
    const next = naik[i + 1];
    if (
      prev &&
      prev.to !== null &&
      (prev.to > b.from || (prev.to === b.from && prev.toInclusive && b.fromInclusive))
    ) {
      out.from = prev.to;
      out.fromInclusive = !prev.toInclusive;
    }
    if (
      next &&
      (b.to === null || next.from < b.to || (next.from === b.to && next.fromInclusive && b.toInclusive))
    ) {
      out.to = next.from;
      out.toInclusive = !next.fromInclusive;
    }
    return out;
  });
}

function kosong(b: Pita): boolean {
  return b.to !== null && (b.to < b.from || (b.to === b.from && !(b.fromInclusive && b.toInclusive)));
}

/** Every number of `a` is in `b`. */
function termuat(a: Pita, b: Pita): boolean {
  const bawah = a.from > b.from || (a.from === b.from && (b.fromInclusive || !a.fromInclusive));
  if (!bawah) return false;
  if (b.to === null) return true;
  if (a.to === null) return false;
  return a.to < b.to || (a.to === b.to && (b.toInclusive || !a.toInclusive));
}

type Fmt = (n: number) => string;

/** "C > 100", "75 ≤ C ≤ 100", "C < 55": a band as the DOMAIN table writes it. */
export function uraiPita(b: Pita, f: Fmt): string {
  const lo = `${f(b.from)} ${b.fromInclusive ? "≤" : "<"} C`;
  if (b.to === null) return `C ${b.fromInclusive ? "≥" : ">"} ${f(b.from)}`;
  const hi = `${b.toInclusive ? "≤" : "<"} ${f(b.to)}`;
  return b.from === 0 && b.fromInclusive ? `C ${hi}` : `${lo} ${hi}`;
}

/** "Sangat Baik" → "sb": the initials a legend printed in one cell writes for a band ("SB ≥ 91"). */
const inisial = (s: string): string =>
  normLabel(s)
    .split(" ")
    .map((w) => w[0] ?? "")
    .join("");

/** The scale's band a legend's word names: the same word, else the initials of exactly one band's words. */
function pitaSkala(byLabel: Map<string, Pita>, skala: ReadonlyArray<Pita>, label: string): Pita | undefined {
  const same = byLabel.get(normLabel(label));
  if (same) return same;
  const k = normLabel(label).replace(/ /g, "");
  const by = skala.filter((b) => inisial(b.label) === k);
  return k.length <= 3 && by.length === 1 ? by[0] : undefined;
}

/** The differences between a legend and a scale, each in both languages; none when they mean the same. */
export function bedaLegenda(
  legenda: ReadonlyArray<PitaLegenda>,
  nama: string,
  skala: ReadonlyArray<Pita>,
): Pesan[] {
  const byLabel = new Map(skala.map((b) => [normLabel(b.label), b]));
  if (!legenda.some((b) => pitaSkala(byLabel, skala, b.label))) {
    // another scale's words altogether: one difference, not one per band
    const kata = (bands: ReadonlyArray<Pita>) => bands.map((b) => `"${b.label}"`).join(", ");
    return [
      {
        id: `kata legenda (${kata(legenda)}) bukan kata ${nama} (${kata(skala)})`,
        en: `the legend's words (${kata(legenda)}) are not ${nama}'s (${kata(skala)})`,
      },
    ];
  }
  const out: Pesan[] = [];
  const dicetak = new Set<string>();
  const naik = tanpaBersama(legenda);
  naik.forEach((b, i) => {
    const s = pitaSkala(byLabel, skala, b.label);
    dicetak.add(normLabel(s?.label ?? b.label));
    if (!s) {
      out.push({
        id: `kata "${b.label}" ("${b.teks}") tidak ada di ${nama}`,
        en: `the word "${b.label}" ("${b.teks}") is not in ${nama}`,
      });
    } else if (!kosong(b) && !termuat(b, s)) {
      out.push({
        id: `${sebut(b)} dicetak "${b.teks}", di ${nama} ${uraiPita(s, fmtId)}`,
        en: `${sebut(b)} is printed "${b.teks}", in ${nama} ${uraiPita(s, fmtEn)}`,
      });
    }
    const next = naik[i + 1];
    const edge = legenda.find((x) => x.label === b.label)?.to;
    if (next && edge !== null && edge !== undefined && next.from - edge > LANGKAH) {
      out.push({
        id: `legenda tidak menilai capaian antara ${fmtId(edge)} dan ${fmtId(next.from)}`,
        en: `the legend grades no capaian between ${fmtEn(edge)} and ${fmtEn(next.from)}`,
      });
    }
  });
  for (const s of skala) {
    if (dicetak.has(normLabel(s.label))) continue;
    out.push({
      id: `${nama} punya "${s.label}" (${uraiPita(s, fmtId)}) yang tidak ada di legenda`,
      en: `${nama} has "${s.label}" (${uraiPita(s, fmtEn)}), which the legend lacks`,
    });
  }
  return out;
}
