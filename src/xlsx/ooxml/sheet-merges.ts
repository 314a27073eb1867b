/**
 * A worksheet's <mergeCells>: merges added and taken away, kept free of overlaps (overlapping
 * merges corrupt a file), indexed by row because a table writes thousands of them.
 */
import { parseAddress, rangeAddress } from "../../engine/address";
import {
  type Element,
  type Kid,
  type WorksheetText,
  drop,
  named,
  readElement,
  withMore,
} from "./worksheet-text";
import { type Piece, setAttr, tagAttr } from "./xml-scan";

export interface Block {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/** A merge element's ref as compared (without "$", upper case) and its block; null when it cannot be read. */
function mergeRef(text: string): { ref: string; block: Block | null } {
  const attr = tagAttr(text, "ref") ?? "";
  let block: Block | null;
  try {
    block = parseAddress(attr);
  } catch {
    block = null;
  }
  return { ref: attr.replace(/\$/g, "").toUpperCase(), block };
}

/** A copy of `a` with room for at least `n` numbers (doubling); unused places hold `fill`. */
function grown(a: Int32Array, n: number, fill = 0): Int32Array {
  if (n <= a.length) return a;
  const b = new Int32Array(Math.max(n, a.length * 2)).fill(fill);
  b.set(a);
  return b;
}

const GONE = 0;
const LIVE = 1;
/** a merge of the sheet whose ref cannot be read: left as the file had it, it overlaps nothing */
const UNREAD = 2;

/**
 * A sheet's merges as numbers, merge i in place i in the order they were listed: the sheet's own
 * first, then those this run added. Found by row through lists in typed arrays; tall merges (rare)
 * are checked against every block. As objects, ref strings and a Set per row the index of the
 * tables at 100,000 rows was some 25 MB; as numbers it is about 25 bytes a merge.
 */
class MergeIndex {
  private static readonly TALL = 256;
  /** block of merge i: row, col, rowCount, colCount at 4i … 4i + 3 */
  private blocks: Int32Array = new Int32Array(256);
  private state = new Uint8Array(64);
  private n = 0;
  /** the sheet's own merges (places below `own.length`): their element and ref */
  private readonly own: { piece: Piece; ref: string }[] = [];
  /** by row: the first node of row r's list (−1: none); node k is merge `node[2k]`, then node `node[2k + 1]` */
  private head: Int32Array = new Int32Array(0);
  private node: Int32Array = new Int32Array(256);
  private nodes = 0;
  private readonly tall: number[] = [];
  size = 0;
  /** the element as read: its start tag and content, the sheet's merges dropped from it as they go */
  readonly el: Element;

  constructor(readonly kid: Kid) {
    this.el = readElement(kid.text);
    for (const piece of named(this.el.content, "mergeCell")) {
      const { ref, block } = mergeRef(piece.text);
      this.own.push({ piece, ref });
      this.add(block);
    }
  }

  /** Adds a merge (null: a ref that cannot be read); returns its place. */
  add(b: Block | null): number {
    const i = this.n++;
    this.size++;
    if (i >= this.state.length) {
      const st = new Uint8Array(this.state.length * 2);
      st.set(this.state);
      this.state = st;
    }
    this.state[i] = b ? LIVE : UNREAD;
    if (!b) return i;
    this.blocks = grown(this.blocks, 4 * i + 4);
    this.blocks.set([b.row, b.col, b.rowCount, b.colCount], 4 * i);
    if (b.rowCount > MergeIndex.TALL) this.tall.push(i);
    else {
      this.head = grown(this.head, b.row + b.rowCount, -1);
      this.node = grown(this.node, 2 * (this.nodes + b.rowCount));
      for (let r = b.row; r < b.row + b.rowCount; r++) {
        this.node[2 * this.nodes] = i;
        this.node[2 * this.nodes + 1] = this.head[r]!;
        this.head[r] = this.nodes++;
      }
    }
    return i;
  }

  /** Takes merge i away (its nodes stay, passed over as gone). */
  remove(i: number): void {
    if (i < this.own.length) drop(this.own[i]!.piece);
    this.state[i] = GONE;
    this.size--;
  }

  private hits(i: number, b: Block): boolean {
    const a = this.blocks;
    const k = 4 * i;
    return (
      this.state[i] === LIVE &&
      a[k]! < b.row + b.rowCount &&
      b.row < a[k]! + a[k + 2]! &&
      a[k + 1]! < b.col + b.colCount &&
      b.col < a[k + 1]! + a[k + 3]!
    );
  }

  /** The merges overlapping a block, in the order they were listed. */
  overlapping(b: Block): number[] {
    const found: number[] = [];
    if (b.rowCount > MergeIndex.TALL) {
      for (let i = 0; i < this.n; i++) if (this.hits(i, b)) found.push(i);
      return found;
    }
    for (const i of this.tall) if (this.hits(i, b)) found.push(i);
    const end = Math.min(b.row + b.rowCount, this.head.length);
    for (let r = b.row; r < end; r++) {
      for (let k = this.head[r]!; k >= 0; k = this.node[2 * k + 1]!) {
        const i = this.node[2 * k]!;
        if (this.hits(i, b)) found.push(i);
      }
    }
    // a merge over several rows is in each row's list
    found.sort((x, y) => x - y);
    return found.filter((v, j) => j === 0 || v !== found[j - 1]);
  }

  /** Whether merge i is on exactly this block (`ref` its address as rangeAddress makes it). */
  isOn(i: number, ref: string, b: Block): boolean {
    if (this.state[i] === GONE) return false;
    if (i < this.own.length) return this.own[i]!.ref === ref;
    const a = this.blocks;
    const k = 4 * i;
    return a[k] === b.row && a[k + 1] === b.col && a[k + 2] === b.rowCount && a[k + 3] === b.colCount;
  }

  /** The first merge on exactly this block, in the order they are listed; −1 when none. */
  find(ref: string, b: Block): number {
    for (let i = 0; i < this.n; i++) if (this.isOn(i, ref, b)) return i;
    return -1;
  }

  /** The refs of the merges this run added and kept, in order, made as they are written. */
  *addedRefs(): Generator<string> {
    const a = this.blocks;
    for (let i = this.own.length; i < this.n; i++)
      if (this.state[i] === LIVE) yield rangeAddress(a[4 * i]!, a[4 * i + 1]!, a[4 * i + 2]!, a[4 * i + 3]!);
  }
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
    for (const i of merges.overlapping(block)) {
      if (merges.isOn(i, ref, block)) return removed;
      merges.remove(i);
      this.changed(merges);
      removed = true;
    }
    merges.add(block);
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
    const hit = merges.find(ref, b);
    if (hit < 0) return false;
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
      for (const ref of merges.addedRefs()) yield `${open}${ref}"/>`;
    })(),
  );
}
