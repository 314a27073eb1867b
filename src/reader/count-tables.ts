/**
 * Printed totals outside the performance tables: a count table ("Jenis PSKS | Jumlah PSKS | 2022 |
 * 2023", rows of "64 Orang", a "Total" line) is no indicator table, yet its Total must still equal
 * the sum of its rows. Only the totals are taken, as PrintedAggregate; the rows never become
 * indicators. The scan is narrow on purpose: a label column holding "Jumlah"/"Total" under at
 * least two named rows, and only columns whose every row is a plain count.
 */
import type { BlokTakTerbaca } from "../engine/mapping";
import type { ParsedValue, PrintedAggregate, SourcedValue } from "../engine/model";
import { parseColumn } from "../engine/parse";
import type { Grid } from "./grid";
import { isColumnNumber, isYearText } from "./header-cells";
import { AGG_START, AGGREGATE } from "./row-labels";
import { normHeader } from "./text";
import { quotedHeaders, rangeOf, type Rect } from "./unread";

/** A column whose rows are averaged, scored or in percent is no sum. */
const NOT_A_SUM = /%|\b(persen|persentase|rata|rerata|indeks|nilai|skor|capaian|predikat|nip|tahun ke)\b/;
const MIN_ROWS = 2;
const MAX_HEADER_ROWS = 4;
// made once: a pattern literal inside a function is a new RegExp object on every call
const LIST_MARK = /^([a-z]|\d{1,2}|[ivx]{1,4}) (?=\S)/;
const RATA = /^(rata|rerata)/;
const COUNT_TEXT = /^\s*(?:rp\.?\s*)?[+-]?[\d.,]*\d[\d.,]*\s*[a-z]{0,12}\s*$/i;
const DASH = /^\s*[-–—]\s*$/;

function isTotalLabel(text: string): boolean {
  const label = normHeader(text).replace(LIST_MARK, "");
  return label !== "" && AGGREGATE.test(label) && !RATA.test(label);
}

function looksNumeric(g: Grid, r: number, c: number): boolean {
  const v = g.value(r, c);
  if (typeof v === "number") return true;
  const t = g.text(r, c);
  return COUNT_TEXT.test(t) || DASH.test(t);
}

/** A row of words only (a header line), no numbers. */
function isWordRow(g: Grid, r: number, from: number, to: number): boolean {
  let words = 0;
  for (let c = from; c <= to; c++) {
    const t = g.text(r, c);
    if (t === "") continue;
    if (looksNumeric(g, r, c) && !isColumnNumber(t) && !isYearText(t)) return false;
    words++;
  }
  return words > 0;
}

/** A count table's extent and the words over its columns, for saying it was not read as indicators. */
export interface CountTable extends Rect {
  headers: string[];
}

/**
 * Totals of the count tables on one sheet. `covered` tells the rows an accepted table already read
 * (their totals are that table's own), relative to the grid. Each count table whose total was taken is
 * added to `tables`: its rows are no indicators, and that must be said, not only its total checked.
 */
export function countTableTotals(
  g: Grid,
  covered: (r: number) => boolean,
  tables: CountTable[] = [],
): PrintedAggregate[] {
  const out: PrintedAggregate[] = [];
  for (let r = 0; r < g.rows; r++) {
    if (covered(r) || !AGG_START.test(rowText(g, r))) continue;
    let labelCol = -1;
    for (let c = 0; c < g.cols && labelCol < 0; c++) {
      if (!g.isAnchor(r, c)) continue;
      if (isTotalLabel(g.text(r, c))) labelCol = c;
    }
    if (labelCol < 0) continue;
    const labelText = g.text(r, labelCol);
    const right = labelCol + g.spanCols(r, labelCol);
    const candidates: number[] = [];
    for (let c = right; c < g.cols; c++)
      if (g.isAnchor(r, c) && /\d/.test(g.text(r, c)) && looksNumeric(g, r, c)) candidates.push(c);
    if (candidates.length === 0) continue;

    // the rows above: each names something in the label column and holds numbers beside it
    let first = r;
    while (first - 1 >= 0 && !covered(first - 1)) {
      const up = first - 1;
      const name = g.text(up, labelCol);
      if (name === "" || looksNumeric(g, up, labelCol) || isTotalLabel(name)) break;
      // a header line over the rows ("Jenis PSKS | 2022 | 2023") ends them
      const filled = candidates.filter((c) => g.text(up, c) !== "");
      if (filled.length > 0 && filled.every((c) => isYearText(g.text(up, c)))) break;
      if (filled.length === 0 || !filled.every((c) => looksNumeric(g, up, c))) break;
      first = up;
    }
    const items = r - first;
    if (items < MIN_ROWS) continue;
    const headRows = headerRowsAbove(g, first, labelCol, candidates);
    const headers = headerTexts(g, headRows, candidates);
    const before = out.length;

    for (const c of candidates) {
      const header = headers.get(c) ?? "";
      if (NOT_A_SUM.test(normHeader(header)) || /%/.test(header)) continue;
      const cells = [];
      const fmts = [];
      for (let i = first; i <= r; i++) {
        cells.push(g.value(i, c));
        fmts.push(g.format(i, c));
      }
      const parsed = parseColumn(cells, fmts, g.shared.parse);
      const total = parsed[parsed.length - 1]!;
      const rows = parsed.slice(0, -1);
      if (!isCount(total) || !rows.every((p) => p.kind === "blank" || isCount(p))) continue;
      if (!sameUnit([total, ...rows])) continue;
      const members: SourcedValue[] = [];
      rows.forEach((p, i) => {
        if (p.kind === "number") members.push(sourced(g, first + i, c, p));
      });
      if (members.length < MIN_ROWS) continue;
      out.push({
        kind: "jumlah",
        label: header ? `${labelText} (${header})` : labelText,
        printed: sourced(g, r, c, total),
        members,
      });
    }
    if (out.length > before) tables.push(extent(g, headRows, first, r, labelCol, candidates, headers));
  }
  return out;
}

