/**
 * Header words → column roles. The synonym list carries the spellings real reports use
 * (Persentase/Presentase, Capaian/Capaiam, "Sat.", "Realisasi (Rp)", "Penjelasan/Formulasi").
 */
import type { ColumnRole } from "../engine/mapping";
import { periodeOf } from "./periode";
import { HEADER_ENGLISH } from "./header-english";
import { HEADER_SHORT } from "./header-short";
import { DIFFERENCE_SIGN, isDifference, namesSisa } from "./selisih";
import { normHeader, normWords, rawWords, withoutFootnotes } from "./text";

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
    "polarity maximize minimize maximise minimise direction uom fy realized realised rate " +
    // an SPM table: the services and the people each should reach ("Sasaran (jiwa) | Terlayani (jiwa)")
    "pelayanan dasar terlayani dilayani penerima " +
    // sources of funds a pagu is split into ("Pagu Anggaran (Rp) / DAU | DAK | Jumlah")
    "dau dak dbh pad apbd apbn apbdes blud bok did otsus bankeu umum khusus bagi transfer " +
    // what went wrong beside a row ("Kendala/Permasalahan", "Hambatan", "Analisis")
    "kendala hambatan permasalahan masalah analisis solusi tindak lanjut upaya " +
    // a difference beside the values ("Selisih", "Naik/Turun"), a revised agreement ("Target Awal |
    // Perubahan", "Murni", "Revisi"), a progress against the end target ("Capaian thd Target Akhir")
    "selisih deviasi gap kenaikan penurunan peningkatan perubahan naik turun murni revisi semula " +
    "sebelum setelah terhadap thd dibandingkan rasio"
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

