/** What a table is (PK, pengukuran, Renstra, IKU, anggaran, ...) from its title, sheet name and column roles. */
import type { ColumnMapping, ColumnRole, TableKind } from "../engine/mapping";
import { dataCells } from "./column-cells";
import type { Grid } from "./grid";
import { isSisaDifference, RATE_OF_REALISASI } from "./headers";
import type { FoundTable } from "./tables";
import { reportYearOf } from "./tahun-relatif";
import { planTargetYears } from "./target-renstra";
import { normHeader } from "./text";

export interface KindGuess {
  kind: TableKind;
  confidence: number;
}

const VALUE_ROLES: ColumnRole[] = [
  "target",
  "realisasi",
  "capaian",
  "renstraTarget",
  "renstraRealisasi",
  "targetAkhir",
  "targetNasional",
  "baseline",
];

/** null when the table is not a performance table at all (a staff list, a chart's data block). */
export function classifyKind(title: string, sheetName: string, columns: ColumnMapping[]): KindGuess | null {
  const t = normHeader(`${title} ${sheetName}`);
  const roles = new Set(columns.map((c) => c.role));
  const hasIndikator = roles.has("indikator");
  const hasValue = VALUE_ROLES.some((r) => roles.has(r));
  const hasMoney = roles.has("pagu") || roles.has("realisasiAnggaran");
  const hasName =
    roles.has("nama") ||
    roles.has("program") ||
    roles.has("kegiatan") ||
    roles.has("subkegiatan") ||
    roles.has("sasaran");

  if (hasMoney && !hasIndikator && hasName) return { kind: "anggaran", confidence: 0.9 };
  const komponen = columns.some((c) => c.role === "nama" && /komponen/i.test(c.header));
  if (
    !hasIndikator &&
    hasName &&
    (komponen || /\b(akip|sakip|lakip)\b/.test(t)) &&
    (komponen || /\b(evaluasi|komponen|predikat nilai)\b/.test(t))
  )
    return { kind: "akip", confidence: komponen && /\bevaluasi\b/.test(t) ? 0.9 : 0.7 };
  // an IKU register names its indicators with their formula, data source or owner, with or without targets
  const describes = roles.has("formula") || (roles.has("sumberData") && roles.has("penanggungJawab"));
  if (hasIndikator && !hasValue && describes) return { kind: "iku", confidence: 0.8 };
  if (!hasIndikator || !hasValue) return null;

  const realisasiYears = new Set(columns.filter((c) => c.role === "realisasi").map((c) => c.tahun ?? 0));
  const targetYears = new Set(columns.filter((c) => c.role === "target").map((c) => c.tahun ?? 0));
  // "Target NSPK" beside a plan's targets of several years is a standard column of a Renstra table
  if (roles.has("targetNasional") && !roles.has("renstraTarget") && targetYears.size < 3)
    return { kind: "nasional", confidence: 0.85 };
  // One year's target beside its realisasi is that year's measurement, however many Renstra columns
  // stand beside them (the Renja evaluation form carries the Renstra end target and progress too).
  if (
    measuresOneYear(columns, targetYears) ||
    (yearlyPlanTitle(t) && (!plansSeveralYears(columns, targetYears) || realisasiOfOneYear(columns)))
  )
    if (roles.has("realisasi") && roles.has("target")) return { kind: "realisasi", confidence: 0.9 };
  // "IKU ... | Kondisi Awal (2020) | Target 2024 | Sumber Data": an IKU names its indicators with one
  // year's target; a kondisi awal beside it does not make it a Renstra, several years or an end target do
  const ikuNamed = /\biku\b|\bindikator kinerja utama\b/.test(t) || describes;
  if (ikuNamed && !RENSTRA_TITLE.test(t) && planOfOneYear(columns, targetYears))
    return { kind: "iku", confidence: 0.8 };
  if (
    (RENSTRA_TITLE.test(t) && !measuresReportYear(title, columns, targetYears, realisasiYears)) ||
    roles.has("targetAkhir") ||
    roles.has("baseline") ||
    roles.has("renstraTarget") ||
    planTargetYears(columns)
  )
    return { kind: "renstra", confidence: /\brenstra\b/.test(t) ? 0.95 : 0.8 };
  // a table of realisasi and capaian measures the year, whatever its title calls the indicators; the
  // target may stand in another table joined by code ("Realisasi IKU": code, realisasi, capaian)
  // "IKK | Rumus | Capaian Kinerja (Tahun 2023)": a year's measure with no target measures that year too
  const measures =
    (roles.has("realisasi") && roles.has("capaian")) || (!roles.has("target") && yearMeasured(columns));
  if (!measures && (/\biku\b|\bindikator kinerja utama\b/.test(t) || roles.has("formula")))
    return { kind: "iku", confidence: 0.85 };
  // "2023 (n-1): Tgt | Real | Cap % | 2024 (n): Tgt | Real | Cap %": a year's target and realisasi for two
  // or more years side by side is the year-over-year comparison (Bab III, item 2), whatever its title says
  const history =
    historyNamed(title, sheetName, targetYears, realisasiYears) || measuresSeveralYears(columns);
  if (roles.has("capaian") && roles.has("realisasi") && !history)
    return { kind: "realisasi", confidence: 0.9 };
  if (realisasiYears.size >= 2 || history)
    return { kind: "history", confidence: realisasiYears.size >= 2 ? 0.85 : 0.75 };
  if (roles.has("realisasi") || roles.has("capaian"))
    return { kind: "realisasi", confidence: /\b(pengukuran|realisasi|capaian)\b/.test(t) ? 0.95 : 0.85 };
  if (targetYears.size > 2) return { kind: "renstra", confidence: 0.6 };
  if (roles.has("target"))
    return { kind: "pk", confidence: /\b(perjanjian kinerja|pk)\b/.test(t) ? 0.95 : 0.8 };
  return null;
}

