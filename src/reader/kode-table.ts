/**
 * A table whose rows carry a code and values but no indicator names ("Kode IKU | Realisasi | Capaian (%)"):
 * the code identifies the row, and the join finds its indicator by that code in the table that carries
 * the names. Evidence: no indicator (or label) column, a column headed as a code, and its cells codes —
 * short, with a digit, every one different — on (almost) every row that holds a value.
 */
import type { ColumnMapping } from "../engine/mapping";
import type { Grid } from "./grid";
import { VALUE_ROLES } from "./read-model";
import type { FoundTable } from "./tables";

/** "IKU.1", "IK-02", "SS1.2", "1.02.01", "IKU 3": tokens of digits or a short letter prefix, with a digit */
const CODE_TOKEN = /^(\d{1,4}|[A-Za-z]{1,4}\d{0,3})$/;
const MAX_CODE_LENGTH = 20;
/** share of the rows with a value that must carry a code */
const COVERAGE = 0.8;
/** a kind decided from codes alone is less sure than one decided from named indicators */
export const KODE_KIND_FACTOR = 0.85;

function isCode(text: string): boolean {
  if (text.length === 0 || text.length > MAX_CODE_LENGTH || !/\d/.test(text)) return false;
  return text.split(/[.\-/ ]+/).every((t) => CODE_TOKEN.test(t));
}

/** The code column that identifies the rows of a table without indicator names, if the table is one. */
export function kodeColumn(g: Grid, t: FoundTable, columns: ColumnMapping[]): ColumnMapping | undefined {
  if (columns.some((c) => c.role === "indikator")) return undefined;
  const kodes = columns.filter((c) => c.role === "kode");
  if (kodes.length !== 1) return undefined;
  const rc = kodes[0]!.col - g.sheet.origin.col;
  const valueCols = columns.filter((c) => VALUE_ROLES.has(c.role)).map((c) => c.col - g.sheet.origin.col);
  const seen = new Set<string>();
  let withValue = 0;
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
    if (!valueCols.some((c) => g.text(r, c) !== "")) continue;
    withValue++;
    const code = g.text(r, rc);
    if (code === "") continue;
    // a repeated code is a group's, not a row's identity; any other text is no code column
    if (!isCode(code) || seen.has(code)) return undefined;
    seen.add(code);
  }
  return seen.size >= 1 && seen.size >= withValue * COVERAGE ? kodes[0] : undefined;
}

/** The columns as the kind is decided from them: the code column in the indicator's place. */
export function asIdentified(columns: ColumnMapping[], kode: ColumnMapping): ColumnMapping[] {
  return columns.map((c) => (c === kode ? { ...c, role: "indikator" } : c));
}
