/** Polaritas from a column, from the target's shape, or (flagged as a guess) from the indicator's words. */
import type { ParsedValue, Polaritas } from "../engine/model";
import { normWords } from "./text";
import { BERFUNGSI, RUSAK, rusakDiAkhir, saranaUntuk } from "./polaritas-sarana";
import { LAJU_PHRASES, lajuDiBatas, lajuNaik, MAY_LAJU, vcAt } from "./polaritas-laju";
import {
  DELIVERABLE,
  hasilSetelahMasalah,
  masalahDialami,
  PROBLEM_PHRASES,
  PROBLEM_PLACE_KEYS,
  PROBLEM_PLACES,
} from "./polaritas-masalah";

export function polaritasFromCell(text: string): Polaritas | undefined {
  const t = text.toLowerCase();
  if (t === "") return undefined;
  if (/turun|negatif|menurun|minimi[sz]e|lower|↓|semakin kecil|rendah/.test(t)) return "turun";
  if (/rentang|range|interval/.test(t)) return "rentang";
  if (/huruf|predikat|grade/.test(t)) return "huruf";
  if (/indeks|index|skor/.test(t)) return "indeks";
  if (/naik|positif|meningkat|maximi[sz]e|higher|↑|semakin besar|tinggi/.test(t)) return "naik";
  return undefined;
}

/**
 * What the wording says about the direction. `turun`: the indicator measures a problem (angka kemiskinan,
 * jumlah temuan, PMKS yang belum tertangani). `naik`: the wording looks like a problem but measures its
 * reduction or its handling (persentase penurunan …, temuan yang ditindaklanjuti, kasus yang tertangani).
 * undefined: the wording says nothing either way (most indicators: the default naik applies).
 * `word` is the phrase that decided, for the finding that names it.
 */
export interface PolaritasGuess {
  polaritas: "naik" | "turun";
  word: string;
}

/**
 * Verbs and nouns saying the problem was handled, served or followed up: they turn a problem word back
 * to higher-is-better. Matched per word; "ditanggul…" also catches the misspelling "ditanggulagi".
 */
const HANDLED_STEMS = [
  "tangani",
  "tanggul\\w*",
  "layani",
  "selesaikan",
  "atasi",
  "tuntaskan",
  "entaskan",
  "rehabilitasi",
  "bina",
  "pulihkan",
  "penuhi",
  "jangkau",
  "data",
  "catat",
  "daftar",
  "akses",
  "pulangkan",
  "evakuasi",
  "tempatkan",
  "tagih",
  "rujuk",
  "dampingi",
  "bantu",
  "tindak",
  "tindaklanjuti",
  "pecahkan",
  "lindungi",
  "selamatkan",
  // repaired, rebuilt, cured: "rumah tidak layak huni yang diperbaiki" counts the repairs
  ...["perbaiki", "bangun", "renovasi", "rehab", "tata", "pugar", "relokasi", "tingkatkan"],
  ...["sembuhkan", "obati"],
  // what a service does to the people or cases a problem counts: mediated, trained, placed, answered
  ...["mediasi", "damaikan", "latih", "berdayakan", "respon", "respons", "tolong", "serap", "salurkan"],
  ...["kembalikan", "reintegrasi", "advokasi", "fasilitasi", "intervensi", "kendali", "kendalikan"],
  ...["ungkap", "tangkap", "proses", "tegakkan", "santuni", "asuh", "periksa", "skrining", "vaksinasi"],
  // a problem place dealt with: "titik sampah liar yang dibersihkan", "bangunan liar yang ditertibkan"
  ...["tertibkan", "bersihkan", "tutup", "bongkar", "angkut", "amankan", "awasi", "pasang", "pasangi"],
];
/** The same in English reports ("violence cases handled", "complaints resolved"). */
const HANDLED_EN = ["handled", "resolved", "addressed", "repaired", "rehabilitated", "treated", "cured"];
const HANDLED_EN_MORE = ["served", "settled", "followed", "assisted", "rescued", "coverage"];
const HANDLED_WORDS = [
  "terehabilitasi",
  "tindaklanjut",
  "tindaklanjuti",
  "penanganan",
  "penanggulangan",
  "penyelesaian",
  "pengentasan",
  "pemulihan",
  "penemuan",
  "penindakan",
  "penegakan",
  "rehabilitasi",
  "mendapat",
  "mendapatkan",
  "menerima",
  "penerima",
  "memperoleh",
  "memiliki",
  "mempunyai",
  "mengakses",
  "keluar",
  "graduasi",
  "cakupan",
  ...["perbaikan", "pembangunan", "penataan", "pemugaran", "peningkatan"],
  // solving a case, said as a noun or an active verb ("pembelajaran pemecahan kasus", "mahasiswa yang
  // menyelesaikan kasus", "penuntasan kasus", "pengungkapan kasus")
  ...["pemecahan", "penuntasan", "pengungkapan", "memecahkan", "menyelesaikan", "menuntaskan", "menangani"],
  ...["mengatasi", "menanggulangi", "mengungkap", "solving", "solved"],
  ...["penertiban", "pembersihan", "penutupan", "pembongkaran", "pengangkutan", "pengamanan"],
  ...HANDLED_EN,
  ...HANDLED_EN_MORE,
];
const HANDLED = new RegExp(`^(?:(?:di|ter)(?:${HANDLED_STEMS.join("|")})|${HANDLED_WORDS.join("|")})$`);
/** Handling words that say nothing when negated ("belum cakupan" is no phrase; "tidak penerima" neither). */
const NOT_NEGATABLE = new Set(["cakupan", "penerima", "keluar", "graduasi"]);

