/**
 * Header words → column roles. The synonym list carries the spellings real reports use
 * (Persentase/Presentase, Capaian/Capaiam, "Sat.", "Realisasi (Rp)", "Penjelasan/Formulasi").
 */
import type { ColumnRole } from "../engine/mapping";
import { periodeOf } from "./periode";
import { planPeriod, withoutPlanPeriod } from "./periode-rencana";
import { hasSlip, headerWords, isHeaderish } from "./header-cells";
import { DIFFERENCE_SIGN, isDifference, namesSisa } from "./selisih";
import { normHeader, rawWords, withoutFootnotes } from "./text";

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

const SERAPAN = /\b(pe)?nyerapan\b|\bserapan\b|\bdaya serap\b/;
const MONEY = /\b(rp|pagu|anggaran|alokasi|dana|keuangan|belanja)\b/;
/** the lowest row under a K/Rp pair: "K" is the kinerja half, "Rp" the anggaran half */
const KINERJA_HALF = /^(k|kinerja|fisik|volume)$/;
const ANGGARAN_HALF = /^(rp|anggaran|keuangan|rupiah|rp 000|dana)$/;
/** words of a "Target kinerja dan anggaran" group that the K half does not mean */
const MONEY_WORDS = / ?\b(dan )?(anggaran|keuangan|pagu|dana|rp)\b/g;
const CAPAIAN_IN_UNITS = /\bcapaian\s*\((?!\s*(%|persen))[a-z][a-z .]{0,15}\)/;
const RENSTRA = /\b(renstra|rpjmd|akhir periode)\b/;
/**
 * "Target/Capaian Kinerja Program dan Kerangka Pendanaan", "Pendanaan Indikatif": the Renstra form's yearly
 * plan, a target K and its funding Rp per year, whatever word ("capaian") the export heads it with.
 */
const PLAN_FUNDING = /\b(kerangka pendanaan|pendanaan indikatif)\b/;
/** "Tingkat Capaian Kinerja dan Realisasi Anggaran ... (%)": its Rp half is a percent; "(Rp / %)" says both */
const percentGroup = (g: string): boolean => /\btingkat capaian\b|%|\bpersen/.test(g) && !/\brp\b/.test(g);
/** "s.d. tahun 2023", "sampai dengan ... tahun lalu": a total over the years so far */
const SO_FAR = /\b(s d|sd|sampai dengan|hingga|kumulatif)\b/;
const KINERJA_PERCENT = /^(% kinerja|kinerja %|(persentase|persen|tingkat) kinerja( %)?)$/;
const NARRATIVE = /\b(kendala|hambatan|permasalahan|masalah|analisis|solusi|tindak lanjut|upaya)\b/;
const PENCAPAIAN = /^(% |persentase |tingkat |nilai )?(pencapaian|ketercapaian)( kinerja| target)?( %)?$/;
const STATUS_OF_ROW = /^status (capaian|pencapaian|ketercapaian|kinerja|target)\b/;
const YEARS_AND_TAHUN = /\b((19|20)\d\d|tahun|thn)\b/g;
/** "Capaian thd Target Akhir (%)", "Tingkat Capaian terhadap Kondisi Akhir Renstra": R ÷ the end target */
const AGAINST_END =
  /^(tingkat |persentase |% |rasio )?(capaian|realisasi)\b.*\b(terhadap|thd|dibandingkan|dibanding|atas|dari)\b.*\b(target|kondisi( kinerja)?( pada)?) akhir\b|^(tingkat |persentase |% )?capaian\b.*\bakhir (periode|renstra|rpjmd)\b|^(tingkat |persentase |% )?(capaian|pencapaian|ketercapaian)( kinerja)? (target|kondisi( kinerja)?) akhir\b/;

