/**
 * A worksheet's <mergeCells>: merges added and taken away, kept free of overlaps (overlapping
 * merges corrupt a file), indexed by row because a table writes thousands of them.
 */
import { parseAddress, rangeAddress } from "../../engine/address";
import { WORKSHEET_ORDER } from "./worksheet-order";
import { XElement, child, children, ensureChild } from "./xml";

export interface Block {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

interface MergeEntry {
  /** the element of a merge the sheet had; none for one this run added (kept as text) */
  el?: XElement;
  /** the ref as compared: without "$", upper case */
  ref: string;
  /** null when the ref cannot be read */
  block: Block | null;
}

function mergeRef(m: XElement): { ref: string; block: Block | null } {
  const attr = m.getAttribute("ref") ?? "";
  let block: Block | null;
  try {
    block = parseAddress(attr);
  } catch {
    block = null;
  }
  return { ref: attr.replace(/\$/g, "").toUpperCase(), block };
}

/** A sheet's merges by the rows they cover; tall merges (rare) are checked against every block. */
class MergeIndex {
  private static readonly TALL = 256;
  private readonly order = new Map<MergeEntry, number>();
  private readonly byRow = new Map<number, Set<MergeEntry>>();
  private readonly tall = new Set<MergeEntry>();
  private seq = 0;
  /** the merges this run added, in order: written after the element's children when the part is saved */
  readonly added = new Set<MergeEntry>();
  /** whether the added merges have their place in the saved part yet */
  spliced = false;

  constructor(
    readonly mc: XElement,
    els: XElement[],
  ) {
    for (const el of els) this.add({ el, ...mergeRef(el) });
  }

  get size(): number {
    return this.order.size;
  }

  add(m: MergeEntry): void {
    this.order.set(m, this.seq++);
    // an unreadable ref (no block) is left as the user's file had it: it overlaps nothing
    if (!m.block) return;
    if (m.block.rowCount > MergeIndex.TALL) {
      this.tall.add(m);
      return;
    }
    for (let r = m.block.row; r < m.block.row + m.block.rowCount; r++) {
      let set = this.byRow.get(r);
      if (!set) this.byRow.set(r, (set = new Set()));
      set.add(m);
    }
  }

  remove(m: MergeEntry): void {
    this.order.delete(m);
    this.added.delete(m);
    this.tall.delete(m);
    if (!m.block || m.block.rowCount > MergeIndex.TALL) return;
    for (let r = m.block.row; r < m.block.row + m.block.rowCount; r++) this.byRow.get(r)?.delete(m);
  }

  /** The merges overlapping a block, in the order they were listed. */
  overlapping(block: Block): MergeEntry[] {
    const found = new Set<MergeEntry>();
    for (const m of this.tall) if (overlaps(m.block!, block)) found.add(m);
    if (block.rowCount > MergeIndex.TALL) {
      for (const m of this.order.keys()) if (m.block && overlaps(m.block, block)) found.add(m);
    } else {
      for (let r = block.row; r < block.row + block.rowCount; r++) {
        for (const m of this.byRow.get(r) ?? []) if (overlaps(m.block!, block)) found.add(m);
      }
    }
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  /** The first merge on exactly this ref, in the order they are listed. */
  find(ref: string): MergeEntry | undefined {
    for (const m of this.order.keys()) if (m.ref === ref) return m;
    return undefined;
  }
}

function overlaps(a: Block, b: Block): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.col < b.col + b.colCount &&
    b.col < a.col + a.colCount
  );
}

/** The merges of one worksheet element. */
export class SheetMerges {
  private index?: MergeIndex;

  constructor(
    private readonly ws: () => XElement,
    /** how the editor splices text into the saved part (SheetEditor.spliceInto) */
    private readonly splice: (parent: XElement, text: () => Iterable<string>) => void,
  ) {}

  /**
   * The merges as read once per mergeCells element and kept in step here (only this class edits
   * them), found by row: a table writes thousands of merges, and a scan of all per merge was quadratic.
   */
  private indexOf(mc: XElement): MergeIndex {
    if (this.index?.mc !== mc) this.index = new MergeIndex(mc, children(mc, "mergeCell"));
    return this.index;
  }

  /** Adds a merge; merges it would overlap are removed. True when the part changed. */
  add(address: string): boolean {
    const block = parseAddress(address);
    const ref = rangeAddress(block.row, block.col, block.rowCount, block.colCount);
    const mc = ensureChild(this.ws(), "mergeCells", WORKSHEET_ORDER);
    const merges = this.indexOf(mc);
    // In the order the file lists them: the first identical merge ends the search, as it always has.
    let removed = false;
    for (const m of merges.overlapping(block)) {
      if (m.ref === ref) {
        if (removed) mc.setAttribute("count", String(merges.size));
        return removed;
      }
      if (m.el) mc.removeChild(m.el);
      merges.remove(m);
      removed = true;
    }
    const entry: MergeEntry = { ref, block };
    if (!merges.spliced) this.splice(mc, () => mergesText(mc, merges.added));
    merges.spliced = true;
    merges.add(entry);
    merges.added.add(entry);
    mc.setAttribute("count", String(merges.size));
    return true;
  }

  /** Takes away the merge on exactly this block, if there is one. True when the part changed. */
  remove(address: string): boolean {
    const b = parseAddress(address);
    const ref = rangeAddress(b.row, b.col, b.rowCount, b.colCount);
    const ws = this.ws();
    const mc = child(ws, "mergeCells");
    if (!mc) return false;
    const merges = this.indexOf(mc);
    const hit = merges.find(ref);
    if (!hit) return false;
    if (hit.el) mc.removeChild(hit.el);
    merges.remove(hit);
    if (merges.size === 0) ws.removeChild(mc);
    else mc.setAttribute("count", String(merges.size));
    return true;
  }
}

/** The added merges as the tree would write them (a ref made by rangeAddress needs no escaping). */
function* mergesText(mc: XElement, added: Set<MergeEntry>): Generator<string> {
  const open = `<${mc.prefix ? `${mc.prefix}:` : ""}mergeCell ref="`;
  for (const m of added) yield `${open}${m.ref}"/>`;
}
