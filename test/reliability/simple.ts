/**
 * A plain realisasi sheet of any length (the shape of seed 002's "Pengukuran Kinerja" table: No,
 * Sasaran, Indikator Kinerja, Satuan, Target, Realisasi), for the size, limit and hostile-value checks.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/engine/snapshot";

export const HEADER = ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024"];

export interface SimpleOptions {
  sheet?: string;
  origin?: { row: number; col: number };
  /** the values of indicator i (target, realisasi); the default is a plausible percentage pair */
  values?: (i: number) => [CellValue, CellValue];
  /** the indicator's name (the default is "Persentase indikator kinerja ke-i") */
  name?: (i: number) => CellValue;
}

export function realisasiSheet(rows: number, options: SimpleOptions = {}): SheetSnapshot {
  const values: CellValue[][] = [[...HEADER]];
  for (let i = 0; i < rows; i++) {
    const [target, realisasi] = options.values?.(i) ?? [75 + (i % 20), 60 + ((i * 7) % 45)];
    values.push([
      i + 1,
      `Meningkatnya kualitas layanan sosial ${1 + Math.floor(i / 5)}`,
      options.name?.(i) ?? `Persentase indikator kinerja ke-${i + 1}`,
      "%",
      target,
      realisasi,
    ]);
  }
  return {
    name: options.sheet ?? "Pengukuran Kinerja",
    origin: options.origin ?? { row: 0, col: 0 },
    values,
    numberFormats: values.map((r) => r.map(() => "General")),
    formulas: values.map((r) => r.map(() => "")),
    merges: [],
    visibility: "visible",
    protected: false,
  };
}

export function realisasiWorkbook(rows: number, options: SimpleOptions = {}): WorkbookSnapshot {
  return { sheets: [realisasiSheet(rows, options)], names: {} };
}
