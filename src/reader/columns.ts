/** A table's header block → one ColumnMapping per column; the years a column leaves unsaid; the user's column fixes. */
import { rangeAddress } from "../engine/address";
import type { ColumnMapping, ColumnRole, MappingOverrides, TableKind } from "../engine/mapping";
import type { CellValue } from "../engine/snapshot";
import type { Grid } from "./grid";
import { parseValue } from "../engine/parse";
import { dataCells, mostCellsPass } from "./column-cells";
import { classifyHeader } from "./headers";
import { headerText } from "./header-date";
import { isColumnNumber, UNIT_CLOSING } from "./header-cells";
import { percentAsCapaian } from "./kind";
import { standarAsTarget } from "./standar";
import { targetRenstra } from "./target-renstra";
import { targetRevisi } from "./target-revisi";
import { normHeader, partsWords } from "./text";
import type { FoundTable } from "./tables";
import { unitColumns } from "./unit-columns";
import { quarterUnderGroup } from "./quarter-number-row";
import { kategoriEfisiensi } from "./kategori-efisiensi";
import { withoutRegulations } from "./tahun-peraturan";

type ColumnOverrides = NonNullable<NonNullable<MappingOverrides["tables"][string]>["columns"]>;

export function tableId(g: Grid, t: FoundTable): string {
  const top = t.headerRows[0] ?? t.firstDataRow;
  return `${g.name}!${rangeAddress(
    g.absRow(top),
    g.absCol(t.colStart),
    t.lastDataRow - top + 1,
    t.colEnd - t.colStart + 1,
  )}`;
}

/** Override entry for a table: by exact id, or by the same top-left cell when the table grew or shrank. */
export function overrideFor(
  overrides: MappingOverrides | undefined,
  id: string,
): MappingOverrides["tables"][string] | undefined {
  if (!overrides?.tables) return undefined;
  const exact = overrides.tables[id];
  if (exact) return exact;
  const start = id.split(":")[0];
  for (const [k, v] of Object.entries(overrides.tables)) if (k.split(":")[0] === start) return v;
  return undefined;
}

export function buildColumns(
  g: Grid,
  t: FoundTable,
): { columns: ColumnMapping[]; parts: Map<number, string[]> } {
  const columns: ColumnMapping[] = [];
  const parts = new Map<number, string[]>();
  for (let c = t.colStart; c <= t.colEnd; c++) {
    const stack: string[] = [];
    for (const h of t.headerRows) {
      if (t.numberRows.includes(h)) continue;
      const tx = headerText(g, h, c);
      // a quarter's number under its period group ("Target Triwulan / 1") names the column's quarter
      if (tx === "" || (isColumnNumber(tx) && !quarterUnderGroup(stack, tx))) continue;
      if (stack[stack.length - 1] !== tx) stack.push(tx);
    }
    if (stack.length === 0 || mergedInto(g, t, c)) continue;
    const cls = classifyHeader(stack);
    const col: ColumnMapping = {
      col: g.absCol(c),
      header: stack.join(" / "),
      role: cls.role,
      confidence: cls.confidence,
    };
    if (cls.tahun !== undefined) col.tahun = cls.tahun;
    if (cls.triwulan !== undefined) col.triwulan = cls.triwulan;
    columns.push(col);
    parts.set(g.absCol(c), stack);
  }
  percentAsCapaian(columns, parts);
  standarAsTarget(columns, parts);
  targetRevisi(columns, parts);
  targetRenstra(columns, parts);
  numberedColumn(g, t, columns);
  countsUnderNames(g, t, columns);
  groupTotal(columns, parts);
  explanationBesideMeasure(g, t, columns, parts);
  unitColumns(g, t, columns);
  kategoriEfisiensi(g, t, columns);
  return { columns, parts };
}

/** "Penjelasan", "Penjelasan Capaian": a header word an IKU register uses for the formula */
const PENJELASAN_ONLY = /^penjelasan( (capaian|kinerja|singkat))*$/;
/** what a formula's cell carries: a ratio, a product, "× 100", an equals sign */
const FORMULA_CELL = /[/÷×=:]|\bx\s*100\b|\bdibagi\b|\bdikali\b/i;

