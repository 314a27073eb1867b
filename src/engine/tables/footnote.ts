/** The footnotes of the Tabel 3.x: how capaian was computed and, under a table with a predikat, which scale graded it. */
import { CAPAIAN_DI_BAWAH_TARGET_MAKS } from "../capaian";
import type { PredikatBand, PredikatScale, Settings } from "../settings";
import type { BandNilai, SkalaNilai } from "../skala-nilai";
import { angkaId } from "./format";

function lowestFrom(scale: PredikatScale): number {
  return Math.min(...scale.bands.map((b) => b.from));
}

/** True for the band without a lower bound that matters (the worst one). */
export function isBottomBand(band: PredikatBand, scale: PredikatScale): boolean {
  return band.from === lowestFrom(scale) && band.from <= 0;
}

/** "75 ≤ C < 100", "C > 100", "C < 55". */
export function bandText(band: PredikatBand, scale: PredikatScale): string {
  const lower = `${angkaId(band.from)} ${band.fromInclusive ? "≤" : "<"} C`;
  if (band.to === null) return `C ${band.fromInclusive ? "≥" : ">"} ${angkaId(band.from)}`;
  const upper = `C ${band.toInclusive ? "≤" : "<"} ${angkaId(band.to)}`;
  if (isBottomBand(band, scale)) return upper;
  return `${lower} ${band.toInclusive ? "≤" : "<"} ${angkaId(band.to)}`;
}

export function scaleFootnote(scale: PredikatScale): string {
  const bands = scale.bands.map((b) => `${b.label}: ${bandText(b, scale)}`).join("; ");
  return `Predikat menurut skala ${scale.nama} (C dalam persen; batas kelas setengah terbuka, setiap nilai masuk tepat satu predikat): ${bands}.`;
}

/** How capaian is computed for each polaritas: the lines of every table that shows a capaian. */
export function rumusCapaianFootnotes(settings: Settings): string[] {
  const turun =
    settings.turun === "cermin"
      ? "C = (2 × Target − Realisasi) ÷ Target × 100%, paling rendah 0% (rumus cermin)"
      : "C = Target ÷ Realisasi × 100% (rumus rasio)";
  return [
    "Capaian (C) = Realisasi ÷ Target × 100% untuk indikator yang makin tinggi makin baik (polaritas naik).",
    `Untuk indikator yang makin rendah makin baik (polaritas turun): ${turun}.`,
    desimalFootnote(settings),
  ];
}

export function desimalFootnote(settings: Settings): string {
  return `Capaian dihitung dengan presisi penuh dan ditampilkan dengan ${settings.desimal} desimal.`;
}

/** The capaian formula and the predikat scale: only under a table that grades with a predikat (Tabel 3.1). */
export function capaianFootnotes(settings: Settings, scale: PredikatScale): string[] {
  const [naik, turun, desimal] = rumusCapaianFootnotes(settings);
  return [naik!, turun!, scaleFootnote(scale), desimal!];
}

/** "90 < N ≤ 100": a band of a score scale (N = nilai), from its one definition. */
export function bandNilaiText(band: BandNilai): string {
  return `${angkaId(band.from)} ${band.fromInclusive ? "≤" : "<"} N ${band.toInclusive ? "≤" : "<"} ${angkaId(band.to)}`;
}

/** How letter grades were scored, and the bands of each score scale used, as the engine applies them. */
export function hurufFootnotes(skala: ReadonlyArray<SkalaNilai>): string[] {
  if (skala.length === 0) return [];
  const lines = [
    `Predikat huruf: realisasi setara atau di atas target = 100%; di bawah target = nilai realisasi ÷ nilai terendah predikat target × 100% (paling tinggi ${angkaId(CAPAIAN_DI_BAWAH_TARGET_MAKS)}%), atau peringkat huruf realisasi ÷ peringkat huruf target × 100% bila nilainya tidak tercetak.`,
  ];
  for (const s of skala) {
    const bands = s.bands.map((b) => `${b.label}: ${bandNilaiText(b)}`).join("; ");
    lines.push(`${s.nama} menurut ${s.dasar} (N = nilai): ${bands}.`);
  }
  return lines;
}
