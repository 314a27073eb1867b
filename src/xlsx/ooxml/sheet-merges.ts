/**
 * A worksheet's <mergeCells>: merges added and taken away, kept free of overlaps (overlapping
 * merges corrupt a file), indexed by row because a table writes thousands of them.
 */
import { parseAddress, rangeAddress } from "../../engine/address";
import {
  type Element,
  type Kid,
  type WorksheetText,
  attrValue,
  drop,
  named,
  readElement,
  startAttrs,
  withMore,
} from "./worksheet-text";
import { type Piece, setAttr } from "./xml-scan";

export interface Block {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

interface MergeEntry {
  /** the element of a merge the sheet had (none for one this run added) */
  piece?: Piece;
  /** the ref as compared: without "$", upper case */
  ref: string;
  /** null when the ref cannot be read */
  block: Block | null;
}

function mergeRef(text: string): { ref: string; block: Block | null } {
  const attr = attrValue(startAttrs(text), "ref") ?? "";
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
  /** the merges this run added, in order: written after the element's content when the part is saved */
  readonly added = new Set<MergeEntry>();
  /** the element as read: its start tag and content, the sheet's merges dropped from it as they go */
  readonly el: Element;

  constructor(readonly kid: Kid) {
    this.el = readElement(kid.text);
    for (const piece of named(this.el.content, "mergeCell")) this.add({ piece, ...mergeRef(piece.text) });
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
    if (m.piece) drop(m.piece);
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

/** The merges of one worksheet. */
export class SheetMerges {
  private index?: MergeIndex;

  constructor(private readonly ws: WorksheetText) {}

  /**
   * The merges as read once per <mergeCells> and kept in step here (only this class edits them),
   * found by row: a table writes thousands of merges, and a scan of all per merge was quadratic.
   * From the first change on, the element is written from here (mergesText).
   */
  private indexOf(kid: Kid): MergeIndex {
    if (this.index?.kid !== kid) this.index = new MergeIndex(kid);
    return this.index;
  }

  private changed(merges: MergeIndex): void {
    merges.kid.make ??= () => mergesText(merges);
  }

  /** Adds a merge; merges it would overlap are removed. True when the part changed. */
  add(address: string): boolean {
    const block = parseAddress(address);
    const ref = rangeAddress(block.row, block.col, block.rowCount, block.colCount);
    const merges = this.indexOf(this.ws.ensure("mergeCells"));
    // In the order the file lists them: the first identical merge ends the search, as it always has.
    let removed = false;
    for (const m of merges.overlapping(block)) {
      if (m.ref === ref) return removed;
      merges.remove(m);
      this.changed(merges);
      removed = true;
    }
    const entry: MergeEntry = { ref, block };
    merges.add(entry);
    merges.added.add(entry);
    this.changed(merges);
    return true;
  }

  /** Takes away the merge on exactly this block, if there is one. True when the part changed. */
  remove(address: string): boolean {
    const b = parseAddress(address);
    const ref = rangeAddress(b.row, b.col, b.rowCount, b.colCount);
    const kid = this.ws.find("mergeCells");
    if (!kid) return false;
    const merges = this.indexOf(kid);
    const hit = merges.find(ref);
    if (!hit) return false;
    merges.remove(hit);
    if (merges.size === 0) this.ws.remove(kid);
    else this.changed(merges);
    return true;
  }
}

/** The <mergeCells> element: its count, the sheet's merges left, then those this run added. */
function mergesText(merges: MergeIndex): Iterable<string> {
  const { name, attrs } = merges.el;
  setAttr(attrs, "count", String(merges.size));
  // a ref made by rangeAddress needs no escaping
  const open = `<${name.slice(0, name.indexOf(":") + 1)}mergeCell ref="`;
  return withMore(
    merges.el,
    (function* () {
      for (const m of merges.added) yield `${open}${m.ref}"/>`;
    })(),
  );
}