/**
 * "Pengukuran Kinerja Tahun 2025 (mengacu pada Renstra 2021-2026)" over "Target | Realisasi | Capaian": a
 * title naming the report's one year beside the plan's period, over one year's target, its realisasi (and
 * maybe earlier years') and no column of the plan (kondisi awal, end target, several years' targets),
 * measures that year; the plan's name in the title says where the indicators come from, not what the
 * table is.
 */
function measuresReportYear(
  title: string,
  columns: ColumnMapping[],
  targetYears: Set<number>,
  realisasiYears: Set<number>,
): boolean {
  if (typeof reportYearOf(title) !== "number" || targetYears.size !== 1 || realisasiYears.size === 0)
    return false;
  return !columns.some((c) => RENSTRA_ROLES.has(c.role) || c.role === "renstraRealisasi");
}

const HISTORY_WORDS = /\b(perbandingan|tahun lalu|sebelumnya|beberapa tahun)\b/;

/**
 * A comparison named in the table's title, or in its sheet's name. A sheet "Perbandingan" holding the 2024
 * and the 2025 tables side by side, each titled with its one year ("Capaian Kinerja Tahun 2024") over one
 * target and one realisasi, compares them across its tables: each is its year's measurement.
 */
function historyNamed(
  title: string,
  sheetName: string,
  targetYears: Set<number>,
  realisasiYears: Set<number>,
): boolean {
  if (HISTORY_WORDS.test(normHeader(title))) return true;
  if (!HISTORY_WORDS.test(normHeader(sheetName))) return false;
  const year = reportYearOf(title);
  if (typeof year !== "number" || targetYears.size !== 1 || realisasiYears.size !== 1) return true;
  const oneYear = (ys: Set<number>) => ys.has(0) || ys.has(year);
  return !(oneYear(targetYears) && oneYear(realisasiYears));
}

/** One year's realisasi or capaian, stated in its header, of the whole year. */
function yearMeasured(columns: ColumnMapping[]): boolean {
  const years = new Set(
    columns
      .filter((c) => (c.role === "realisasi" || c.role === "capaian") && c.triwulan === undefined)
      .map((c) => c.tahun),
  );
  return years.size === 1 && !years.has(undefined);
}

/** Two or more stated years each with a target and a realisasi of the whole year. */
function measuresSeveralYears(columns: ColumnMapping[]): boolean {
  const years = (role: ColumnRole) =>
    new Set(
      columns.filter((c) => c.role === role && c.triwulan === undefined && c.tahun).map((c) => c.tahun),
    );
  const realisasi = years("realisasi");
  let both = 0;
  for (const y of years("target")) if (realisasi.has(y)) both++;
  return both >= 2;
}

const RENSTRA_TITLE = /\b(renstra|rencana strategis|jangka menengah|rpjmd|akhir periode)\b/;
const YEARLY_PLAN = /\b(renja|rkpd|rencana kerja)\b/;