/** "Tingkat Realisasi (%)", "Rasio Realisasi Kinerja": how much of the target was realised, in percent */
export const RATE_OF_REALISASI = /^(tingkat|rasio) (realisasi|pencapaian|ketercapaian)\b/;
/** "Capaian SPM (%)", "Realisasi Standar": what was reached of a standard leads; the standard only qualifies it */
const OF_STANDARD = /^(tingkat |persentase |% )?(capaian|pencapaian|realisasi)\b/;
/** "Prediksi Capaian", "Proyeksi Capaian", "Prognosa Kinerja": a forecast, not what was reached */
const FORECAST = /\b(prediksi|proyeksi|prognosa|prognosis|prakiraan|perkiraan|forecast|projected)\b/;
/** "Target ... terhadap ...": a comparison that names the target, not the target */
const AGAINST = /\b(terhadap|thd|dibandingkan|dibanding)\b/;

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
  // "Serapan", "Penyerapan Anggaran (%)", "Daya Serap": the share of the pagu spent
  [(h) => has(SERAPAN, h.all), "serapan", 0.95],
  // Rp of the Renstra: its whole budget, and what was spent of it so far
  [(h) => RENSTRA.test(h.all) && has(/\btingkat capaian\b|%/, h.all), "keterangan", 0.85],
  [(h) => RENSTRA.test(h.all) && has(/\brealisasi\b/, h.all), "realisasiAnggaranRenstra", 0.85],
  [(h) => RENSTRA.test(h.all), "paguRenstra", 0.85],
  // a plan year's funding, however the group heads its K half ("Capaian Kinerja ... dan Kerangka Pendanaan")
  [(h) => PLAN_FUNDING.test(h.all), "pagu", 0.9],
  // Rp of last year is no budget line of this year's; Rp of a quarter is that quarter's realisasi
  [(h) => has(/\btahun lalu\b/, h.all), "keterangan", 0.85],
  // the Rp half of a pair whose group is a percent ("Tingkat Capaian Kinerja dan Realisasi Anggaran (%)"):
  // the share of the pagu spent, not rupiah, whatever "realisasi" the group also says
  [(h) => ANGGARAN_HALF.test(h.last) && percentGroup(h.all.slice(0, -h.last.length)), "serapan", 0.9],
  [(h) => has(/\btriwulan\b|\btw\b/, h.all) && !has(/%|\bpersen/, h.last), "realisasiAnggaran", 0.85],
  [(h) => has(/\brealisasi\b|\breal\b/, h.all) && has(/%|\bpersen/, h.last), "serapan", 0.9],
  [(h) => has(/\brealisasi\b|\breal\b/, h.all), "realisasiAnggaran", 0.9],
  [(h) => has(/^%$|\bpersen/, h.last) || has(/\btingkat capaian\b/, h.all), "serapan", 0.85],
  [(h) => has(/\bcapaian\b/, h.all), "capaian", 0.85],
  [() => true, "pagu", 0.9],
];

