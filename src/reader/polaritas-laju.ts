/**
 * Rates whose lower value is the goal: deaths (NDR, GDR, CFR, death rate), illness (morbidity), births
 * (TFR, angka kelahiran kasar, laju pertumbuhan penduduk, unmet need) and congestion (V/C ratio, derajat
 * kejenuhan, kepadatan lalu lintas, tundaan, antrian). Hospitals, BKKBN-type agencies and Dinas Perhubungan
 * print these with neither "kasus" nor "angka kematian" in the name, so the problem words (polaritas.ts)
 * miss them. Matched on the normalised words (text.ts: "V/C" is "v c"), and they take part in every trap
 * a problem word does there (a reduction, a handling verb, a deliverable before them).
 */

/** Phrases of the rates above, as normalised words. */
export const LAJU_PHRASES = [
  // deaths: hospital rates and their English names
  ...["death rate", "ndr", "gdr", "fatality rate", "case fatality", "cfr", "mortality rate"],
  // illness ("kesakitan" is a problem word already)
  "morbidity",
  // births: fertility and population growth (the goal of family planning is fewer)
  ...["fertility", "fertilitas", "tfr", "asfr", "angka kelahiran", "kelahiran total", "kelahiran kasar"],
  // not "laju pertumbuhan penduduk": some plans hold it steady, others raise it (a test keeps it unguessed)
  ...["birth rate", "cbr", "unmet need"],
  // congestion: volume over capacity, saturation, density of traffic, delay and queues
  ...["v c", "vc ratio", "vcr", "volume capacity", "volume per kapasitas", "volume terhadap kapasitas"],
  ...["derajat kejenuhan", "degree of saturation", "kemacetan", "congestion", "kepadatan lalu lintas"],
  ...["tingkat kepadatan", "kepadatan hunian", "tundaan", "panjang antrian", "antrian kendaraan"],
];

/**
 * A cheap look at the raw text (case-blind) that lets the word passes skip indicators holding none of
 * the phrases above; "V/C", "V / C" and "VC" are the raw forms of "v c".
 */
export const MAY_LAJU =
  /death|fatal|cfr|ndr|gdr|morbid|kesakitan|fertil|tfr|asfr|kelahiran|birth|cbr|unmet|v ?\/ ?c|\bvcr?\b|volume|kejenuhan|saturation|macet|congestion|kepadatan|tundaan|antrian/i;

/**
 * Rates of these families that are higher-is-better: the contraceptive prevalence rate (CPR, mCPR,
 * "prevalensi pemakaian kontrasepsi", "prevalensi peserta KB") measures family-planning use, not a
 * problem, though "prevalensi" names one elsewhere.
 */
const NAIK_RATE =
  /\b(?:contraceptive prevalence|m?cpr|prevalensi (?:pemakaian |penggunaan |peserta )?(?:kontrasepsi|kb|ber kb)|kesertaan ber kb)\b/;

export function lajuNaik(text: string): string | undefined {
  return NAIK_RATE.exec(text)?.[0];
}

/** Heads of a share or count of units ("Persentase ruas jalan dengan V/C ratio ≤ 0,85"). */
const UNIT_SHARE = /^(?:persentase|presentase|proporsi|jumlah|percentage|share|proportion|number)$/;

const LAJU = new Set(LAJU_PHRASES);

/**
 * "Persentase ruas jalan dengan V/C ≤ 0,85", "Jumlah simpang yang derajat kejenuhannya < 0,75": the share
 * counts the units on one side of a bound, and which side is good depends on the bound, not on the rate's
 * name. `phrase` is the problem phrase found, `lead` the words before it: true when it is one of these
 * rates after "dengan"/"yang" under such a head, which then decides nothing.
 */
export function lajuDiBatas(phrase: string, lead: string[]): boolean {
  if (!LAJU.has(phrase) || !UNIT_SHARE.test(lead[0] ?? "")) return false;
  return lead.some((w) => w === "dengan" || w === "yang" || w === "with");
}

/** "V/C" read as words at `i` ("v", "c"): a subject, where a lone letter elsewhere is a list mark ("a. …"). */
export function vcAt(words: string[], i: number): boolean {
  return words[i] === "v" && words[i + 1] === "c";
}
