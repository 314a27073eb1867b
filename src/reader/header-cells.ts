/**
 * What a header cell looks like, before any role is read from it: the words headers are made of
 * (Indonesian, English and short forms), column-number rows "(1) (2)", K/Rp pair halves, year cells.
 */
import { HEADER_ENGLISH } from "./header-english";
import { HEADER_SHORT } from "./header-short";
import { typoOf } from "./header-typo";
import { normWords, withoutFootnotes } from "./text";

/** Words a header is made of; a cell of mostly other words is data, not a header. */
const HEADER_VOCAB = new Set(
  (
    "no nomor urut urutan kode rekening tujuan sasaran strategis strategi indikator kinerja satuan sat target realisasi " +
    "capaian predikat kriteria kategori keterangan ket formula formulasi penjelasan perhitungan penghitungan rumus cara " +
    "definisi operasional sumber data dana pendanaan penanggung jawab pj pic program kegiatan sub subkegiatan uraian nama " +
    "anggaran pagu alokasi sisa serapan rp % persen persentase iku ikk ik utama tupoksi awal akhir kondisi periode renstra " +
    "rpjmd nasional daerah standar rata rerata jumlah total tingkat efisiensi urusan jenis unit kerja lokasi eselon " +
    "polaritas arah baseline tahun thn ke pada per s d sd dan atau dengan yang di t r c i ii iii iv tw trw triwulan " +
    "interval nilai bobot tahunan akhir tercapai capai real rencana of no. tw1 tw2 tw3 tw4 mutu opd pd perangkat " +
    "indikatif layanan keuangan belanja kebijakan lalu sebelumnya ini mandiri jangka menengah tiap evaluasi " +
    "manajemen komponen tgt trgt ukuran keberhasilan bidang pemerintahan pelaksanaan hasil renja berjalan " +
    "dievaluasi k sampai semester smt kuartal kwartal outcome output kabupaten kota provinsi pemerintah keluaran visi misi rkpd rpjmd tahunan ket. kumulatif fisik volume " +
    // English headers, read through HEADER_ENGLISH below
    "objective objectives goal goals indicators performance unit units actual achievement achieved rating " +
    "remarks notes note budget allocation realisation realization description activity activities sub code " +
    "source responsible person charge year quarter final national standard strategic key kpi status plan " +
    "planned expenditure spending measure total average score grade the for in by baseline category " +
    "polarity maximize minimize maximise minimise direction uom fy realized realised rate and programmes programs " +
    // an SPM table: the services and the people each should reach ("Sasaran (jiwa) | Terlayani (jiwa)")
    "pelayanan dasar terlayani dilayani penerima " +
    // sources of funds a pagu is split into ("Pagu Anggaran (Rp) / DAU | DAK | Jumlah")
    "dau dak dbh pad apbd apbn apbdes blud bok did otsus bankeu umum khusus bagi transfer " +
    // what went wrong beside a row ("Kendala/Permasalahan", "Hambatan", "Analisis")
    "kendala hambatan permasalahan masalah analisis solusi tindak lanjut upaya " +
    // a difference beside the values ("Selisih", "Naik/Turun"), a revised agreement ("Target Awal |
    // Perubahan", "Murni", "Revisi"), a progress against the end target ("Capaian thd Target Akhir")
    "selisih deviasi gap kenaikan penurunan peningkatan perubahan naik turun murni revisi semula " +
    "sebelum setelah terhadap thd dibandingkan rasio " +
    // the agreement and the plans a target is set in ("Target / Renstra | PK", "Target RPJMN")
    "pk perjanjian rpjm rpjmn " +
    // a half year, short ("Realisasi Sem 1", "Target S1"): periode.ts reads S1/S2 as one only beside a value word
    "sem s1 s2 " +
    // a year named as the budget year it is ("TA 2022" = tahun anggaran 2022), like "Th. 2022"
    "ta " +
    // the share of the budget spent, as "serapan" ("Penyerapan Anggaran (%)", "Daya Serap")
    "penyerapan serap pencapaian ketercapaian " +
    // a quarter or half year spelled out ("Triwulan Pertama", "Semester Kedua", "TW Kesatu", "First Quarter")
    "pertama kesatu kedua ketiga keempat first second third fourth " +
    // an individual SKP (PermenPAN-RB 6/2022): "Rencana Hasil Kerja Pimpinan yang Diintervensi", "Aspek",
    // "Indikator Kinerja Individu", "Umpan Balik (Berkelanjutan)", "Perspektif", "Ekspektasi"
    "aspek individu pimpinan intervensi diintervensi umpan balik berkelanjutan perspektif ekspektasi " +
    // a service's own standard ("Nilai Ideal", "Standar Ideal", "Nilai Normal" of BOR, ALOS)
    "ideal normal"
  )
    .split(" ")
    .concat(Object.keys(HEADER_SHORT)),
);

/** English phrases whose words alone would mislead ("Strategic Target" names the sasaran, not a target). */
const ENGLISH_PHRASES: [RegExp, string][] = [
  [/\bstrategic (target|objective|goal)s?\b/g, "sasaran strategis"],
  [/\bkey performance indicators?\b/g, "indikator kinerja utama"],
  [/\bunits? of measure(ment)?\b|\buom\b/g, "satuan"],
  [/% ?achieved\b|\bachievement rate\b|\b% achievement\b/g, "capaian %"],
  // "FY2024", "FY 2024": the year
  [/\bfy ?((?:19|20)\d\d)\b/g, "$1"],
];

const MAY_BE_PHRASE = /strategic|key perf|unit|uom|achiev|fy/;

