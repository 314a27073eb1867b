/**
 * Header words typed with a slip ("INDIKATOT", "TAGET", "REALIASI", "CAPAIN", "SATAUN", "KETERANGN"): a word
 * no header list holds that is one edit (a letter added, dropped, changed, or two swapped) from exactly one
 * of the words that name a column's role, two for a word of nine letters or more, is read as that word. The
 * first letter must agree: slips fall inside a word, and a different first letter makes another word
 * ("saran" is not "sasaran", "rencana" not "realisasi"). Two role words equally near decide nothing. A
 * header read through a slip is a guess: its role gets a lower confidence (see headers.ts).
 */

/** the words that decide a column's role (headers.ts RULES), the only ones a slip is read as */
const ROLE_WORDS = (
  "indikator kinerja sasaran strategis satuan target realisasi capaian predikat kriteria kategori " +
  "keterangan program kegiatan anggaran tujuan uraian triwulan formulasi penjelasan kondisi renstra " +
  "serapan polaritas nomor"
).split(" ");

/** words shorter than this are too near too many others ("ket", "sat" are short forms, not slips) */
const MIN_LENGTH = 5;

const KNOWN = new Map<string, string | null>();

/** The role word a header word is a slip of, or undefined; `w` is lower case, without punctuation. */
export function typoOf(w: string): string | undefined {
  if (w.length < MIN_LENGTH || w.length > 14) return undefined;
  let known = KNOWN.get(w);
  if (known === undefined) {
    known = nearest(w);
    // the words of word-only rows repeat across a workbook; the memo is bounded for a sheet of free text
    if (KNOWN.size > 5000) KNOWN.clear();
    KNOWN.set(w, known);
  }
  return known ?? undefined;
}

function nearest(w: string): string | null {
  const bound = w.length >= 9 ? 2 : 1;
  let best: string | null = null;
  let bestD = bound + 1;
  let tie = false;
  for (const k of ROLE_WORDS) {
    if (k === w) return null;
    if (k.charCodeAt(0) !== w.charCodeAt(0) || Math.abs(k.length - w.length) > bound) continue;
    const d = distance(w, k, bound);
    if (d < bestD) {
      best = k;
      bestD = d;
      tie = false;
    } else if (d === bestD) tie = true;
  }
  return best !== null && !tie ? best : null;
}

/** Optimal-string-alignment distance (a swap of neighbours is one edit), cut off above `bound`. */
export function distance(a: string, b: string, bound: number): number {
  const n = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > bound) return bound + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n]!;
}
