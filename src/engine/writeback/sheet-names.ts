/**
 * Which sheet each generated Tabel 3.x goes to. "Tabel 3.1" when that name is free (or already the
 * add-in's); when the agency keeps a sheet of its own under that name — agencies name their sheets
 * so, and the reader reads them — the table goes beside it as "Tabel 3.1 (Capaian Kinerja)", and
 * keeps that name on every later run (the state records it), never taking the user's sheet. The
 * Temuan sheet follows the same rule ("Temuan (Capaian Kinerja)" beside the user's "Temuan").
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { findSheet, sameName, sheetHasContent } from "./ownership";

const SUFFIX = "Capaian Kinerja";
/** Excel's limit on a sheet name */
const MAX_NAME = 31;

function candidates(base: string): string[] {
  const out = [base, `${base} (${SUFFIX})`];
  for (let n = 2; n <= 9; n++) out.push(`${base} (${SUFFIX} ${n})`);
  return out.filter((x) => x.length <= MAX_NAME);
}

function usable(sheet: SheetSnapshot | undefined, owned: readonly string[]): boolean {
  return !sheet || owned.some((o) => sameName(o, sheet.name)) || !sheetHasContent(sheet);
}

/** The sheet name of each table number: an owned one from an earlier run first, else the first free one. */
export function generatedSheetNames(
  nomors: readonly string[],
  snapshot: WorkbookSnapshot,
  owned: readonly string[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const nomor of nomors) out.set(nomor, generatedSheetName(`Tabel ${nomor}`, snapshot, owned));
  return out;
}

/** The sheet of one generated sheet named `base` ("Temuan"), by the same rule as the tables'. */
export function generatedSheetName(
  base: string,
  snapshot: WorkbookSnapshot,
  owned: readonly string[],
): string {
  const names = candidates(base);
  const mine = names.find((n) => owned.some((o) => sameName(o, n)));
  const free = names.find((n) => usable(findSheet(snapshot, n), owned));
  // with every candidate taken, the first is named: the refusal then says which sheet is in the way
  return mine ?? free ?? names[0]!;
}
