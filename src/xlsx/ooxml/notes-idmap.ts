/**
 * Shape ids of VML drawings. Each drawing owns blocks of 1,024 ids named in its o:idmap (block N owns
 * N*1024+1 … N*1024+1023), and Excel repairs a workbook in which two drawings use one id. A drawing
 * another program wrote may have no o:idmap (LibreOffice writes none): the blocks its shape ids fall
 * in are its own all the same, and no other drawing is given them.
 */
import type { OoxmlPackage } from "./package";

export const BLOCK = 1024;

const IDMAP = /\bidmap\b[^>]*?\bdata\s*=\s*["']([^"']*)["']/g;
const SHAPE_ID = /_x0000_s(\d+)/g;

/** The blocks an o:idmap data attribute names ("1,3" → [1, 3]). */
export function idmapBlocks(data: string | null): number[] {
  if (data === null) return [];
  return data
    .split(",")
    .map((d) => Number(d.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
}

/** The blocks a drawing's text uses: those of its o:idmap and those its shape ids fall in. */
function blocksOf(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(IDMAP)) for (const b of idmapBlocks(m[1]!)) out.add(b);
  for (const m of text.matchAll(SHAPE_ID)) out.add(Math.floor(Number(m[1]) / BLOCK));
  return out;
}

/** Whether a part is a VML drawing (by name; the content type default for .vml is what Excel writes). */
function isVmlPart(path: string): boolean {
  return /\.vml$/i.test(path);
}

/** The blocks every VML drawing of the package uses as it stands in this run, but `except`. */
export async function blocksInUse(pkg: OoxmlPackage, except?: string): Promise<Set<number>> {
  const used = new Set<number>();
  for (const p of pkg.paths()) {
    if (!isVmlPart(p) || p === except) continue;
    // parts made earlier in this run count too: two sheets given notes at once need their own blocks
    for (const b of blocksOf((await pkg.currentText(p)) ?? "")) used.add(b);
  }
  return used;
}

export function lowestFree(taken: Set<number>): number {
  let n = 1;
  while (taken.has(n)) n++;
  return n;
}

/**
 * The ids one drawing hands out: after the highest id it holds (or from the start of its first block),
 * moving on to another block of its own, the next block or the lowest free one when a block is full.
 */
export class ShapeIds {
  private next: number;
  readonly blocks: number[];

  constructor(
    /** the drawing's blocks: its o:idmap's, then those of its shape ids */
    own: number[],
    highestId: number,
    /** blocks other drawings use */
    private readonly others: Set<number>,
  ) {
    this.blocks = own.length ? [...new Set(own)] : [lowestFree(others)];
    this.next = Math.max(this.blocks[0]! * BLOCK, highestId) + 1;
  }

  take(): number {
    if (this.next % BLOCK === 0) {
      const block = this.next / BLOCK - 1;
      const mine = this.blocks.filter((b) => b > block).sort((a, b) => a - b)[0];
      const taken = new Set([...this.others, ...this.blocks]);
      const then = mine ?? (taken.has(block + 1) ? lowestFree(taken) : block + 1);
      if (!this.blocks.includes(then)) this.blocks.push(then);
      this.next = then * BLOCK + 1;
    }
    return this.next++;
  }
}
