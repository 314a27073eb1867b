/**
 * A legend that grades in letters only ("A ≥ 91; B 76 – 90; C 66 – 75; D ≤ 65", or AA … D in rows): the
 * letters are a known letter scale's grades (Nilai AKIP's AA…D, PermenPANRB 88/2021, which holds IKM's A–D,
 * 14/2017, in the same order), best first. They are no words of a predikat scale, so the legend is read by
 * its order: its best letter is the run's best band, and so on down. A legend of as many letters as the run's
 * scale has bands is compared with it band by band on its ranges (the same scale written in letters says
 * nothing); one of another number of letters, or whose letters do not go down with their ranges, differs.
 */
import type { Pesan } from "./model";
import { bedaLegenda, type Pita, type PitaLegenda } from "./legenda-beda";
import { SKALA_AKIP, SKALA_IKM } from "./skala-nilai";
import { normLabel } from "./skala-tercetak";

/** The known letters, best first: AKIP's order holds IKM's A, B, C, D as they rank. */
const HURUF: readonly string[] = [...SKALA_AKIP.bands, ...SKALA_IKM.bands]
  .map((b) => b.label.toUpperCase())
  .filter((h, i, all) => all.indexOf(h) === i)
  .sort((a, b) => peringkat(a) - peringkat(b));

/** AA above A above BB …: a letter's place, its doubled form just above it. */
function peringkat(h: string): number {
  return (h.charCodeAt(0) - 65) * 2 + (h.length === 2 ? 0 : 1);
}

const huruf = (b: Pita): string => b.label.trim().toUpperCase();

/**
 * The legend's bands best first when every word is a distinct known letter and none is a word of the run's
 * scale (a user's scale of letters is compared by its words); undefined otherwise (words, initials "SB").
 */
export function pitaHuruf(
  legenda: ReadonlyArray<PitaLegenda>,
  skala: ReadonlyArray<Pita>,
): PitaLegenda[] | undefined {
  const kata = new Set(skala.map((b) => normLabel(b.label)));
  const hs = legenda.map(huruf);
  if (hs.some((h) => !HURUF.includes(h)) || new Set(hs).size !== hs.length) return undefined;
  if (legenda.some((b) => kata.has(normLabel(b.label)))) return undefined;
  return [...legenda].sort((a, b) => HURUF.indexOf(huruf(a)) - HURUF.indexOf(huruf(b)));
}

/** Band a lies above band b: it starts no lower and ends no lower, and is not the same band. */
function diAtas(a: Pita, b: Pita): boolean {
  const ta = a.to ?? Infinity;
  const tb = b.to ?? Infinity;
  return a.from >= b.from && ta >= tb && (a.from > b.from || ta > tb);
}

/** A better letter printed with a range below a worse one's: the order the legend grades in is not its letters'. */
function urutan(urut: ReadonlyArray<PitaLegenda>): Pesan[] {
  const out: Pesan[] = [];
  urut.forEach((a, i) => {
    const b = urut[i + 1];
    if (!b || diAtas(a, b)) return;
    out.push({
      id: `huruf "${a.label}" ("${a.teks}") tidak di atas "${b.label}" ("${b.teks}"): urutan rentang legenda bukan urutan hurufnya`,
      en: `the letter "${a.label}" ("${a.teks}") is not above "${b.label}" ("${b.teks}"): the legend's ranges are not in its letters' order`,
    });
  });
  return out;
}

/**
 * The differences between a letter legend and a scale, each in both languages (none when it is the scale
 * written in letters); undefined when the legend is no letter legend for this scale.
 */
export function bedaHuruf(
  legenda: ReadonlyArray<PitaLegenda>,
  nama: string,
  skala: ReadonlyArray<Pita>,
): Pesan[] | undefined {
  const urut = pitaHuruf(legenda, skala);
  if (!urut) return undefined;
  const out = urutan(urut);
  if (urut.length !== skala.length) {
    const hs = urut.map((b) => b.label).join(", ");
    const ks = skala.map((b) => b.label).join(", ");
    out.push({
      id: `legenda menilai dengan ${urut.length} huruf (${hs}), ${nama} dengan ${skala.length} predikat (${ks})`,
      en: `the legend grades in ${urut.length} letters (${hs}), ${nama} in ${skala.length} predikat (${ks})`,
    });
    return out;
  }
  // the i-th letter is the scale's i-th band, named by both in what differs
  const sebagai = urut.map((b, i) => ({ ...b, label: skala[i]?.label ?? b.label, huruf: b.label }));
  return [...out, ...bedaLegenda(sebagai, nama, skala)];
}