/** Header text → its words, English ones in Indonesian; "Unit" alone is the satuan, "Unit Kerja" is not. */
function headerWords(t: string): string {
  let text = normWords(withoutFootnotes(t)).join(" ");
  if (MAY_BE_PHRASE.test(text)) for (const [re, to] of ENGLISH_PHRASES) text = text.replace(re, to);
  const words = text.split(" ");
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if ((w === "unit" || w === "units") && words[i + 1] !== "kerja") out.push("satuan");
    else out.push(HEADER_ENGLISH[w] ?? HEADER_SHORT[w] ?? w);
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

/** true when a short text is made (almost) only of header words. */
export function isHeaderish(t: string): boolean {
  if (t === "" || t.length > 120) return false;
  const words = normWords(
    withoutFootnotes(t)
      .replace(NUMBER_IN_PARENS, " ")
      .replace(UNIT_IN_PARENS, " ")
      .replace(RELATIVE_YEAR, " tahun "),
  );
  if (words.length === 0) return /%/.test(t);
  let other = 0;
  for (const w of words) if (!HEADER_VOCAB.has(w) && !YEAR.test(w)) other++;
  const allowed = words.length >= 3 ? Math.max(1, Math.floor(words.length * 0.25)) : 0;
  // long official headers ("... RKPD Kabupaten Bengkulu Utara Tahun Lalu") carry a region's name
  return other <= allowed && (words.length <= 12 || other <= Math.floor(words.length * 0.25));
}

/** true when the text names a role on its own (a core header cell, not just "2024" or "%"). */
export function namesRole(t: string): boolean {
  if (!isHeaderish(t)) return false;
  // header texts repeat across the sheets of a workbook: each distinct one is classified once
  let known = NAMES_ROLE.get(t);
  if (known === undefined) {
    const r = classifyHeader([t]);
    known = r.role !== "abaikan" && r.confidence >= 0.8;
    if (NAMES_ROLE.size > 5000) NAMES_ROLE.clear();
    NAMES_ROLE.set(t, known);
  }
  return known;
}
const NAMES_ROLE = new Map<string, boolean>();

export interface HeaderClass {
  role: ColumnRole;
  tahun?: number;
  triwulan?: number;
  confidence: number;
}

function has(re: RegExp, s: string): boolean {
  return re.test(s);
}

/** A column's header words as the rules read them. */
interface HeaderText {
  /** all header rows' words, group first */
  all: string;
  /** the lowest header row's words */
  last: string;
  /** the lowest row without years and "tahun": "T 2024" → "t" */
  bare: string;
  /** the raw text, lower case (for "Rp." that normalising would lose) */
  raw: string;
  /** true when the header said money (Rp, pagu, anggaran ...) */
  money: boolean;
}

type Rule = [test: (h: HeaderText) => boolean, role: ColumnRole, confidence: number];

const MONEY = /\b(rp|pagu|anggaran|alokasi|dana|keuangan|belanja)\b/;
/** the lowest row under a K/Rp pair: "K" is the kinerja half, "Rp" the anggaran half */
const KINERJA_HALF = /^(k|kinerja|fisik|volume)$/;
const ANGGARAN_HALF = /^(rp|anggaran|keuangan|rupiah|rp 000|dana)$/;
/** words of a "Target kinerja dan anggaran" group that the K half does not mean */
const MONEY_WORDS = / ?\b(dan )?(anggaran|keuangan|pagu|dana|rp)\b/g;
const CAPAIAN_IN_UNITS = /\bcapaian\s*\((?!\s*(%|persen))[a-z][a-z .]{0,15}\)/;
const RENSTRA = /\b(renstra|rpjmd|akhir periode)\b/;
/** "s.d. tahun 2023", "sampai dengan ... tahun lalu": a total over the years so far */
const SO_FAR = /\b(s d|sd|sampai dengan|hingga|kumulatif)\b/;
const KINERJA_PERCENT = /^(% kinerja|kinerja %|(persentase|persen|tingkat) kinerja( %)?)$/;
const NARRATIVE = /\b(kendala|hambatan|permasalahan|masalah|analisis|solusi|tindak lanjut|upaya)\b/;
const YEARS_AND_TAHUN = /\b((19|20)\d\d|tahun|thn)\b/g;
/** "Capaian thd Target Akhir (%)", "Tingkat Capaian terhadap Kondisi Akhir Renstra": R ÷ the end target */
const AGAINST_END =
  /^(tingkat |persentase |% |rasio )?(capaian|realisasi)\b.*\b(terhadap|thd|dibandingkan|dibanding|atas|dari)\b.*\b(target|kondisi( kinerja)?( pada)?) akhir\b|^(tingkat |persentase |% )?capaian\b.*\bakhir (periode|renstra|rpjmd)\b/;

/** A difference header of a budget table ("Selisih" beside pagu and realisasi): the sisa, when it names one. */
export function isSisaDifference(texts: string[]): boolean {
  return namesSisa(headerText(texts));
}

/** Roles of money columns: the year's budget, its realisasi or absorption; a Renstra or quarter amount is kept aside. */
const MONEY_RULES: Rule[] = [
  [(h) => has(/\bsisa\b/, h.all), "sisa", 0.95],
  [(h) => namesSisa(h), "sisa", 0.85],
  // "Selisih Anggaran (%)", "Selisih Realisasi 2023-2024 (Rp)": derived, never a second pagu
  [(h) => isDifference(h), "keterangan", 0.8],
  [(h) => has(/\bserapan\b/, h.all), "serapan", 0.95],
  // Rp of the Renstra: its whole budget, and what was spent of it so far
  [(h) => RENSTRA.test(h.all) && has(/\btingkat capaian\b|%/, h.all), "keterangan", 0.85],
  [(h) => RENSTRA.test(h.all) && has(/\brealisasi\b/, h.all), "realisasiAnggaranRenstra", 0.85],
  [(h) => RENSTRA.test(h.all), "paguRenstra", 0.85],
  // Rp of last year is no budget line of this year's; Rp of a quarter is that quarter's realisasi
  [(h) => has(/\btahun lalu\b/, h.all), "keterangan", 0.85],
  [(h) => has(/\btriwulan\b|\btw\b/, h.all) && !has(/%|\bpersen/, h.last), "realisasiAnggaran", 0.85],
  [(h) => has(/\brealisasi\b|\breal\b/, h.all) && has(/%|\bpersen/, h.last), "serapan", 0.9],
  [(h) => has(/\brealisasi\b|\breal\b/, h.all), "realisasiAnggaran", 0.9],
  [(h) => has(/^%$|\bpersen/, h.last) || has(/\btingkat capaian\b/, h.all), "serapan", 0.85],
  [(h) => has(/\bcapaian\b/, h.all), "capaian", 0.85],
  [() => true, "pagu", 0.9],
];

/** Roles from header words, first match wins: "Indikator Sasaran" is an indikator, "Realisasi (Rp)" money. */
const RULES: Rule[] = [
  [(h) => has(/\bsumber (dana|pendanaan)\b/, h.all), "keterangan", 0.9],
  [(h) => has(/\bsumber data\b/, h.all), "sumberData", 0.95],
  [(h) => has(/\bpenanggung ?jawab\b|\bpj\b|\bpic\b|\bunit kerja\b/, h.all), "penanggungJawab", 0.95],
  [
    (h) =>
      has(
        /\bformula|\bformulasi\b|\bpenjelasan\b|\brumus\b|\bcara (pen|per)?(g)?hitung|\bdefinisi operasional\b/,
        h.all,
      ),
    "formula",
    0.95,
  ],
  [(h) => has(/\bpolaritas\b|\barah (kinerja|indikator)\b/, h.all), "polaritas", 0.95],
  [(h) => has(/^(no|nomor|urut|urutan)$/, h.last) || has(/^(no|nomor)$/, h.all), "no", 0.95],
  [(h) => has(/\bkode\b/, h.all), "kode", 0.95],
  [(h) => has(/\bsatuan\b|^sat$/, h.all), "satuan", 0.95],
  [(h) => has(/\bsisa\b|\bserapan\b/, h.all) || (h.money && !has(/\bindikator\b/, h.all)), "pagu", 0],
  // a difference and a progress against the end target are derived: never a second realisasi or end target
  [(h) => isDifference(h), "keterangan", 0.85],
  [(h) => AGAINST_END.test(h.all) || AGAINST_END.test(h.last), "capaianRenstra", 0.85],
  [
    (h) => has(/\bnasional\b|\bstandar\b|\bspm\b/, h.all) && !has(/\bindikator\b/, h.all),
    "targetNasional",
    0.9,
  ],
  [
    (h) => has(/\bkondisi (kinerja )?(pada )?akhir\b|\bakhir periode\b|\btarget akhir\b/, h.all),
    "targetAkhir",
    0.95,
  ],
  [
    (h) => has(/\bkondisi (kinerja )?(pada )?awal\b|\bawal periode\b|\bbaseline\b|\bdata awal\b/, h.all),
    "baseline",
    0.95,
  ],
  [(h) => has(/\bukuran keberhasilan\b/, h.all), "indikator", 0.9],
  [
    (h) => has(/\bindikator\b|\biku\b|\bikk\b/, h.all) && !has(/^(capaian|target|realisasi)\b/, h.last),
    "indikator",
    0.95,
  ],
  // "Kendala/Permasalahan", "Hambatan", "Analisis Capaian", "Upaya/Tindak Lanjut": what is said about a
  // row, before the value words it may carry ("Analisis Capaian" holds sentences, not a percentage)
  [(h) => NARRATIVE.test(h.all), "keterangan", 0.85],
  // "Realisasi pada Triwulan / I / %": the quarter's own percentage beside its K, not a second realisasi
  [(h) => h.last === "%" && has(/\btriwulan\b|\btw\b/, h.all), "capaian", 0.8],
  // PermenPAN's "Rencana Tingkat Capaian" is the target; the form's "Realisasi Capaian Kinerja" the realisasi
  [(h) => has(/\brencana tingkat capaian\b/, h.all), "target", 0.9],
  // the Renja form's "Realisasi ... Renstra s.d. tahun 2023 / tahun lalu": the period so far, as printed
  [(h) => RENSTRA.test(h.all) && has(/\btingkat capaian\b/, h.all), "capaianRenstra", 0.85],
  [(h) => RENSTRA.test(h.all) && has(/^realisasi\b/, h.last) && SO_FAR.test(h.all), "renstraKumulatif", 0.85],
  [(h) => has(/\brenstra\b/, h.all) && has(/^realisasi\b/, h.last), "renstraRealisasi", 0.85],
  [(h) => has(/^realisasi\b/, h.last), "realisasi", 0.95],
  // "2023 Capaian (KK)": an achievement counted in a unit is the realisasi, not a percentage
  [(h) => CAPAIAN_IN_UNITS.test(h.raw), "realisasi", 0.8],
  [
    (h) =>
      has(/\bcapaian\b|^c( %)?$/, h.bare) ||
      (has(/\bcapaian\b/, h.all) && !has(/\b(target|realisasi)\b/, h.all)),
    "capaian",
    0.95,
  ],
  // "% Kinerja", "Tingkat Kinerja (%)": the share of the target reached; "Kinerja 2024": what the year reached
  [(h) => KINERJA_PERCENT.test(h.bare), "capaian", 0.85],
  [(h) => h.bare === "kinerja" && h.last !== h.bare, "realisasi", 0.8],
  [(h) => has(/\bpredikat\b|\bkriteria\b|\bkategori\b|\bmutu\b/, h.all), "predikat", 0.95],
  [(h) => has(/\befisiensi\b|\bketerangan\b|^ket$|\bcatatan\b|^status$/, h.all), "keterangan", 0.9],
  [(h) => has(/\brealisasi\b|^r( %)?$|^real$/, h.bare), "realisasi", 0.95],
  [(h) => has(/\btarget\b|^t( %)?$/, h.bare), "target", 0.95],
  [(h) => has(/\brealisasi\b/, h.all) && !has(/\btarget\b/, h.all), "realisasi", 0.9],
  // "Rencana Aksi", "Aksi / Kegiatan": the actions planned toward a target, words, not the target
  [(h) => has(/\baksi\b/, h.all), "keterangan", 0.85],
  [(h) => has(/\btarget\b|\brencana\b/, h.all), "target", 0.9],
  [(h) => has(/^sasaran\b/, h.all), "sasaran", 0.95],
  [(h) => levelWords(h.all) >= 3 || (levelWords(h.all) >= 2 && h.raw.includes("/")), "nama", 0.9],
  // "Uraian Kegiatan", "Nama Program": a name column of one level is that level
  [(h) => oneLevelName(h) && has(/\bsub ?kegiatan\b/, h.all), "subkegiatan", 0.9],
  [(h) => oneLevelName(h) && has(/(?<!sub )\bkegiatan\b/, h.all), "kegiatan", 0.9],
  [(h) => oneLevelName(h) && has(/\bprogram\b/, h.all), "program", 0.9],
  [(h) => has(/\buraian\b|\bnama\b|\bjenis\b|\bkomponen\b/, h.all), "nama", 0.85],
  [(h) => has(/\bsub ?kegiatan\b/, h.all), "subkegiatan", 0.95],
  [(h) => has(/\bprogram\b/, h.all), "program", 0.95],
  [(h) => has(/\bkegiatan\b/, h.all), "kegiatan", 0.95],
  [(h) => has(/\bsasaran\b/, h.all), "sasaran", 0.95],
  [(h) => has(/\btujuan\b/, h.all), "tujuan", 0.95],
  // "Kinerja urusan" groups the rows of a national-standard table the way a sasaran does
  [(h) => has(/\bkinerja urusan\b/, h.all), "sasaran", 0.8],
];

/** "Program/Kegiatan", "Urusan … dan Program/Kegiatan/Sub Kegiatan": a column of rows of several levels. */
function levelWords(all: string): number {
  let n = 0;
  for (const re of [/\burusan\b/, /\bprogram\b/, /(?<!sub )\bkegiatan\b/, /\bsub ?kegiatan\b/])
    if (re.test(all)) n++;
  return n;
}

function oneLevelName(h: HeaderText): boolean {
  return has(/\b(uraian|nama)\b/, h.all) && levelWords(h.all) === 1;
}

/** The header rows' words, the K/Rp half of a pair folded in: a K half drops the group's money words. */
function headerText(texts: string[]): HeaderText {
  let parts = texts.map(headerWords).filter((p) => p !== "");
  let money = false;
  const lastRaw = parts[parts.length - 1] ?? "";
  if (parts.length > 1 && KINERJA_HALF.test(lastRaw))
    parts = parts.slice(0, -1).map((p) => p.replace(MONEY_WORDS, "").trim());
  else if (parts.length > 1 && ANGGARAN_HALF.test(lastRaw)) money = true;
  const raw = texts.join(" ").toLowerCase();
  const all = parts.join(" ");
  if (!money) money = parts.length > 0 && (MONEY.test(all) || /\brp\.?\b/.test(raw));
  const last = parts[parts.length - 1] ?? "";
  const bare = last.replace(YEARS_AND_TAHUN, " ").replace(/ +/g, " ").trim();
  return { all, last, bare, raw, money };
}

function roleOf(h: HeaderText): [ColumnRole, number] | undefined {
  for (const [test, role, confidence] of RULES) {
    if (!test(h)) continue;
    // the money rule stands for its own list
    if (confidence === 0) {
      const m = MONEY_RULES.find(([t]) => t(h))!;
      return [m[1], m[2]];
    }
    return [role, confidence];
  }
  return undefined;
}

/**
 * One column's header texts, top to bottom (group header first), → its role, year and quarter.
 * Years and quarters are read from every row; the role from the words (see RULES).
 */
export function classifyHeader(texts: string[]): HeaderClass {
  const parts = texts.map(headerWords).filter((p) => p !== "");
  const fixed = texts.some((t) => normHeader(t) !== rawWords(withoutFootnotes(t)).join(" "));
  let tahun: number | undefined;
  for (const p of parts) {
    const m = /(?:^|\s)((?:19|20)\d\d)(?:\s|$)/.exec(p);
    if (m) tahun = Number(m[1]);
  }
  const triwulan = periodeOf(parts);
  const out = (role: ColumnRole, confidence: number): HeaderClass => {
    const r: HeaderClass = { role, confidence: fixed ? Math.min(confidence, 0.85) : confidence };
    if (tahun !== undefined) r.tahun = tahun;
    if (triwulan !== undefined) r.triwulan = triwulan;
    return r;
  };
  // "+/-" has no word: its sign says a difference
  if (parts.length === 0)
    return texts.some((t) => DIFFERENCE_SIGN.test(t)) ? out("keterangan", 0.85) : out("abaikan", 0.3);
  const found = roleOf(headerText(texts));
  if (found) return out(found[0], found[1]);
  if (tahun !== undefined && parts.every((p) => /^((19|20)\d\d|%|tahun( (19|20)\d\d)?)$/.test(p)))
    return out("target", 0.5);
  if (triwulan !== undefined) return out("target", 0.6);
  return out("abaikan", 0.3);
}