const RHK_ATASAN = /\bhasil kerja\b.*\b(pimpinan|atasan|diintervensi)\b|\brhk (pimpinan|atasan)\b/;
const SKP_WORDS = /^(aspek|umpan balik( berkelanjutan)?|ekspektasi|perspektif)$/;

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
  [
    (h) => has(/\bsisa\b/, h.all) || has(SERAPAN, h.all) || (h.money && !has(/\bindikator\b/, h.all)),
    "pagu",
    0,
  ],
  // a difference and a progress against the end target are derived: never a second realisasi or end target
  [(h) => isDifference(h), "keterangan", 0.85],
  [(h) => AGAINST_END.test(h.all) || AGAINST_END.test(h.last), "capaianRenstra", 0.85],
  [
    (h) =>
      has(
        /\bnasional\b|\bstandar\b|\bspm\b|\bnspk\b|\b(nilai|angka|batas|rentang|kisaran) (ideal|normal)\b/,
        h.all,
      ) &&
      !has(/\bindikator\b/, h.all) &&
      !OF_STANDARD.test(h.bare),
    "targetNasional",
    0.9,
  ],
  [
    (h) => has(/\bkondisi (kinerja )?(pada )?akhir\b|\bakhir periode\b|\btarget akhir\b/, h.all),
    "targetAkhir",
    0.95,
  ],
  [
    (h) =>
      has(
        /\bkondisi (kinerja )?(pada )?awal\b|\bawal (periode|perencanaan)\b|\bbaseline\b|\bdata awal\b/,
        h.all,
      ),
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
  // "Status Capaian", "Status Kinerja": Tercapai / Tidak Tercapai said of the row, as a bare "Status" is
  [(h) => STATUS_OF_ROW.test(h.all), "keterangan", 0.85],
  // "Realisasi pada Triwulan / I / %": the quarter's own percentage beside its K, not a second realisasi
  [(h) => h.last === "%" && has(/\btriwulan\b|\btw\b/, h.all), "capaian", 0.8],
  [(h) => PLAN_FUNDING.test(h.all), "target", 0.85],
  // PermenPAN's "Rencana Tingkat Capaian" is the target; the form's "Realisasi Capaian Kinerja" the realisasi
  [(h) => has(/\brencana tingkat capaian\b/, h.all), "target", 0.9],
  // the Renja form's "Realisasi ... Renstra s.d. tahun 2023 / tahun lalu": the period so far, as printed
  [(h) => RENSTRA.test(h.all) && has(/\btingkat capaian\b/, h.all), "capaianRenstra", 0.85],
  [(h) => RENSTRA.test(h.all) && has(/^realisasi\b/, h.last) && SO_FAR.test(h.all), "renstraKumulatif", 0.85],
  [(h) => has(/\brenstra\b/, h.all) && has(/^realisasi\b/, h.last), "renstraRealisasi", 0.85],
  // "Prediksi Capaian (%) / Tw 1": what a PK expects to reach by a quarter, a plan, never a measured capaian
  [(h) => FORECAST.test(h.all) && !has(/\brealisasi\b/, h.all), "keterangan", 0.8],
  // "Tingkat Realisasi (%)", "Rasio Realisasi": the realisasi as a share of the target, a capaian
  [(h) => RATE_OF_REALISASI.test(h.bare), "capaian", 0.9],
  [(h) => has(/^realisasi\b/, h.last), "realisasi", 0.95],
  // "Target Kinerja Capaian Program": the target of the program's outcome (its "capaian"), not a percentage
  [(h) => has(/^target\b/, h.bare) && !AGAINST.test(h.bare), "target", 0.9],
  // "2023 Capaian (KK)": an achievement counted in a unit is the realisasi, not a percentage
  [(h) => CAPAIAN_IN_UNITS.test(h.raw), "realisasi", 0.8],
  [
    (h) =>
      has(/\bcapaian\b|^c( %)?$/, h.bare) ||
      (has(/\bcapaian\b/, h.all) && !has(/\b(target|realisasi)\b/, h.all)) ||
      // "Pencapaian (%)", "% Pencapaian", "Ketercapaian": the same word with its affixes
      (PENCAPAIAN.test(h.bare) && !h.money),
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
  // an SKP's "Rencana Hasil Kerja (RHK)": the planned result stated in words, as a sasaran is; the leader's
  // RHK it serves ("… Pimpinan yang Diintervensi"), its "Aspek" and the "Umpan Balik" are words about the row
  [(h) => RHK_ATASAN.test(h.all) || SKP_WORDS.test(h.all), "keterangan", 0.85],
  [(h) => has(/\b(rencana )?hasil kerja\b|^rhk$/, h.all), "sasaran", 0.85],
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
export function levelWords(all: string): number {
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
  // a word read as the role word it is one slip from: the role is a guess, below a spelling known from reports
  const slipped = texts.some(hasSlip);
  let tahun: number | undefined;
  for (const t of texts) {
    // "RPJMN 2020-2024": a plan's period is no year of the value (periode-rencana.ts decides it)
    const p = planPeriod(t) ? headerWords(withoutPlanPeriod(t)) : headerWords(t);
    const m = /(?:^|\s)((?:19|20)\d\d)(?:\s|$)/.exec(p);
    if (m) tahun = Number(m[1]);
  }
  const triwulan = periodeOf(parts);
  const out = (role: ColumnRole, confidence: number): HeaderClass => {
    const cap = slipped ? 0.8 : fixed ? 0.85 : 1;
    const r: HeaderClass = { role, confidence: Math.min(confidence, cap) };
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