/**
 * A "Penjelasan" column is the formula in an IKU register ("Penjelasan/Formulasi"); beside a realisasi or
 * capaian it is what is said about the row, as "Kendala" and "Analisis" are. The cells decide: sentences
 * without a ratio or "× 100" in them are keterangan; a formula stays a formula.
 */
function explanationBesideMeasure(
  g: Grid,
  t: FoundTable,
  columns: ColumnMapping[],
  parts: Map<number, string[]>,
): void {
  if (!columns.some((c) => c.role === "realisasi" || c.role === "capaian")) return;
  for (const col of columns) {
    const words = partsWords(parts.get(col.col));
    if (col.role !== "formula" || !PENJELASAN_ONLY.test(words)) continue;
    if (dataCells(g, t, col, (tx) => FORMULA_CELL.test(tx))[1] > 0) continue;
    col.role = "keterangan";
    col.confidence = 0.75;
  }
}

/** "Jumlah", "Total", "Sub Total", "Jml": the lowest header of a group's own total column */
const TOTAL_WORD = /^(jumlah|jml|jmlh|total|sub ?total|sub jumlah|jumlah total)$/;

/**
 * "Pagu Anggaran (Rp) / DAU | DAK | Jumlah": a group header over its parts (the sources of funds, the
 * components) and their total. Every column reads as the group's role; the one headed "Jumlah" is the
 * group's value, the parts are what it is made of, set aside so the row's pagu is its total.
 */