/** Words between a negation and its verb that do not change it ("belum dapat ditangani"). */
const NEGATION_FILLER = new Set([
  ...["yang", "dapat", "bisa", "sempat", "pernah", "sepenuhnya", "seluruhnya"],
  ...["yet", "been", "fully", "be"],
]);
const NEGATION_WORDS = ["belum", "tidak", "tdk", "blm", "tak", "not"];
const NEGATION = new Set(NEGATION_WORDS);

/** Head words that state a falling quantity as the goal ("Menurunnya angka kemiskinan"). */
const HEAD_TURUN_WORDS = [
  ...["menurunnya", "berkurangnya", "turunnya", "menurun", "berkurang", "menurunkan", "mengurangi"],
  "menekan",
  ...["reduced", "reducing", "reduce", "decreasing", "decreased", "lowering", "lower"],
];
const HEAD_TURUN = new RegExp(`^(?:${HEAD_TURUN_WORDS.join("|")})$`);
/** A head word that states a rising quantity as the goal ("Meningkatnya penanganan kasus"). */
const HEAD_NAIK =
  /^(?:meningkatnya|meningkat|naiknya|bertambahnya|peningkatan|meningkatkan|increased|increasing|improved|higher)$/;

/** The measured quantity is a reduction: "persentase penurunan …", "tingkat pengurangan …". */
const REDUCTION_NOUN = /^(?:penurunan|pengurangan|reduction|decrease|decline)$/;
const REDUCTION_AFTER_MEASURE = /^(?:penurunan|pengurangan|menurunnya|berkurangnya|turunnya)$/;
const MEASURE =
  /^(?:persentase|tingkat|laju|rasio|angka|jumlah|besaran|capaian|rata|proporsi|indeks|rate|percentage|number|ratio|share|proportion|index|level)$/;

const PROBLEM_RE = new RegExp(`(?:^| )(${[...PROBLEM_PHRASES, ...LAJU_PHRASES].join("|")})(?= |$)`);

/** Verb forms split in two by typing ("di tangani", "di tindak lanjuti", "tindak lanjut") made one word. */
function joinSplitVerbs(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (w === "tindak" && (next === "lanjut" || next === "lanjuti")) {
      out.push(`tindak${next}`);
      i++;
    } else {
      out.push(w);
    }
  }
  const joined: string[] = [];
  for (let i = 0; i < out.length; i++) {
    const next = out[i + 1];
    if ((out[i] === "di" || out[i] === "ter") && next !== undefined && HANDLED.test(`${out[i]}${next}`)) {
      joined.push(`${out[i]}${next}`);
      i++;
    } else {
      joined.push(out[i]!);
    }
  }
  return joined;
}

