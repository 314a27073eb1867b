/**
 * Polaritas from what the workbook's numbers show, when no column, bound or word decides it:
 * - the capaian printed beside a target and realisasi is (2T − R) ÷ T or T ÷ R, not R ÷ T (the agency
 *   computed it as lower-is-better: PermenPANRB 8/2021 "kondisi khusus");
 * - the Renstra's yearly targets fall year by year from the baseline down to the end target, which is
 *   the last year's target (a rate planned to go down; a count's end target is their sum instead).
 * Each piece of evidence is the indicator's own: one row's printed capaian never decides another row.
 * The result is a guess the user can override (polaritasInferred) and a finding names the cells.
 */
import { capaianNaik, capaianTurun } from "../engine/capaian";
import { fmtEn, fmtId } from "../engine/format";
import type { Indicator, SourceRef, SourcedValue, Temuan } from "../engine/model";

/** A printed capaian within this many points of a formula is that formula (DOMAIN: ±0,5 is consistent). */
const TOL = 0.5;

export interface BuktiPolaritas {
  polaritas: "turun";
  /** what decided: the printed capaian, or the Renstra's falling targets */
  dari: "capaian" | "renstra";
  /** the cells the evidence rests on */
  sel: SourceRef[];
  /** the turun formula the printed capaian follows, when that decided */
  rumus?: "(2T − R) ÷ T" | "T ÷ R";
  /** 0–1: two years of printed capaian agreeing is stronger than one; a Renstra plan is weaker */
  yakin: number;
}

function angka(v: SourcedValue | undefined): number | undefined {
  const p = v?.parsed;
  return p?.kind === "number" && Number.isFinite(p.value) ? p.value : undefined;
}

/**
 * Per year with T, R and a printed C: which formula the printed C is. A year whose R is so near T that
 * every formula gives the same number says nothing; a year matching R ÷ T is evidence for naik.
 */
function dariCapaian(ind: Indicator): { dua: SourceRef[]; balik: SourceRef[]; naik: number } {
  const dua: SourceRef[] = [];
  const balik: SourceRef[] = [];
  let naik = 0;
  for (const y in ind.tahun) {
    const yv = ind.tahun[y]!;
    const c = angka(yv.capaianTercetak);
    if (c === undefined) continue;
    const t = angka(yv.target);
    const r = angka(yv.realisasi);
    if (t === undefined || r === undefined || t <= 0 || r <= 0) continue;
    // the engine's formulas, not copies: t > 0 and r > 0 here, so each gives its number
    const rt = capaianNaik(t, r)!;
    const duaT = capaianTurun(t, r, "cermin");
    // R near T: R ÷ T, (2T − R) ÷ T and T ÷ R are all near 100 and tell nothing apart
    if (Math.abs(rt - duaT) <= 2 * TOL) continue;
    const cell = yv.capaianTercetak!.source ?? { sheet: "", cell: "" };
    // near T the two turun formulas differ by less than the tolerance: the nearer one is the formula used
    // (printed capaian are rounded to a hundredth, far finer than the tolerance)
    const dDua = Math.abs(c - duaT);
    const dBalik = Math.abs(c - capaianTurun(t, r, "rasio"));
    if (Math.abs(c - rt) <= TOL) naik++;
    else if (Math.min(dDua, dBalik) > TOL) continue;
    else if (dDua < dBalik) dua.push(cell);
    else balik.push(cell);
  }
  return { dua, balik, naik };
}

/**
 * Baseline > each yearly target ≥ the next … ≥ end target, at least two falls, and the end target the
 * last year's target (a rate's end state, not a count's sum): a plan for the quantity to go down.
 */
