/**
 * A workbook that prints its own predikat scale (a legend beside or under a table) and is graded on another
 * one: the user is told, once per legend, with the printed bands, the run's scale, how they differ and the
 * preset that matches the legend, if one does. A notice, not an error: the settings choose the scale. A
 * legend that matches the run's scale says nothing; one whose bands cannot all be read is named, not dropped.
 */
import type { LegendaSkala } from "./mapping";
import type { Pesan, Temuan } from "./model";
import type { PredikatScale } from "./settings";
import { bedaLegenda, pitaDari, uraiPita, type Pita, type PitaLegenda } from "./legenda-beda";
import { fmtEn, fmtId } from "./format";
import { bedaHuruf } from "./legenda-huruf";
import { PRESET_SCALES, resolveScale } from "./predikat";
import { bacaRentang } from "./rentang-legenda";
import { SKALA_AKIP, SKALA_IKM } from "./skala-nilai";
import { normLabel } from "./skala-tercetak";
import { buatTemuan } from "./temuan";

type Terbaca = { pita: PitaLegenda[] } | { gagal: LegendaSkala["baris"] };

/** The legend's bands, or the rows that are no band (unreadable range, a word printed twice). */
function baca(l: LegendaSkala): Terbaca {
  const pita: PitaLegenda[] = [];
  const gagal: LegendaSkala["baris"] = [];
  const seen = new Set<string>();
  for (const b of l.baris) {
    const r = bacaRentang(b.rentang);
    const key = normLabel(b.kata);
    if (r === null || key === "" || seen.has(key)) gagal.push(b);
    else pita.push(pitaDari(r, b.kata.trim(), b.rentang.trim()));
    seen.add(key);
  }
  return gagal.length > 0 || pita.length < 2 ? { gagal: gagal.length ? gagal : l.baris } : { pita };
}

/** A legend of a score scale (Nilai AKIP's AA…D, IKM's A–D or their words) grades no capaian: not compared. */
function skalaNilai(pita: ReadonlyArray<PitaLegenda>): boolean {
  return [SKALA_AKIP, SKALA_IKM].some((s) =>
    [s.bands, s.bands.map((b) => ({ ...b, label: b.keterangan ?? b.label }))].some(
      (bands) => bedaLegenda(pita, s.nama, bands).length === 0,
    ),
  );
}

/** How a legend differs from a scale: by its letters' order when it grades in letters, else by its words. */
const beda = (pita: ReadonlyArray<PitaLegenda>, s: PredikatScale): Pesan[] =>
  bedaHuruf(pita, s.nama, s.bands) ?? bedaLegenda(pita, s.nama, s.bands);

const daftar = (items: ReadonlyArray<string>, n: number): string =>
  items.slice(0, n).join("; ") + (items.length > n ? "; …" : "");
/** a sentence's end, once: a list cut short already ends in "…" */
const titik = (s: string): string => (s.endsWith("…") ? s : `${s}.`);

function cetakLegenda(pita: ReadonlyArray<PitaLegenda>): string {
  return daftar(
    pita.map((b) => `"${b.teks}" ${b.label}`),
    8,
  );
}

function cetakSkala(bands: ReadonlyArray<Pita>, f: (n: number) => string): string {
  return bands.map((b) => `${uraiPita(b, f)} ${b.label}`).join(" · ");
}

/** "the legend is Permendagri 86/2017's: choose it in Pengaturan", or define a scale of its bands. */
function saran(pita: ReadonlyArray<PitaLegenda>, inForce: PredikatScale): Pesan {
  const preset = Object.values(PRESET_SCALES).find((p) => p.id !== inForce.id && beda(pita, p).length === 0);
  if (preset)
    return {
      id: `Legenda ini adalah skala ${preset.nama}: bila tabel dinilai dengannya, pilih skala ${preset.nama} di Pengaturan.`,
      en: `The legend is the ${preset.nama} scale: if the table is graded on it, choose ${preset.nama} in Pengaturan (Settings).`,
    };
  return {
    id: "Bila tabel dinilai dengan legenda ini, buat skala dengan rentang dan kata legenda di Pengaturan.",
    en: "If the table is graded on this legend, define a scale with its ranges and words in Pengaturan (Settings).",
  };
}

function berbeda(l: LegendaSkala, pita: PitaLegenda[], scale: PredikatScale, beda: Pesan[]): Temuan {
  const at = `${l.sheet}!${l.range}`;
  const s = saran(pita, scale);
  return buatTemuan(
    "LEGENDA_SKALA_BERBEDA",
    l.baris.map((b) => b.sel),
    `Legenda skala di ${at} (${cetakLegenda(pita)}) berbeda dari skala yang dipakai menilai, ${scale.nama} (${cetakSkala(scale.bands, fmtId)}): ${titik(
      daftar(
        beda.map((d) => d.id),
        5,
      ),
    )} ${s.id}`,
    `The scale legend at ${at} (${cetakLegenda(pita)}) differs from the scale used to grade, ${scale.nama} (${cetakSkala(scale.bands, fmtEn)}): ${titik(
      daftar(
        beda.map((d) => d.en),
        5,
      ),
    )} ${s.en}`,
  );
}

function tidakTerbaca(l: LegendaSkala, gagal: LegendaSkala["baris"], scale: PredikatScale): Temuan {
  const at = `${l.sheet}!${l.range}`;
  const rows = daftar(
    gagal.map((b) => `"${b.rentang}" ${b.kata} (${b.sel.sheet}!${b.sel.cell})`),
    4,
  );
  return buatTemuan(
    "LEGENDA_SKALA_TIDAK_TERBACA",
    gagal.map((b) => b.sel),
    `Legenda skala di ${at} tidak terbaca seluruhnya: ${rows} bukan rentang yang dikenal atau katanya berulang. Legenda ini tidak dibandingkan dengan skala ${scale.nama}; periksa apakah tabel dinilai dengan skala tersebut.`,
    `The scale legend at ${at} could not be read whole: ${rows} is no known range or repeats a word. It was not compared with the ${scale.nama} scale; check that the table is graded on that scale.`,
  );
}

/** One notice per legend that differs from the run's scale or cannot be read; nothing for one that matches. */
export function temuanLegenda(
  legenda: ReadonlyArray<LegendaSkala> | undefined,
  skala: PredikatScale | string,
): Temuan[] {
  if (!legenda || legenda.length === 0) return [];
  const scale = resolveScale(skala);
  const out: Temuan[] = [];
  for (const l of legenda) {
    const r = baca(l);
    if ("gagal" in r) {
      out.push(tidakTerbaca(l, r.gagal, scale));
      continue;
    }
    if (skalaNilai(r.pita)) continue;
    const b = beda(r.pita, scale);
    if (b.length > 0) out.push(berbeda(l, r.pita, scale, b));
  }
  return out;
}