/**
 * "Target '24", "Th. ’24", "TA'24": a year written with two digits after an apostrophe. It names a year as
 * "tahun" does; which year, the table's context says (tahun-pendek.ts), not the header alone.
 */
export const SHORT_YEAR = /(?<!\d)['’‘`´](\d\d)(?!\d)/gu;
const MAY_SHORT_YEAR = /['’‘`´]\d/u;

function withYearWord(t: string): string {
  return MAY_SHORT_YEAR.test(t) ? t.replace(SHORT_YEAR, " tahun ") : t;
}

/** Header text → its words, English ones in Indonesian; "Unit" alone is the satuan, "Unit Kerja" is not. */
export function headerWords(t: string): string {
  let text = normWords(withoutFootnotes(withYearWord(t))).join(" ");
  if (MAY_BE_PHRASE.test(text)) for (const [re, to] of ENGLISH_PHRASES) text = text.replace(re, to);
  const words = text.split(" ");
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if ((w === "unit" || w === "units") && words[i + 1] !== "kerja") out.push("satuan");
    else out.push(HEADER_ENGLISH[w] ?? HEADER_SHORT[w] ?? (HEADER_VOCAB.has(w) ? w : (typoOf(w) ?? w)));
  }
  return out.join(" ");
}

const YEAR = /^(19|20)\d\d$/;

// Patterns of the per-cell checks live here, not in the functions: a literal is a new RegExp
// object on every call, and these run on every cell of a sheet.
const COLUMN_NUMBER = /^\(?-?\s*\d{1,2}\s*\)?\.?$/;
/** "13 = 9 + 10 + 11 + 12", "(15) = (14) / (6) x 100": a column number with the formula the form prints */
const COLUMN_FORMULA = /^\(?\d{1,2}\)?\s*=\s*[\d()\s+\-/x×*.,:%]+$/i;
const NUMBER_IN_PARENS = /\(\s*\d{1,2}\s*\)/g;
/** "Sasaran (jiwa)", "Jumlah (orang)", "Volume (paket)": the unit a header's values are counted in closes it */
export const UNIT_CLOSING = /\(\s*[\p{L}.]{1,12}(?:\s[\p{L}.]{1,8})?\s*\)\s*$/u;
const UNIT_IN_PARENS = new RegExp(`(?<=\\S\\s*)${UNIT_CLOSING.source}`, "u");

/** "(1)", "-1", "1": cells of a column-number row. */
export function isColumnNumber(t: string): boolean {
  const s = t.trim();
  return COLUMN_NUMBER.test(s) || (s.includes("=") && COLUMN_FORMULA.test(s));
}

/** The number a column-number cell carries: "(13)" → 13, "15 = 14 / 6 x 100" → 15. */
export function columnNumberOf(t: string): number | undefined {
  const m = /^\(?-?\s*(\d{1,2})/.exec(t.trim());
  return m && isColumnNumber(t) ? Number(m[1]) : undefined;
}

const PAIR_HALF = /^(k|rp\.?|rp \(?000\)?|%|fisik|keuangan|kinerja|anggaran|volume)$/i;

/** "K", "Rp", "%": the halves under a kinerja/anggaran pair, a header row of their own. */
export function isPairHalf(t: string): boolean {
  return PAIR_HALF.test(t.trim());
}

export function isYearText(t: string): boolean {
  return YEAR.test(t.trim());
}

/**
 * "Tahun N", "Tahun N-1", "(N+1)", "Tahun ke-N": the year named relative to the reporting year, a
 * header word like "tahun" (the year itself, when printed, stands in a row of its own under it).
 */
const RELATIVE_YEAR = /(?<![\p{L}\d])\(?n(?:\s*[-–+]\s*\d)?\)?(?![\p{L}\d])/giu;

/** words a value column's header starts with, whatever region or body it names after them */
const VALUE_LEAD = new Set(["target", "realisasi", "capaian", "standar", "tgt", "trg", "real"]);

/** true when a short text is made (almost) only of header words. */
export function isHeaderish(t: string): boolean {
  if (t === "" || t.length > 120) return false;
  const words = normWords(
    withoutFootnotes(withYearWord(t))
      .replace(NUMBER_IN_PARENS, " ")
      .replace(UNIT_IN_PARENS, " ")
      .replace(RELATIVE_YEAR, " tahun "),
  );
  if (words.length === 0) return /%/.test(t);
  let other = 0;
  for (const w of words) if (!HEADER_VOCAB.has(w) && !YEAR.test(w)) other++;
  // long official headers ("... RKPD Kabupaten Bengkulu Utara Tahun Lalu") carry a region's name: a
  // quarter of the words may be others (past twelve words that is what the first bound says too)
  const allowed = words.length >= 3 ? Math.max(1, Math.floor(words.length * 0.25)) : 0;
  if (other <= allowed) return true;
  // "Target NTB", "Realisasi Jawa Tengah", "Standar RSUD": a value's word and the place it is of
  if (words.length <= 4 && VALUE_LEAD.has(words[0]!)) return true;
  // a slip or two ("INDIKATOT KINERJA") is still a header word; more other words make a sentence, and the
  // slips are looked for only in the few cells this near a header
  if (other - allowed > 2) return false;
  for (const w of words) if (!HEADER_VOCAB.has(w) && !YEAR.test(w) && typoOf(w) !== undefined) other--;
  return other <= allowed;
}

/** true when a header word was read through a slip ("INDIKATOT" as indikator): its role is a guess. */
export function hasSlip(t: string): boolean {
  for (const w of normWords(withoutFootnotes(t)))
    if (!HEADER_VOCAB.has(w) && HEADER_ENGLISH[w] === undefined && typoOf(w) !== undefined) return true;
  return false;
}
