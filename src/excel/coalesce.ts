/**
 * Fewer, larger range writes. Table generators emit one write per row and style (a 1,000-row
 * Tabel 3.1 is 5,000 writes); each costs a dozen commands in the request, so the write would no
 * longer fit one sync. Writes of the same columns, style and kind on consecutive rows become one
 * block. Only sheets whose writes never overlap are coalesced: there the order of writes cannot
 * matter, so gathering rows out of the plan's order changes nothing in the workbook.
 */
import { parseAddress, rangeAddress } from "../engine/address";
import type { RangeWrite } from "../engine/plan";

type Block = ReturnType<typeof parseAddress>;

/** Past this many cells a sheet is left as planned (the overlap check would cost more than it saves). */
const MAX_CHECKED_CELLS = 2_000_000;

function disjoint(blocks: Block[]): boolean {
  let total = 0;
  for (const b of blocks) total += b.rowCount * b.colCount;
  if (total > MAX_CHECKED_CELLS) return false;
  const seen = new Set<number>();
  for (const b of blocks)
    for (let r = b.row; r < b.row + b.rowCount; r++)
      for (let c = b.col; c < b.col + b.colCount; c++) {
        const k = r * 16384 + c;
        if (seen.has(k)) return false;
        seen.add(k);
      }
  return true;
}

function kindKey(w: RangeWrite, b: Block): string {
  return `${b.col}:${b.colCount}:${w.values ? "v" : ""}:${w.numberFormats ? "f" : ""}:${JSON.stringify(w.style ?? null)}`;
}

export function coalesceRanges(ranges: RangeWrite[]): RangeWrite[] {
  const blocks = ranges.map((w) => parseAddress(w.address));
  const bySheet = new Map<string, number[]>();
  ranges.forEach((w, i) => {
    const k = w.sheet.toLowerCase();
    const list = bySheet.get(k);
    if (list) list.push(i);
    else bySheet.set(k, [i]);
  });
  // Index of the write each write is folded into (itself when it stays).
  const into = ranges.map((_, i) => i);
  const rows = new Map<number, RangeWrite[]>();
  for (const members of bySheet.values()) {
    if (members.length < 2 || !disjoint(members.map((i) => blocks[i]!))) continue;
    const groups = new Map<string, number[]>();
    for (const i of members) {
      const k = kindKey(ranges[i]!, blocks[i]!);
      const list = groups.get(k);
      if (list) list.push(i);
      else groups.set(k, [i]);
    }
    for (const group of groups.values()) {
      group.sort((a, b) => blocks[a]!.row - blocks[b]!.row);
      let head = group[0]!;
      let end = blocks[head]!.row + blocks[head]!.rowCount;
      for (const i of group.slice(1)) {
        if (blocks[i]!.row === end) {
          into[i] = head;
          const run = rows.get(head);
          if (run) run.push(ranges[i]!);
          else rows.set(head, [ranges[head]!, ranges[i]!]);
        } else head = i;
        end = blocks[i]!.row + blocks[i]!.rowCount;
      }
    }
  }
  const out: RangeWrite[] = [];
  ranges.forEach((w, i) => {
    if (into[i] !== i) return;
    const parts = rows.get(i);
    if (!parts) return void out.push(w);
    const b = blocks[i]!;
    const count = parts.reduce((n, p) => n + parseAddress(p.address).rowCount, 0);
    out.push({
      sheet: w.sheet,
      address: rangeAddress(b.row, b.col, count, b.colCount),
      ...(w.values ? { values: parts.flatMap((p) => p.values!) } : {}),
      ...(w.style ? { style: w.style } : {}),
      ...(w.numberFormats ? { numberFormats: parts.flatMap((p) => p.numberFormats!) } : {}),
    });
  });
  return out;
}
