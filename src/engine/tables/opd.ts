/**
 * The agency's name for the Tabel 3.x titles. Agencies print it in the title rows above their own
 * tables ("DINAS SOSIAL KABUPATEN BENGKALIS" under "PERJANJIAN KINERJA TAHUN 2023"); the name set
 * in the settings wins. Only a cell that is nothing but such a name counts, so a sentence that
 * mentions a dinas is never taken for one.
 */
import type { Settings } from "../settings";
import type { WorkbookSnapshot } from "../snapshot";

/** rows from the top of a sheet searched for the name (the title block above the first header) */
const TITLE_ROWS = 6;
const MAX_LENGTH = 100;
const OPD_START =
  /^(dinas|badan|kantor|sekretariat|inspektorat|satuan polisi|rumah sakit|rsud|kecamatan|biro|bagian|uptd|kelurahan)\b/i;
/** words that mark a title or a sentence, not a name */
const NOT_A_NAME = /\b(tabel|tahun|kinerja|capaian|realisasi|target|anggaran|yang|adalah)\b|[:;.?!]$/i;
const SMALL_WORDS = new Set(["dan", "di", "ke", "dari", "atau", "untuk", "pada"]);

/** "DINAS SOSIAL KABUPATEN BENGKALIS" → "Dinas Sosial Kabupaten Bengkalis"; a name in mixed case stays. */
export function rapikanNama(text: string): string {
  const name = text.replace(/\s+/g, " ").trim();
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(" ")
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}

function candidate(v: unknown): string | null {
  if (typeof v !== "string") return null;
  const text = v.replace(/\s+/g, " ").trim();
  if (text.length < 8 || text.length > MAX_LENGTH) return null;
  if (!OPD_START.test(text) || NOT_A_NAME.test(text)) return null;
  return rapikanNama(text);
}

/** The settings' name, else the name printed most often in the title rows of the visible sheets, else null. */
export function namaOpd(snapshot: WorkbookSnapshot, settings: Pick<Settings, "opd">): string | null {
  if (settings.opd) return settings.opd;
  const counts = new Map<string, number>();
  for (const sheet of snapshot.sheets) {
    if (sheet.visibility !== "visible") continue;
    for (const row of sheet.values.slice(0, TITLE_ROWS))
      for (const v of row) {
        const name = candidate(v);
        if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
  }
  let best: string | null = null;
  let most = 0;
  // the first name met wins a tie: sheets come in the workbook's order
  for (const [name, n] of counts)
    if (n > most) {
      best = name;
      most = n;
    }
  return best;
}
