/**
 * "LAPORAN PELAKSANAAN KEGIATAN (PP 39 TAHUN 2006)", "sesuai Permendagri Nomor 86 Tahun 2017": a title that
 * cites the regulation its form follows states the regulation's year, not the year the report is about. The
 * citation is taken out before a title's year is read.
 */

/** a regulation's name, its number, and "Tahun" with the year it was issued */
const CITATION = new RegExp(
  "\\b(?:pp|perpres|permen[a-z-]*|perda|perbup|perwali|perwako|pergub|uu|undang[- ]undang|inpres|instruksi" +
    "|keputusan|kepmen[a-z-]*|kepres|keppres|surat edaran|peraturan(?: [a-z-]+){1,3})" +
    "\\s*(?:no\\.?|nomor|nomer)?\\s*[\\d/.a-z-]*\\d[\\d/.a-z-]*\\s+tahun\\s+(?:19|20)\\d\\d\\b" +
    "|\\bnomor\\s+[\\d/.a-z-]*\\d[\\d/.a-z-]*\\s+tahun\\s+(?:19|20)\\d\\d\\b",
  "gi",
);

/** The text with every regulation it cites taken out ("PP 39 Tahun 2006" → ""). */
export function withoutRegulations(text: string): string {
  return /tahun/i.test(text) ? text.replace(CITATION, " ") : text;
}