function dariRenstra(ind: Indicator): SourceRef[] | undefined {
  const r = ind.renstra;
  const awal = angka(r?.baseline);
  const akhir = angka(r?.akhir);
  if (!r || awal === undefined || akhir === undefined || akhir >= awal) return undefined;
  const years = Object.keys(r.targets).sort();
  const seq = [awal];
  for (const y of years) {
    const v = angka(r.targets[y]);
    if (v === undefined) return undefined;
    seq.push(v);
  }
  if (seq.length < 3 || Math.abs(seq[seq.length - 1]! - akhir) > 1e-9 * Math.max(1, Math.abs(akhir)))
    return undefined;
  let falls = 0;
  for (let i = 1; i < seq.length; i++) {
    if (seq[i]! > seq[i - 1]!) return undefined;
    if (seq[i]! < seq[i - 1]!) falls++;
  }
  if (falls < 2) return undefined;
  return [r.baseline!.source, r.akhir!.source].filter((s): s is SourceRef => s !== undefined);
}

/**
 * The evidence for turun, when there is some and none against it. (2T − R) ÷ T is the turun formula
 * itself; T ÷ R is also R ÷ T typed upside down, a common slip on a naik row, so it counts only over two
 * years or more, or beside a Renstra planned to fall.
 */
export function polaritasFromBukti(ind: Indicator): BuktiPolaritas | undefined {
  const cap = dariCapaian(ind);
  // the agency's own arithmetic says naik somewhere: no plan overrides it
  if (cap.naik > 0) return undefined;
  if (cap.dua.length > 0 && cap.balik.length === 0)
    return {
      polaritas: "turun",
      dari: "capaian",
      rumus: "(2T − R) ÷ T",
      sel: cap.dua,
      yakin: cap.dua.length >= 2 ? 0.9 : 0.8,
    };
  const ren = dariRenstra(ind);
  if (cap.balik.length >= 2 && cap.dua.length === 0)
    return { polaritas: "turun", dari: "capaian", rumus: "T ÷ R", sel: cap.balik, yakin: 0.8 };
  if (!ren) return undefined;
  // the plan falls, and the printed capaian (if any, not contradicting) agrees
  const sel = [...ren, ...cap.dua, ...cap.balik];
  return {
    polaritas: "turun",
    dari: "renstra",
    sel,
    yakin: cap.balik.length + cap.dua.length > 0 ? 0.85 : 0.7,
  };
}

function daftar(sel: SourceRef[]): string {
  return sel.map((s) => `${s.sheet}!${s.cell}`).join(", ");
}

/** The finding that says why the polaritas was taken as turun, with the cells and the confidence. */
export function polaritasDariBukti(ind: Indicator, bukti: BuktiPolaritas): Temuan {
  const pct = Math.round(bukti.yakin * 100);
  const cells = daftar(bukti.sel);
  const r = ind.renstra;
  const [idWhy, enWhy] =
    bukti.dari === "capaian"
      ? [
          `capaian yang tercetak (${cells}) dihitung ${bukti.rumus ?? ""}, bukan R ÷ T`,
          `its printed capaian (${cells}) was computed as ${bukti.rumus ?? ""}, not R ÷ T`,
        ]
      : [
          `target Renstra-nya turun tiap tahun dari kondisi awal ${fmtId(angka(r?.baseline) ?? 0)} ke kondisi akhir ${fmtId(angka(r?.akhir) ?? 0)} (${cells})`,
          `its Renstra targets fall every year from the baseline ${fmtEn(angka(r?.baseline) ?? 0)} to the end target ${fmtEn(angka(r?.akhir) ?? 0)} (${cells})`,
        ];
  return {
    kode: "POLARITAS_DITEBAK",
    tingkat: "info",
    sel: [ind.source ?? bukti.sel[0] ?? { sheet: "", cell: "A1" }, ...bukti.sel],
    indicatorId: ind.id,
    pesan: {
      id: `Polaritas "${ind.indikator}" dianggap turun (makin kecil makin baik) karena ${idWhy}; keyakinan ${pct}%. Ubah bila keliru.`,
      en: `"${ind.indikator}" is taken as lower-is-better because ${enWhy}; confidence ${pct}%. Change it if that is wrong.`,
    },
  };
}