/** From the header (or the first row) to the total, from the list numbers left of the labels to the last count. */
function extent(
  g: Grid,
  headRows: number[],
  first: number,
  last: number,
  labelCol: number,
  cols: number[],
  headers: Map<number, string>,
): CountTable {
  const top = headRows[0] ?? first;
  const filled = (c: number) => {
    for (let r = top; r <= last; r++) if (g.text(r, c) !== "") return true;
    return false;
  };
  let left = labelCol;
  while (left > 0 && filled(left - 1)) left--;
  // a label merged down its header rows reads the same in each: said once
  const label = [...new Set(headRows.map((h) => g.text(h, labelCol)).filter((t) => t !== ""))];
  const words = [label.join(" / "), ...cols.map((c) => headers.get(c) ?? "")].filter((w) => w !== "");
  return { top, bottom: last, left, right: Math.max(...cols), headers: words };
}

/** "Tabel … (judul kolom …)": a count table's rows are no indicators; its total was checked. */
export function countTableBlock(g: Grid, t: CountTable): BlokTakTerbaca {
  const range = rangeOf(g, t);
  const at = `${g.name}!${range}`;
  const heads = quotedHeaders(t.headers);
  return {
    sheet: g.name,
    range,
    kode: "BUKAN_TABEL_KINERJA",
    pesan: {
      id: `Tabel di ${at} (judul kolom ${heads}) berisi jumlah per kategori, bukan tabel kinerja: tidak ada kolom indikator, target, atau realisasi, jadi barisnya tidak dibaca sebagai indikator; hanya baris jumlahnya diperiksa terhadap jumlah barisnya. Bila ini data kinerja, pilih rentangnya dan nyatakan jenis tabel serta peran kolomnya.`,
      en: `The table at ${at} (column headers ${heads}) holds counts per category, not performance data: no indicator, target or realisasi column, so its rows are not read as indicators; only its total line is checked against the sum of its rows. If it is performance data, select its range and say what table it is and what its columns hold.`,
    },
  };
}

function rowText(g: Grid, r: number): string {
  const parts: string[] = [];
  for (let c = 0; c < g.cols; c++) {
    const t = g.text(r, c);
    if (t !== "") parts.push(t);
  }
  return parts.join(" ");
}

/** The header lines right above the first row: rows of words only, at most MAX_HEADER_ROWS. */
function headerRowsAbove(g: Grid, firstItem: number, labelCol: number, cols: number[]): number[] {
  const from = Math.min(labelCol, ...cols);
  const to = Math.max(labelCol, ...cols);
  const rows: number[] = [];
  for (let h = firstItem - 1; h >= 0 && rows.length < MAX_HEADER_ROWS; h--) {
    if (!isWordRow(g, h, from, to)) break;
    rows.unshift(h);
  }
  return rows;
}

/** The words over each value column, "Sudah tersertifikasi / 2022". */
function headerTexts(g: Grid, rows: number[], cols: number[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const c of cols) {
    const parts: string[] = [];
    for (const h of rows) {
      const t = g.text(h, c);
      if (t !== "" && !isColumnNumber(t) && parts[parts.length - 1] !== t) parts.push(t);
    }
    out.set(c, parts.join(" / "));
  }
  return out;
}

function isCount(p: ParsedValue): boolean {
  return p.kind === "number" && !p.percent;
}

function sameUnit(values: ParsedValue[]): boolean {
  const units = new Set<string>();
  for (const p of values) if (p.kind === "number" && p.unit) units.add(p.unit.toLowerCase());
  return units.size <= 1;
}

function sourced(g: Grid, r: number, c: number, parsed: ParsedValue): SourcedValue {
  return { raw: g.value(r, c), parsed, source: g.ref(r, c) };
}