function groupTotal(columns: ColumnMapping[], parts: Map<number, string[]>): void {
  const groups = new Map<string, ColumnMapping[]>();
  for (const c of columns) {
    const stack = parts.get(c.col) ?? [];
    if (c.role === "abaikan" || stack.length < 2) continue;
    const key = `${c.role}|${c.tahun ?? ""}|${c.triwulan ?? ""}|${stack.slice(0, -1).map(normHeader).join("/")}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const same of groups.values()) {
    if (same.length < 2) continue;
    const totals = same.filter((c) => TOTAL_WORD.test(normHeader(parts.get(c.col)!.at(-1)!)));
    if (totals.length !== 1) continue;
    for (const c of same)
      if (c !== totals[0]) {
        c.role = "abaikan";
        c.confidence = 0.7;
      }
  }
}

function isAmount(v: CellValue): boolean {
  return parseValue(v).kind === "number";
}

/** Roles whose cells name something: sentences, never amounts. */
const NAME_ROLES = new Set<ColumnRole>(["sasaran", "tujuan", "nama", "program", "kegiatan", "subkegiatan"]);
/** "1.1", "2.3.1": an outline number is a name's place, not an amount */
const OUTLINE = /^\d{1,3}(\.\d{1,2})+\.?$/;

/**
 * "Sasaran (jiwa) | Terlayani (jiwa)" in an SPM table: the people a service should reach, counted. A column
 * headed with a naming word whose cells are numbers names nothing; it is an amount no role of a
 * performance table holds (the ratio's parts), so it is set aside rather than read as the sasaran. The
 * numbers under it decide; a unit closing the header makes the reading surer.
 */
function countsUnderNames(g: Grid, t: FoundTable, columns: ColumnMapping[]): void {
  for (const col of columns) {
    if (!NAME_ROLES.has(col.role)) continue;
    const rc = col.col - g.sheet.origin.col;
    const amounts = (tx: string, r: number) => !OUTLINE.test(tx) && isAmount(g.value(r, rc) ?? tx);
    if (!mostCellsPass(g, t, col, 0.8, 2, amounts)) continue;
    col.role = "abaikan";
    col.confidence = UNIT_CLOSING.test(col.header) ? 0.8 : 0.6;
  }
}

/**
 * A column that owns no cell, its header and every data cell part of a merge anchored left of it (a Word
 * cell pasted over two thin Excel columns: "Indikator Kinerja" over C:F, each row's name over C:F too),
 * is the same column as that anchor's, not a second one.
 */
function mergedInto(g: Grid, t: FoundTable, c: number): boolean {
  const own = (r: number) => g.isAnchor(r, c) || g.anchor(r, c).c === c;
  if (t.headerRows.some((h) => !t.numberRows.includes(h) && own(h) && g.text(h, c) !== "")) return false;
  let spread = false;
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
    if (own(r) && g.text(r, c) !== "") return false;
    if (!own(r)) spread = true;
  }
  // the rows' own merges are the evidence: a header merged over empty cells alone may still be a column
  return spread;
}

/** "N0" (a zero for the O), "Nmr", "#": headers a running-number column is typed under, short of "No" */
const NEAR_NO = /^(n[o0]|m[o0]|n[o0]mor|nmr|nr|num|#|urut)$/;
/** "1", "2.", "1.1", "2.3.1": a row's running number, or its place in an outline */
const RUNNING = /^\d{1,3}(\.\d{1,3})*\.?$/;

/**
 * A column whose header reads near "No" and whose cells are running numbers (1, 2, 3 … or 1.1, 1.2 …)
 * is the No column; the rows' own numbers are the evidence, the header alone is too short to say.
 * Section lines inside the table ("Sasaran Strategis 1 : …") may stand in it between the numbers.
 */
function numberedColumn(g: Grid, t: FoundTable, columns: ColumnMapping[]): void {
  for (const col of columns) {
    if (col.role !== "abaikan" || !NEAR_NO.test(col.header.toLowerCase().replace(/[\s.:]/g, ""))) continue;
    if (!mostCellsPass(g, t, col, 0.6, 2, (tx) => RUNNING.test(tx))) continue;
    col.role = "no";
    col.confidence = 0.8;
  }
}

/** the Renstra's target beside the PK's (target-renstra.ts) is the plan's for the year the PK states */
const YEAR_ROLES = new Set<ColumnRole>(["target", "realisasi", "capaian", "predikat", "renstraTarget"]);

/** Fills the year of target/realisasi/capaian/predikat columns from the title, or from the one year the headers state. */
export function fillYears(columns: ColumnMapping[], kind: TableKind, titleYear: number | undefined): void {
  // a PK or pengukuran table without years in its headers is about the year in its title or sheet name
  if (titleYear !== undefined && kind !== "anggaran" && kind !== "renstra")
    for (const c of columns) if (c.tahun === undefined && YEAR_ROLES.has(c.role)) c.tahun = titleYear;
  // "TARGET 2024 | REALISASI | CAPAIAN": one stated year covers the columns that state none
  const stated = new Set(
    columns.filter((c) => c.tahun !== undefined && c.triwulan === undefined).map((c) => c.tahun),
  );
  if (stated.size === 1 && kind !== "anggaran" && kind !== "renstra") {
    const only = [...stated][0];
    for (const c of columns) if (c.tahun === undefined && YEAR_ROLES.has(c.role)) c.tahun = only;
  }
  if (kind !== "anggaran" && kind !== "renstra") measuredYear(columns);
  capaianRenstraYear(columns);
  serapanOfPair(columns);
}

const HALF = /^(.*?)\s*\/\s*(k|rp)$/i;

/**
 * "Capaian (%)" over "K | Rp": the Rp half is the serapan of the same year as the capaian of its K half,
 * which the header's one stated year or the title gave.
 */
function serapanOfPair(columns: ColumnMapping[]): void {
  for (let k = 1; k < columns.length; k++) {
    const c = columns[k]!;
    const left = columns[k - 1]!;
    if (c.role !== "serapan" || c.tahun !== undefined || left.role !== "capaian" || left.tahun === undefined)
      continue;
    const a = HALF.exec(left.header);
    const b = HALF.exec(c.header);
    if (a && b && a[1] === b[1] && a[2]!.toLowerCase() === "k" && b[2]!.toLowerCase() === "rp")
      c.tahun = left.tahun;
  }
}

/**
 * "Realisasi 2021 … 2024 | Target Akhir 2026 | Capaian thd Target Akhir": the share of the end target
 * reached is the realisasi up to the latest year the table reports (DOMAIN: R ÷ end target), not the
 * end target's year.
 */
function capaianRenstraYear(columns: ColumnMapping[]): void {
  sameGroupYear(columns);
  let latest: number | undefined;
  for (const c of columns)
    if (c.role === "renstraRealisasi" && c.triwulan === undefined && c.tahun !== undefined)
      latest = Math.max(latest ?? c.tahun, c.tahun);
  if (latest === undefined) return;
  for (const c of columns) if (c.role === "capaianRenstra" && c.tahun === undefined) c.tahun = latest;
}

/**
 * "Perkiraan Realisasi ... s/d Tahun Berjalan / Realisasi (2024) | Tingkat Capaian (%)": a share of the end
 * target under one group with a realisasi so far is that realisasi's share, of its year.
 */
function sameGroupYear(columns: ColumnMapping[]): void {
  const group = (c: ColumnMapping) => (c.header.includes(" / ") ? c.header.split(" / ")[0] : undefined);
  for (const c of columns) {
    if (c.role !== "capaianRenstra" || c.tahun !== undefined || group(c) === undefined) continue;
    const beside = columns.filter(
      (o) => o.role === "renstraKumulatif" && o.tahun !== undefined && group(o) === group(c),
    );
    if (beside.length === 1) c.tahun = beside[0]!.tahun;
  }
}

/**
 * "2023 Realisasi | 2024 Target | 2024 Realisasi | Capaian": a capaian or predikat that states no year
 * grades the one year the table gives both a target and a realisasi for.
 */
function measuredYear(columns: ColumnMapping[]): void {
  const yearsOf = (role: string) =>
    new Set(columns.filter((c) => c.role === role && c.triwulan === undefined).map((c) => c.tahun));
  const realisasi = yearsOf("realisasi");
  const both = [...yearsOf("target")].filter((y) => y !== undefined && realisasi.has(y));
  if (both.length !== 1) return;
  for (const c of columns)
    if (c.tahun === undefined && c.triwulan === undefined && (c.role === "capaian" || c.role === "predikat"))
      c.tahun = both[0];
}

const TAHUN_STATED = /\btahun\s*(?:anggaran\s*)?((?:19|20)\d\d)\b/i;
const SHEET_YEAR = new WeakMap<Grid, number | null>();

/**
 * The year the sheet's own title states ("CAPAIAN KINERJA PER BIDANG TAHUN 2024"): a one-cell line at the
 * top, before the first row of several cells. Blocks set side by side under it ("BIDANG BINA MARGA |
 * BIDANG SUMBER DAYA AIR") each report that year when their own title and header say none.
 */
export function sheetTitleYear(g: Grid): number | undefined {
  let year = SHEET_YEAR.get(g);
  if (year === undefined) {
    year = null;
    for (let r = 0; r < g.rows && year === null; r++) {
      let filled = 0;
      let text = "";
      for (let c = 0; c < g.cols && filled < 2; c++) {
        if (!g.isAnchor(r, c) || g.text(r, c) === "") continue;
        filled++;
        text = g.text(r, c);
      }
      if (filled >= 2) break;
      const m = filled === 1 ? TAHUN_STATED.exec(withoutRegulations(text)) : null;
      if (m) year = Number(m[1]);
    }
    SHEET_YEAR.set(g, year);
  }
  return year ?? undefined;
}

export function applyColumnOverrides(
  g: Grid,
  t: FoundTable,
  columns: ColumnMapping[],
  cols: ColumnOverrides,
): void {
  for (const [key, o] of Object.entries(cols)) {
    const col = Number(key);
    let m = columns.find((c) => c.col === col);
    if (!m) {
      m = {
        col,
        header: g.text(t.headerRows[0] ?? t.firstDataRow, col - g.sheet.origin.col),
        role: o.role,
        confidence: 1,
      };
      columns.push(m);
      columns.sort((a, b) => a.col - b.col);
    }
    m.role = o.role;
    m.confidence = 1;
    if (o.tahun !== undefined) m.tahun = o.tahun;
    else delete m.tahun;
    if (o.triwulan !== undefined) m.triwulan = o.triwulan;
    else delete m.triwulan;
  }
}
