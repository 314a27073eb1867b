/** Findings across tables and years for one indicator: the same value printed twice, targets over time, Renstra end. */
import type { Indicator, ParsedValue, Polaritas, SourcedValue, Temuan } from "./model";
import type { PerbandinganRenstra } from "./result";
import { angka, buatTemuan, denganSeharusnya, cetak, di, lokasi, nama } from "./temuan";
import { num } from "./indicator-kind";
import { hasTwoKeys, yearKeys } from "./compare";
import { samaRelatif, sameNumberPrinted } from "./nilai-tercetak";

/** Same value? Numbers to a relative 1e-9, grades by letter, anything else is not compared. */
function sama(a: ParsedValue, b: ParsedValue): boolean | null {
  if (a.kind === "grade" && b.kind === "grade") return a.grade === b.grade;
  const x = num(a);
  const y = num(b);
  if (x === null || y === null || a.kind === "grade" || b.kind === "grade") return null;
  return samaRelatif(x, y);
}

function where(v: SourcedValue): string {
  return v.source ? ` (${lokasi(v.source)})` : "";
}

function beda(
  ind: Indicator,
  apa: { id: string; en: string },
  y: string,
  a: SourcedValue,
  b: SourcedValue,
  out: Temuan[],
): void {
  // two numbers as printed: a percent-formatted fraction is the typed percent it rounds to
  const bothNumbers = a.parsed.kind === "number" && b.parsed.kind === "number";
  if (bothNumbers ? sameNumberPrinted(a, b) : sama(a.parsed, b.parsed) !== false) return;
  // the same cell names in both languages: made once
  const diA = where(a);
  const diB = where(b);
  out.push(
    buatTemuan(
      "NILAI_BERBEDA_ANTAR_TABEL",
      [a.source ?? ind.source, b.source],
      `${apa.id} ${nama(ind.indikator)} tahun ${y} berbeda antar tabel: ${cetak(a, "id")}${diA} dan ${cetak(b, "id")} pada Renstra${diB}. Nilai yang sama seharusnya dicetak sama di semua tabel.`,
      `${apa.en} of ${nama(ind.indikator)} for ${y} differs between tables: ${cetak(a, "en")}${diA} and ${cetak(b, "en")} in the Renstra${diB}. The same quantity should print the same everywhere.`,
      ind.id,
    ),
  );
}

const TARGET = { id: "Target", en: "The target" };
const REALISASI = { id: "Realisasi", en: "The realisasi" };

/** `years`: the indicator's year keys (yearKeys(ind.tahun)) when the caller has them already. */
export function temuanAntarTabel(
  ind: Indicator,
  out: Temuan[],
  years: ReadonlyArray<number> = yearKeys(ind.tahun),
): void {
  const r = ind.renstra;
  if (!r) return;
  for (const y of years) {
    const key = String(y);
    const yv = ind.tahun[key];
    const rt = r.targets[key];
    if (yv?.target && rt) beda(ind, TARGET, key, yv.target, rt, out);
    const rr = r.realisasi?.[key];
    if (yv?.realisasi && rr) beda(ind, REALISASI, key, yv.realisasi, rr, out);
  }
}

