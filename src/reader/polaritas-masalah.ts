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
  ...["inequality", "dropout", "drop out", "illiteracy", "slum", "slums", "flooding", "floods"],
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
