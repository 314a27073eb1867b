/**
 * Never silent, the last net: a header row naming three or more columns the reader knows (indikator,
 * target, realisasi, …) with rows of values under it, which no table found and no block listed covers.
 * Such a block was missed by the table finder (too many header words it does not know, values typed as
 * text with units), and the grid scan looks only for plain numbers: it is listed here with its reason,
 * so the class "a table neither read nor listed" cannot happen.
 */
import { parseAddress } from "../engine/address";
import type { BlokTakTerbaca } from "../engine/mapping";
import type { Grid } from "./grid";
import { isBlank, rowInfo, type RowInfo } from "./row-info";
import { overlaps, quotedHeaders, rangeOf, type Rect } from "./unread";

/** a header row names at least this many known columns, and they are at least half its cells */
const MIN_ROLE_WORDS = 3;

function isLooseHeader(info: RowInfo): boolean {
  const n = info.anchors.length;
  return (
    info.numbers === 0 && n >= MIN_ROLE_WORDS && info.roleWords >= MIN_ROLE_WORDS && info.roleWords * 2 >= n
  );
}

function rectOfBlock(g: Grid, b: BlokTakTerbaca): Rect | undefined {
  if (b.sheet !== g.name) return undefined;
  const a = parseAddress(b.range);
  const top = a.row - g.absRow(0);
  const left = a.col - g.absCol(0);
  return { top, bottom: top + a.rowCount - 1, left, right: left + a.colCount - 1 };
}

/** The rows under a header down to the first empty row; the last one holding a value (a number or "4 dokumen"). */
function lastValueRow(g: Grid, header: number, from: number, to: number): number | undefined {
  let last: number | undefined;
  for (let r = header + 1; r < g.rows; r++) {
    const info = rowInfo(g, r, from, to);
    if (isBlank(info) || isLooseHeader(info)) break;
    if (info.numbers > 0) last = r;
  }
  return last;
}

/** Header rows with values under them that lie outside every table and every listed block. */
export function headersWithoutTable(g: Grid, covered: Rect[], listed: BlokTakTerbaca[]): BlokTakTerbaca[] {
  const rects = [...covered];
  for (const b of listed) {
    const x = rectOfBlock(g, b);
    if (x) rects.push(x);
  }
  // most rows of a sheet lie inside a table as wide as the sheet: none of theirs is looked at
  const wide = rects.filter((x) => x.left <= 0 && x.right >= g.cols - 1);
  const out: BlokTakTerbaca[] = [];
  for (let r = 0; r < g.rows; r++) {
    if (wide.some((x) => r >= x.top && r <= x.bottom)) continue;
    const info = rowInfo(g, r);
    if (!isLooseHeader(info)) continue;
    const from = info.anchors[0]!;
    const to =
      info.anchors[info.anchors.length - 1]! + g.spanCols(r, info.anchors[info.anchors.length - 1]!) - 1;
    const line: Rect = { top: r, bottom: r, left: from, right: to };
    if (rects.some((x) => overlaps(x, line))) continue;
    const bottom = lastValueRow(g, r, from, to);
    if (bottom === undefined) continue;
    const block: Rect = { top: r, bottom, left: from, right: to };
    if (rects.some((x) => overlaps(x, block))) continue;
    out.push(
      headerNotRead(
        g,
        block,
        info.anchors.map((c) => g.text(r, c)),
      ),
    );
    rects.push(block);
    r = bottom;
  }
  return out;
}

function headerNotRead(g: Grid, rect: Rect, words: string[]): BlokTakTerbaca {
  const range = rangeOf(g, rect);
  const at = `${g.name}!${range}`;
  const heads = quotedHeaders(words);
  return {
    sheet: g.name,
    range,
    kode: "BUKAN_TABEL_KINERJA",
    pesan: {
      id: `Blok di ${at} berjudul kolom ${heads} dan berisi nilai, tetapi tidak terbaca sebagai tabel: sebagian judul kolomnya tidak dikenali atau bentuk barisnya tidak cocok dengan judulnya. Bila ini data kinerja, pilih rentangnya dan nyatakan jenis tabel serta peran kolomnya.`,
      en: `The block at ${at} has column headers ${heads} and holds values, but was not read as a table: some of its headers are not known or its rows do not fit its header. If it is performance data, select its range and say what table it is and what its columns hold.`,
    },
  };
}