/**
 * A title naming a yearly plan: "Evaluasi terhadap hasil Renja / RKPD". Permendagri 86/2017 gives the same
 * words to the evaluation of a Renstra or an RPJMD (and numbers its forms E.79 … E.81 differently for a
 * province and a kabupaten): the plan the title names decides, not the form's words or number.
 */
function yearlyPlanTitle(t: string): boolean {
  return YEARLY_PLAN.test(t) || (/\bevaluasi terhadap hasil\b/.test(t) && !RENSTRA_TITLE.test(t));
}

/**
 * Targets of two or more stated years framed by a kondisi awal or an end target: a medium-term plan and its
 * progress ("Kondisi Awal | 2022 T R | 2023 T R | Kondisi Akhir"), whatever the title calls it; a Renja
 * or RKPD evaluation targets one year.
 */
function plansSeveralYears(columns: ColumnMapping[], targetYears: Set<number>): boolean {
  const stated = [...targetYears].filter((y) => y !== 0).length;
  return stated >= 2 && columns.some((c) => c.role === "baseline" || c.role === "targetAkhir");
}
const MEASURED_OR_PLANNED = new Set<ColumnRole>([
  "realisasi",
  "capaian",
  "targetAkhir",
  "renstraTarget",
  "renstraRealisasi",
]);

/**
 * "Realisasi s/d 2022 | Target 2023 | Realisasi 2023 | Tingkat Realisasi | Target 2024" under a Renja's
 * title (T-C.29): one year has both a target and a realisasi; the later target is the next plan's.
 */
function realisasiOfOneYear(columns: ColumnMapping[]): boolean {
  const whole = columns.filter((c) => c.triwulan === undefined && c.tahun !== undefined);
  const realisasi = new Set(whole.filter((c) => c.role === "realisasi").map((c) => c.tahun));
  const both = new Set(
    whole.filter((c) => c.role === "target" && realisasi.has(c.tahun)).map((c) => c.tahun),
  );
  return both.size === 1;
}

/** One stated year's target and nothing measured or planned for other years: "Kondisi Awal | Target 2024". */
function planOfOneYear(columns: ColumnMapping[], targetYears: Set<number>): boolean {
  if (targetYears.size !== 1 || targetYears.has(0)) return false;
  return !columns.some((c) => MEASURED_OR_PLANNED.has(c.role));
}

/** A target column and realisasi columns of one and the same year (or of no stated year), beside Renstra columns. */
function measuresOneYear(columns: ColumnMapping[], targetYears: Set<number>): boolean {
  if (targetYears.size !== 1) return false;
  const year = [...targetYears][0]!;
  const renstra = columns.some((c) => RENSTRA_ROLES.has(c.role));
  if (!renstra) return false;
  // a target of no stated year ("Target PK") is the year the realisasi states, when it states one
  const realisasiYears = new Set(
    columns.filter((c) => c.role === "realisasi" && c.tahun !== undefined).map((c) => c.tahun),
  );
  if (year === 0) return realisasiYears.size <= 1;
  return [...realisasiYears].every((y) => y === year);
}

const RENSTRA_ROLES = new Set<ColumnRole>([
  // the Renstra's target of the year beside the PK's (target-renstra.ts)
  "renstraTarget",
  "targetAkhir",
  "baseline",
  "renstraKumulatif",
  "capaianRenstra",
  "paguRenstra",
]);

/** Roles that depend on the kind: a year's target in a Renstra is a Renstra target, "Realisasi" in a budget table is money. */
export function adjustRoles(kind: TableKind, columns: ColumnMapping[], parts: Map<number, string[]>): void {
  if (kind === "renstra") {
    const targetYears = columns
      .filter((c) => c.role === "target" && c.tahun !== undefined)
      .map((c) => c.tahun!);
    const firstTarget = targetYears.length ? Math.min(...targetYears) : undefined;
    for (const c of columns) {
      if (c.role === "target" && c.tahun !== undefined) c.role = "renstraTarget";
      else if (c.role === "realisasi" && c.tahun !== undefined) c.role = "renstraRealisasi";
      else if (
        c.role === "capaian" &&
        c.tahun !== undefined &&
        firstTarget !== undefined &&
        c.tahun < firstTarget
      ) {
        c.role = "baseline";
        c.confidence = Math.min(c.confidence, 0.8);
      }
    }
  }
  if (kind === "akip") {
    // "Tahun Evaluasi / 2022": the score the agency got that year
    for (const c of columns)
      if (c.tahun !== undefined && (c.role === "abaikan" || c.role === "target")) {
        c.role = "realisasi";
        c.confidence = 0.6;
      }
  }
  if (kind === "anggaran") {
    for (const c of columns) {
      const lastWords = normHeader((parts.get(c.col) ?? []).slice(-1)[0] ?? "");
      // "Persentase (%)" or a bare "%" beside a budget: the absorption
      if (
        (c.role === "capaian" || c.role === "abaikan") &&
        (/^(persentase )?%$|^persentase$/.test(lastWords) || RATE_OF_REALISASI.test(lastWords))
      ) {
        c.role = "serapan";
        continue;
      }
      const last = normHeader((parts.get(c.col) ?? []).slice(-1)[0] ?? "");
      if (c.role === "realisasi") c.role = /%|persen/.test(last) ? "serapan" : "realisasiAnggaran";
      else if (c.role === "target") c.role = "pagu";
      else if (c.role === "abaikan" && /^%$/.test(last)) c.role = "serapan";
    }
    sisaBesideBudget(columns, parts);
  }
}

