/** Builders for engine tests: corpus rows → the model the reader would produce. */
import type { Indicator, Polaritas, SourcedValue, YearValues } from "../../src/engine/model";
import type { CellValue } from "../../src/engine/snapshot";
import { parseValue, type Convention } from "../../src/engine/parse";
import { defaultSettings } from "../../src/engine/settings";
import type { Settings, SettingsInput } from "../../src/engine/settings";
import { Settings as SettingsSchema } from "../../src/engine/settings";

export interface CorpusRow {
  seed: string;
  line: number;
  table?: string;
  level: string;
  sasaran: string | null;
  indikator: string | null;
  satuan: string | null;
  year: number | null;
  target: unknown;
  realisasi: unknown;
  capaian_reported: unknown;
  predikat_reported: string | null;
  history: Record<string, unknown> | null;
  history_targets?: Record<string, unknown> | null;
  renstra_targets: Record<string, unknown> | null;
  baseline?: unknown;
  anggaran: Record<string, unknown> | null;
  note: string | null;
  raw: unknown;
  checks?: Record<string, unknown>;
  flags?: string[];
  noteComputed?: number | null;
  notePrinted?: number | null;
  cetakSalah?: boolean;
}

/** A cell as the sheet would hold it: corpus numbers are printed Indonesian-style, like the seeds. */
export function idText(v: unknown): CellValue {
  if (typeof v === "number") return String(v).replace(".", ",");
  if (typeof v === "string") return v;
  return "";
}

export function sv(
  raw: CellValue,
  cell?: string,
  sheet = "Lembar",
  convention: Convention = "id",
): SourcedValue {
  const v: SourcedValue = { raw, parsed: parseValue(raw, { convention }) };
  if (cell) v.source = { sheet, cell };
  return v;
}

export function settings(input: SettingsInput = {}): Settings {
  return SettingsSchema.parse(input);
}

export { defaultSettings };

let counter = 0;

export function indicator(p: Partial<Indicator> & { tahun: Record<string, YearValues> }): Indicator {
  counter += 1;
  return {
    id: p.id ?? `ind-${counter}`,
    level: p.level ?? "sasaran",
    sasaran: p.sasaran ?? "Sasaran uji",
    indikator: p.indikator ?? "Indikator uji",
    polaritas: p.polaritas ?? ("naik" as Polaritas),
    polaritasInferred: p.polaritasInferred ?? false,
    ...p,
  };
}

/** The reporting-year values of a corpus row, with cells named after the seed line so findings can be traced. */
export function yearFromRow(r: CorpusRow): YearValues {
  const sheet = `${r.seed}-L${r.line}`;
  const yv: YearValues = {};
  if (r.target !== null && r.target !== undefined) yv.target = sv(idText(r.target), "D1", sheet);
  if (r.realisasi !== null && r.realisasi !== undefined) yv.realisasi = sv(idText(r.realisasi), "E1", sheet);
  if (r.capaian_reported !== null && r.capaian_reported !== undefined)
    yv.capaianTercetak = sv(idText(r.capaian_reported), "F1", sheet);
  if (r.predikat_reported) yv.predikatTercetak = sv(r.predikat_reported, "G1", sheet);
  return yv;
}

export function indicatorFromRow(r: CorpusRow, polaritas: Polaritas = "naik"): Indicator {
  const tahun: Record<string, YearValues> = {};
  if (r.year !== null) tahun[String(r.year)] = yearFromRow(r);
  for (const [y, v] of Object.entries(r.history ?? {})) {
    const prev: YearValues = { realisasi: sv(idText(v), "C1", `${r.seed}-L${r.line}-${y}`) };
    const t = r.history_targets?.[y];
    if (t !== undefined && t !== null) prev.target = sv(idText(t), "B1", `${r.seed}-L${r.line}-${y}`);
    tahun[y] = prev;
  }
  return indicator({
    id: `${r.seed}:${r.line}:${r.year ?? "-"}`,
    level: r.level === "tujuan" ? "tujuan" : r.level.includes("kegiatan") ? "kegiatan" : "sasaran",
    sasaran: r.sasaran ?? "",
    indikator: r.indikator ?? "",
    ...(r.satuan ? { satuan: r.satuan } : {}),
    polaritas,
    tahun,
    source: { sheet: `${r.seed}-L${r.line}`, cell: "A1" },
  });
}
