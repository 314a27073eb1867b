/**
 * The words of problems for polaritas.ts: problems whose count, rate or share is meant to fall, the places
 * where one keeps occurring, and what a service produces about a problem (which then names the subject,
 * not the measured quantity).
 */

/**
 * Places where a problem keeps occurring, and what stands there against the rules: a count of them is
 * meant to fall ("Jumlah titik rawan sampah liar", "titik rawan banjir", "bangunan liar"). Their first
 * words ("daerah", "titik", "sampah") name much else; MAY_TURUN keys them on the word that makes them one.
 */
export const PROBLEM_PLACES = [
  ...["titik rawan", "lokasi rawan", "kawasan rawan", "daerah rawan", "wilayah rawan", "ruas rawan"],
  ...["titik panas", "titik api", "kemacetan", "titik macet", "pungli", "pungutan liar"],
  ...["sampah liar", "pembuangan liar", "tps liar", "bangunan liar", "parkir liar", "hunian liar"],
  ...["penambangan liar", "pertambangan liar", "reklame liar", "pedagang liar", "perjudian"],
];
export const PROBLEM_PLACE_KEYS = ["rawan", "liar", "titik", "kemacetan", "pungli", "perjudian"];

/**
 * Problems: a count, rate or share of these is lower-is-better. Target groups that a service counts
 * (PMKS, PPKS, fakir miskin, korban bencana, anak terlantar) are not problems here: "Jumlah korban
 * bencana" counts people helped, "Jumlah Fakir Miskin" the households a programme serves. Multi-word phrases are matched on the joined words.
 */
export const PROBLEM_PHRASES = [
  "kemiskinan",
  "penduduk miskin",
  "keluarga miskin",
  "rumah tangga miskin",
  "warga miskin",
  "masyarakat miskin",
  "pengangguran",
  "penganggur",
  "stunting",
  "gizi buruk",
  "gizi kurang",
  "wasting",
  "kematian",
  "mortalitas",
  "kesakitan",
  "morbiditas",
  "insiden",
  "insidensi",
  "prevalensi",
  "penderita",
  "kasus",
  "kejadian",
  "kriminalitas",
  "kejahatan",
  "kecelakaan",
  "kebakaran",
  "pelanggaran",
  "tunggakan",
  "temuan",
  "gini",
  "ketimpangan",
  "kesenjangan",
  "rasio ketergantungan",
  "putus sekolah",
  "tidak sekolah",
  "tidak bersekolah",
  "buta aksara",
  "buta huruf",
  "tidak layak huni",
  "rtlh",
  "kumuh",
  "genangan",
  "banjir",
  "kerugian",
  "risiko bencana",
  "rawan pangan",
  "kerawanan",
  "kekerasan",
  // harms done to people (Dinsos, DP3A): a count of them is meant to fall, its victims handled rise
  ...["penelantaran", "eksploitasi", "perdagangan orang", "tppo", "perundungan", "pelecehan"],
  "penganiayaan",
  "penyalahgunaan",
  "perkawinan anak",
  "pernikahan dini",
  "perkawinan usia anak",
  "sengketa",
  "konflik sosial",
  "gangguan ketenteraman",
  "anemia",
  "serangan",
  "organisme pengganggu",
  "opt",
  "kerusakan",
  "lahan kritis",
  "pencemaran",
  "korupsi",
  // service failures: a delay, a late, failed or complained-of service counts what went wrong
  ...["penundaan", "keterlambatan", "kegagalan", "infeksi", "komplain", "keluhan", "rusak"],
  // things out of service: "posyandu tidak aktif", "hidran yang tidak berfungsi"
  ...["tidak berfungsi", "tidak beroperasi", "tidak aktif"],
  ...PROBLEM_PLACES,
  // English reports (provincial KPI sheets, donor formats) name the same problems
  ...["unemployment", "unemployed", "poverty", "poor households", "mortality", "deaths", "malnutrition"],
  ...["underweight", "crime", "crimes", "accidents", "accident", "incidence", "prevalence", "cases"],
  ...["inequality", "dropout", "dropouts", "drop out", "illiteracy", "slum", "slums", "flooding", "floods"],
  ...["losses", "violence", "corruption", "complaints", "delays", "delay", "infections", "infection"],
  ...["abuse", "neglect", "exploitation", "trafficking", "bullying", "harassment"],
  ...["arrears", "audit findings", "fires", "violations", "anaemia", "stunted", "wasted"],
];