/**
 * "Pagu | Realisasi | Selisih": a difference with no money word of its own, beside a budget's pagu and
 * realisasi, is the sisa. Beside a capaian (an efficiency table) it may be capaian − serapan: kept aside.
 */
function sisaBesideBudget(columns: ColumnMapping[], parts: Map<number, string[]>): void {
  const roles = new Set(columns.map((c) => c.role));
  if (!roles.has("pagu") || !roles.has("realisasiAnggaran") || roles.has("sisa") || roles.has("capaian"))
    return;
  const diff = columns.filter((c) => c.role === "keterangan" && isSisaDifference(parts.get(c.col) ?? []));
  if (diff.length !== 1) return;
  diff[0]!.role = "sisa";
  diff[0]!.confidence = Math.min(diff[0]!.confidence, 0.8);
}

const LABEL_ROLES = new Set<ColumnRole>(["nama", "program", "kegiatan", "subkegiatan"]);
/** Most label cells of an indicator column read as words, not numbers or codes. */
const WORDY = /[a-z]{3,}.*\s.*[a-z]{3,}/i;

/**
 * "No | Uraian | Target | Realisasi" or "PROGRAM/KEGIATAN/SUBKEGIATAN | Target | Realisasi": with no
 * indikator column, a label column whose rows carry a target or realisasi names the indicators.
 * Evidence: a target or realisasi column, no money column, and label cells that are sentences.
 */
export function promoteLabelColumn(g: Grid, t: FoundTable, columns: ColumnMapping[]): boolean {
  const roles = new Set(columns.map((c) => c.role));
  if (roles.has("indikator") || roles.has("pagu") || roles.has("realisasiAnggaran")) return false;
  if (!roles.has("target") && !roles.has("realisasi")) return false;
  if (columns.some((c) => c.role === "nama" && /komponen/i.test(c.header))) return false;
  return labelAsIndikator(g, t, columns);
}

/** The first label column becomes the indicator column when most of its cells are sentences. */
export function labelAsIndikator(g: Grid, t: FoundTable, columns: ColumnMapping[]): boolean {
  const label = columns.find((c) => LABEL_ROLES.has(c.role));
  if (!label) return false;
  const [filled, wordy] = dataCells(g, t, label, (tx) => WORDY.test(tx));
  if (filled === 0 || wordy < filled * 0.6) return false;
  label.role = "indikator";
  label.confidence = Math.min(label.confidence, 0.75);
  return true;
}

/** the role a header of only a year and "%" gets ("2022 / %"): a guess, not words naming a target */
const YEAR_PERCENT_GUESS = 0.5;

/**
 * "Target | Realisasi | %", "2022 / T | R | %": a bare "%" right of a realisasi of the same year is that
 * year's capaian, also where the year over it made the header rules guess a target from "2022 / %".
 */
export function percentAsCapaian(columns: ColumnMapping[], parts: Map<number, string[]>): void {
  for (let k = 1; k < columns.length; k++) {
    const c = columns[k]!;
    const last = normHeader((parts.get(c.col) ?? []).slice(-1)[0] ?? "");
    const guessed = c.role === "target" && c.confidence <= YEAR_PERCENT_GUESS;
    if ((c.role !== "abaikan" && !guessed) || last !== "%") continue;
    const left = columns[k - 1]!;
    if (left.role !== "realisasi" || left.col !== c.col - 1 || left.tahun !== c.tahun) continue;
    c.role = "capaian";
    c.confidence = 0.75;
    if (left.tahun !== undefined) c.tahun = left.tahun;
  }
}
