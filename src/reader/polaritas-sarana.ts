/**
 * Equipment and facilities named after the problem they fight: "hidran kebakaran", "mobil pemadam kebakaran",
 * "rambu rawan kecelakaan", "pompa banjir". The problem word is a modifier inside the noun phrase; what is
 * counted is the equipment (more is better), unless the phrase says the equipment itself is broken or idle
 * ("hidran yang rusak", "pos yang tidak aktif": fewer is better).
 */

/** Things an agency buys, builds or keeps for a problem (Indonesian and English). */
const SARANA = new Set([
  ...["hidran", "hydran", "hydrant", "hydrants", "alat", "peralatan", "pos", "mobil", "kendaraan", "armada"],
  ...["pompa", "apar", "sirine", "sirene", "menara", "tangki", "perahu", "rambu", "marka", "lampu", "cctv"],
  ...["apill", "pemadam", "embung", "tanggul", "drainase", "saluran", "sumur", "gedung", "markas"],
  ...["equipment", "vehicles", "vehicle", "engines", "trucks", "truck", "stations", "station", "pumps"],
  ...["signs", "sirens", "hydrant", "extinguishers", "alarms", "alarm"],
]);
/** Words between the equipment and its problem that keep one noun phrase ("mobil pemadam kebakaran"). */
const PURPOSE = new Set([
  ...[
    "pemadam",
    "penanggulangan",
    "pencegahan",
    "pengendalian",
    "peringatan",
    "dini",
    "deteksi",
    "pendeteksi",
  ],
  ...["pengaman", "penanganan", "rawan", "anti", "api", "ringan", "fire", "early", "warning", "detection"],
]);

/**
 * The equipment noun the problem word modifies: one of the three words before it, with only purpose words
 * between ("kendaraan yang mengalami kecelakaan" counts vehicles in accidents: no phrase).
 */
export function saranaUntuk(lead: string[]): string | undefined {
  for (let k = lead.length - 1; k >= 0 && k >= lead.length - 3; k--) {
    const w = lead[k]!;
    if (SARANA.has(w)) return w;
    if (!PURPOSE.has(w)) return undefined;
  }
  return undefined;
}

/**
 * The thing counted is broken or idle: the count is of failures whatever it names. Checked before the
 * equipment and deliverable words, so "Jumlah sarana yang rusak" is lower-is-better.
 */
export const RUSAK =
  /(?:^| )(rusak|kerusakan|tidak (?:berfungsi|beroperasi|aktif|layak pakai|layak fungsi|siap pakai)|mati|macet|broken|damaged|out of order|not working|inactive)(?= |$)/;

/**
 * "… yang rusak", "… yang tidak berfungsi" closing the name: what is counted is broken, even when a handling
 * word named its purpose before ("sarana penanggulangan banjir yang rusak"); a handling word after it turns it
 * back ("jalan yang rusak yang diperbaiki"). `handled` tells a handling word (polaritas.ts).
 */
export function rusakDiAkhir(text: string, handled: (w: string) => boolean): string | undefined {
  const m =
    /(?:^| )yang (rusak|tidak (?:berfungsi|beroperasi|aktif|layak pakai|layak fungsi|siap pakai))(?= |$)/.exec(
      text,
    );
  if (!m) return undefined;
  const after = text.slice(m.index + m[0].length).trim();
  return after !== "" && after.split(" ").some(handled) ? undefined : `yang ${m[1]!}`;
}

/**
 * The thing counted is in working order: "yang berfungsi", "yang siap pakai", "dalam kondisi baik".
 * After "yang" only: "kendaraan operasional" names a kind of vehicle, "kasus aktif" a live problem.
 */
export const BERFUNGSI =
  /(?:^| )(yang (?:masih )?(?:berfungsi|beroperasi|aktif|siap (?:pakai|operasi|digunakan|guna)|layak (?:pakai|fungsi|operasi))|(?:dalam )?kondisi baik|in working order|functioning)(?= |$)/;