/**
 * What a service produces about a problem: "Jumlah dokumen kajian risiko bencana" counts documents,
 * "Persentase desa yang memiliki peta rawan bencana" covers villages; a problem word after one of these
 * names the subject, not the measured quantity.
 */
export const DELIVERABLE = new Set([
  ...["dokumen", "laporan", "kajian", "rencana", "peta", "sistem", "aplikasi", "regulasi", "peraturan"],
  ...["perda", "kebijakan", "sosialisasi", "pelatihan", "penyuluhan", "kampanye", "edukasi", "sarana"],
  ...["prasarana", "fasilitas", "posko", "relawan", "petugas", "personil", "tim", "satgas", "forum"],
  ...["kegiatan", "program", "rekomendasi", "inovasi", "desa", "kelurahan", "sekolah", "kelompok"],
  ...["simulasi", "pemetaan", "pengawasan", "pemantauan", "monitoring", "deteksi", "skrining"],
  ...["document", "documents", "report", "reports", "plan", "plans", "map", "maps", "system", "systems"],
  ...["application", "regulation", "regulations", "policy", "policies", "training", "campaign"],
  ...["campaigns", "facilities", "villages", "schools", "study", "studies", "assessment", "screening"],
  ...["mapping", "early", "warning", "volunteers", "officers"],
  // a service to the people a problem touches counts the service: SPM "Pelayanan kesehatan penderita
  // hipertensi" (where "Jumlah keluhan pelayanan" still counts complaints: the problem comes first there).
  // English "services for …" only: a singular "service" before a problem modifies it ("service complaints")
  ...["pelayanan", "layanan", "services"],
]);

/**
 * The counted people or things suffer the problem named after the verb: "PPKS penerima layanan yang
 * mengalami kekerasan berulang" counts the victims of recurring violence, whatever handling word named the
 * group before the verb. A handling word after the problem turns it back ("anak yang mengalami kekerasan
 * yang mendapat pendampingan" counts the help). `problem` finds a problem phrase, `handled` a handling word.
 */
const DIALAMI =
  /(?:^| )((?:kembali )?(?:mengalami|menderita|terkena|terpapar|terjangkit|menjadi korban|experiencing|suffering))(?= |$)/;

export function masalahDialami(
  text: string,
  problem: RegExp,
  handled: (w: string) => boolean,
): string | undefined {
  const verb = DIALAMI.exec(text);
  if (!verb) return undefined;
  const after = text.slice(verb.index + verb[0].length);
  const p = problem.exec(after);
  if (!p || after.trim().split(" ").some(handled)) return undefined;
  return `${verb[1]!} ${p[1]!}`;
}

/**
 * The state the counted people or cases reach, said after the problem that names them: "anak putus sekolah
 * (yang) kembali bersekolah", "penderita TB yang sembuh", "kasus yang tuntas", "penganggur yang bekerja",
 * "kasus yang berhasil dimediasi". The count is of the outcome, higher is better. Only after the problem:
 * before it such a word names something else ("tuntas" in a programme's name, "bekerja" in "pekerja anak").
 */
const OUTCOME_STATE = new Set([
  ...["sembuh", "pulih", "tuntas", "selesai", "lulus", "mandiri", "bekerja", "produktif", "berdaya"],
  ...["recovered", "cured", "completed", "employed", "reintegrated"],
]);
/** "kembali" opens a state regained ("kembali bersekolah"), unless what follows is the problem recurring */
const RECURS = /^(?:mengalami|menderita|terkena|menjadi|melakukan|terjadi|muncul|kambuh|berulang|dirawat)$/;
/** a success said before the verb: whatever the verb, it was achieved ("berhasil dimediasi") */
const SUCCESS = /^(?:berhasil|sukses|successfully)$/;

/** the state not reached ("belum kembali bersekolah", "tidak sembuh"): the problem stays what is counted */
const NOT_REACHED = /^(?:belum|tidak|tdk|blm|tak|gagal|not|never)$/;

export function hasilSetelahMasalah(after: string): string | undefined {
  const words = after.trim().split(" ");
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (NOT_REACHED.test(w)) return undefined;
    if (OUTCOME_STATE.has(w)) return w;
    if ((w === "kembali" || w === "back") && next !== undefined && !RECURS.test(next))
      return words.slice(i, next === "ke" || next === "to" ? i + 3 : i + 2).join(" ");
    if (SUCCESS.test(w) && next !== undefined) return `${w} ${next}`;
  }
  return undefined;
}