/** The words an indicator's text is judged on: list numbers and letters at the start go. */
function wordsOf(indikator: string): string[] {
  const words = joinSplitVerbs(normWords(indikator));
  let start = 0;
  // "V/C Ratio …" opens with two letters that are its subject, not a list mark
  while (start < words.length && /^(?:\d+|[a-z])$/.test(words[start]!) && start < 2 && !vcAt(words, start))
    start++;
  return words.slice(start);
}

/** "belum tertangani", "tidak dapat ditindaklanjuti": what was not handled, lower is better. */
function negatedHandling(words: string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    if (!NEGATION.has(words[i]!)) continue;
    let j = i + 1;
    while (j < words.length && NEGATION_FILLER.has(words[j]!)) j++;
    const verb = words[j];
    if (verb !== undefined && HANDLED.test(verb) && !NOT_NEGATABLE.has(verb))
      return words.slice(i, j + 1).join(" ");
  }
  return undefined;
}

function reduction(words: string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i > 0 && MEASURE.test(words[i - 1]!) && REDUCTION_AFTER_MEASURE.test(w))
      return `${words[i - 1]} ${w}`;
    if (REDUCTION_NOUN.test(w)) return w;
  }
  return undefined;
}

const DURATION_WORDS = ["waktu", "lama", "lamanya", "durasi"];
/** English puts the service before the time ("average waiting time", "permit processing time"). */
const DURATION_EN_WORDS = ["waiting", "response", "processing", "turnaround", "handling", "completion"];
const DURATION = new RegExp(
  `\\b(?:${DURATION_WORDS.join("|")}) (?:rata rata )?` +
    "(?:penyelesaian|pelayanan|pengurusan|proses|tunggu|tanggap|respon|penanganan|pemrosesan|penerbitan)\\b" +
    `|\\b(?:${DURATION_EN_WORDS.join("|")}) (?:time|duration|days)\\b`,
);

/** "dalam", "within": the time that follows is the bound cases are counted within, not the measure */
const WITHIN = /\b(?:dalam|di bawah|kurang dari|sesuai|within|under)\s*$/;
/** Head words of a share of cases: a duration after one of them is a standard met, higher is better. */
const SHARE_HEAD =
  /^(?:persentase|presentase|proporsi|kepatuhan|cakupan|ketepatan|percentage|share|proportion|compliance|coverage)$/;

/**
 * Every word a turun guess rests on (duration, negation, falling head word, the first word of each
 * problem phrase), as a case-blind substring. The spelling fixes (text.ts) never produce one of these,
 * and joined verbs are handling words, so on plain ASCII a turun guess implies a match here.
 */
const MAY_TURUN = new RegExp(
  [
    ...DURATION_WORDS,
    ...DURATION_EN_WORDS,
    ...NEGATION_WORDS,
    ...HEAD_TURUN_WORDS,
    ...PROBLEM_PHRASES.filter((p) => !PROBLEM_PLACES.includes(p)).map((p) => p.split(" ")[0]!),
    ...PROBLEM_PLACE_KEYS,
  ].join("|"),
  "i",
);
const NOT_PRINTABLE_ASCII = /[^ -~]/;

/** Cheap looks at the whole text that let most indicators skip the per-word passes. */
const MAY_NEGATE = /(?:^| )(?:belum|tidak|tdk|blm|tak|not) /;
const MAY_REDUCE = /urun|urang|reduc|decrease|decline/;