/** Information only: a target set below what was already achieved last year (above it, for turun). */
export function temuanTargetLalu(ind: Indicator, tahun: number, polaritas: Polaritas, out: Temuan[]): void {
  if (polaritas !== "naik" && polaritas !== "turun" && polaritas !== "indeks") return;
  if (!hasTwoKeys(ind.tahun)) return;
  const cur = ind.tahun[String(tahun)]?.target;
  const lastYear = yearKeys(ind.tahun)
    .filter((y) => y < tahun && ind.tahun[String(y)]?.realisasi)
    .pop();
  if (!cur || lastYear === undefined) return;
  const prev = ind.tahun[String(lastYear)]?.realisasi;
  const t = num(cur.parsed);
  const p = num(prev?.parsed);
  if (t === null || p === null || cur.parsed.kind === "grade") return;
  const lower = polaritas === "turun" ? t > p : t < p;
  if (!lower) return;
  const arahId = polaritas === "turun" ? "di atas" : "di bawah";
  const arahEn = polaritas === "turun" ? "above" : "below";
  out.push(
    buatTemuan(
      "TARGET_DI_BAWAH_REALISASI_LALU",
      [cur.source ?? ind.source, prev?.source],
      `Target ${nama(ind.indikator)} tahun ${tahun} (${angka.id(t)}) ${arahId} realisasi ${lastYear} (${angka.id(p)}): target lebih mudah dari yang sudah dicapai. Informasi, bukan kesalahan.`,
      `The ${tahun} target of ${nama(ind.indikator)} (${angka.en(t)}) is ${arahEn} the ${lastYear} realisasi (${angka.en(p)}): an easier target than what was already achieved. Information, not an error.`,
      ind.id,
    ),
  );
}

/**
 * The yearly targets run to the end of the period: an evaluation that shows 2022–2024 of a period ending
 * 2026 implies no end target from them (the last two years are not on the sheet).
 */
function targetsReachEnd(ind: Indicator): boolean {
  const r = ind.renstra;
  if (!r?.periode) return true;
  const years = yearKeys(r.targets);
  return years.length === 0 || years[years.length - 1]! >= r.periode[1];
}

export function temuanTargetAkhir(
  ind: Indicator,
  cmp: PerbandinganRenstra,
  rate: boolean,
  out: Temuan[],
): void {
  const akhir = ind.renstra?.akhir;
  const implied = cmp.targetAkhirTersirat;
  if (!akhir || !targetsReachEnd(ind)) return;
  const a = num(akhir.parsed);
  let differs: boolean;
  if (akhir.parsed.kind === "grade") {
    const years = Object.keys(ind.renstra?.targets ?? {})
      .filter((k) => /^\d{4}$/.test(k))
      .sort();
    const last = ind.renstra?.targets[years[years.length - 1] ?? ""];
    if (!rate || !last || akhir.parsed.kind !== "grade" || last.parsed.kind !== "grade") return;
    differs = akhir.parsed.grade !== last.parsed.grade;
    if (!differs) return;
    out.push(
      buatTemuan(
        "TARGET_AKHIR_TIDAK_SESUAI",
        [akhir.source ?? ind.source, last.source],
        `Target akhir Renstra ${nama(ind.indikator)} "${akhir.parsed.grade}"${di(akhir.source, "id")} tidak sama dengan target tahun terakhir "${last.parsed.grade}".`,
        `The Renstra end target of ${nama(ind.indikator)} "${akhir.parsed.grade}"${di(akhir.source, "en")} differs from the last yearly target "${last.parsed.grade}".`,
        ind.id,
      ),
    );
    return;
  }
  if (a === null || implied === null) return;
  differs = Math.abs(a - implied) > 1e-9 * Math.max(1, Math.abs(a));
  if (!differs) return;
  const caraId = rate
    ? "target tahun terakhir (indikator tingkat/persentase)"
    : "jumlah target tahunan (indikator jumlah)";
  const caraEn = rate
    ? "the last yearly target (a rate indicator)"
    : "the sum of the yearly targets (a count indicator)";
  out.push(
    denganSeharusnya(
      buatTemuan(
        "TARGET_AKHIR_TIDAK_SESUAI",
        [akhir.source ?? ind.source],
        `Target akhir Renstra ${nama(ind.indikator)} tercetak ${angka.id(a)}${di(akhir.source, "id")}, seharusnya ${angka.id(implied)} = ${caraId}.`,
        `The Renstra end target of ${nama(ind.indikator)} is printed ${angka.en(a)}${di(akhir.source, "en")}; expected ${angka.en(implied)} = ${caraEn}.`,
        ind.id,
      ),
      implied,
    ),
  );
}