export function guessPolaritas(indikator: string): PolaritasGuess | undefined {
  const words = wordsOf(indikator);
  if (words.length === 0) return undefined;
  const text = words.join(" ");
  // the time a service takes: the shorter the better ("tepat waktu" measures the opposite)
  const time = DURATION.exec(text);
  // "Persentase/Kepatuhan waktu tanggap ≤ 5 menit": the share of services within the time, not the time
  // "kejadian yang ditangani dalam waktu tanggap ≤ 15 menit": the cases within the time are counted
  const within = time && WITHIN.test(text.slice(0, time.index));
  if (time && !within && !/\b(?:tepat waktu|on time)\b/.test(text) && !SHARE_HEAD.test(words[0]!))
    return { polaritas: "turun", word: time[0] };
  const negated = MAY_NEGATE.test(text) ? negatedHandling(words) : undefined;
  if (negated) return { polaritas: "turun", word: negated };
  const head = words[0]!;
  if (HEAD_TURUN.test(head)) return { polaritas: "turun", word: head };
  const reduced = MAY_REDUCE.test(text) ? reduction(words) : undefined;
  if (reduced) return { polaritas: "naik", word: reduced };
  if (HEAD_NAIK.test(head)) return { polaritas: "naik", word: head };
  // "Contraceptive Prevalence Rate": a rate of use, whatever "prevalensi" names elsewhere
  const naikRate = lajuNaik(text);
  if (naikRate) return { polaritas: "naik", word: naikRate };
  const problem = PROBLEM_RE.exec(text);
  if (!problem) return undefined;
  // "Persentase sarana penanggulangan banjir yang rusak": the closing clause says what is counted
  const idle = rusakDiAkhir(text, (w) => HANDLED.test(w));
  if (idle) return { polaritas: "turun", word: idle };
  // "PPKS penerima layanan yang mengalami kekerasan": the verb's clause says what is counted
  const suffered = masalahDialami(text, PROBLEM_RE, (w) => HANDLED.test(w));
  if (suffered) return { polaritas: "turun", word: suffered };
  const handled = words.find((w) => HANDLED.test(w));
  if (handled) return { polaritas: "naik", word: handled };
  // "Jumlah anak putus sekolah kembali bersekolah", "penderita TB yang sembuh": the state they reached
  const reached = hasilSetelahMasalah(text.slice(problem.index + problem[0].length));
  if (reached) return { polaritas: "naik", word: reached };
  // "Jumlah hidran kebakaran yang berfungsi": the count is of what works, whatever problem it serves
  const working = BERFUNGSI.exec(text);
  if (working) return { polaritas: "naik", word: working[1]! };
  // "Jumlah hidran yang rusak", "sarana yang tidak berfungsi": the count is of what failed
  const broken = RUSAK.exec(text);
  if (broken) return { polaritas: "turun", word: broken[1]! };
  // "Jumlah dokumen kajian risiko bencana": the count is of what the service made, higher is better
  const lead = text.slice(0, problem.index).trim().split(" ");
  if (lead.some((w) => DELIVERABLE.has(w))) return undefined;
  // "Jumlah mobil pemadam kebakaran": the problem word names what the equipment is for
  if (saranaUntuk(lead)) return undefined;
  // "Persentase ruas jalan dengan V/C ≤ 0,85": the bound, not the rate's name, says which side is good
  if (lajuDiBatas(problem[1]!, lead)) return undefined;
  // the measure before the problem names it better: "jumlah temuan", "angka kematian"
  const before = text.slice(0, problem.index).trim().split(" ").pop() ?? "";
  const word = problem[1]!;
  return { polaritas: "turun", word: MEASURE.test(before) ? `${before} ${word}` : word };
}

/**
 * The reader's guess: only lower-is-better is worth flagging, since higher-is-better is the default
 * and a wording trap resolved to naik ("persentase penurunan …") leaves the default as it is.
 */
export function polaritasFromWords(indikator: string): { polaritas: Polaritas; word: string } | undefined {
  // Most indicators name no problem, no negation, no duration, no falling head word: a plain-ASCII text
  // holding none of those words as a substring cannot be guessed turun, and skips the word passes
  // (≈0,3 s of the reader's 4,7 s at 100,000 rows). Non-ASCII texts are folded first, so they always run.
  if (!NOT_PRINTABLE_ASCII.test(indikator) && !MAY_TURUN.test(indikator) && !MAY_LAJU.test(indikator))
    return undefined;
  const g = guessPolaritas(indikator);
  return g && g.polaritas === "turun" ? g : undefined;
}

export function polaritasFromTarget(target: ParsedValue | undefined): Polaritas | undefined {
  if (!target) return undefined;
  if (target.kind === "grade") return "huruf";
  if (target.kind === "range") return "rentang";
  return undefined;
}
