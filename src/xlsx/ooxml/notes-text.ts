/**
 * The comments and VML parts of a sheet's notes read and written as text: tens of thousands of notes
 * as xmldom trees cost hundreds of megabytes and most of a second. Each part is cut into its entries
 * by scanning; kept entries keep their bytes, new ones are written in the form serializeXml gives the
 * elements the tree writer builds, so both writers leave the same bytes. A part in any other form is
 * refused (Refused is thrown) and the tree writer takes it.
 */
import {
  attrOf,
  decodeText,
  declarationsOf,
  normalizeLineEndings,
  refuse,
  ScanHandler,
  ScannedPart,
  scanPart,
  StartTag,
  TEXT_RUN,
} from "./notes-scan";
import { CellPos } from "./notes-cells";
import { textElementXml } from "./xml";

export const V = "urn:schemas-microsoft-com:vml";
export const O = "urn:schemas-microsoft-com:office:office";
export const X = "urn:schemas-microsoft-com:office:excel";

/** One child of a list element: a comment, a shape, an author, or text between them. */
export interface Entri {
  text: string;
  /** comments: the ref attribute ("" when missing) */
  ref?: string;
  /** authors: the name */
  author?: string;
  /** shapes: the cell of its x:ClientData as the tree writer reads it */
  pos?: CellPos;
  /** shapes: the id attribute ("" when missing) */
  id?: string;
}

/** A list element: its start tag without the closing ">" (or "/>"), its children, its end tag. */
export interface Daftar {
  open: string;
  entries: Entri[];
  close: string;
}

export interface CommentsText {
  /** up to the authors element */
  head: string;
  authors: Daftar;
  /** between the authors and the comment list */
  middle: string;
  list: Daftar;
  /** from the comment list's end to the root's end */
  tail: string;
}

export interface VmlText {
  /** the root, whose children are the shapes; its `open` carries everything before the root's content */
  root: Daftar;
  idmap: string | null;
  hasNoteShapetype: boolean;
}

/** The text serializeXml writes for a comment the tree writer adds. */
export function commentXml(ref: string, authorId: number, text: string): string {
  return `<comment ref="${ref}" authorId="${authorId}"><text><r>${textElementXml("t", text)}</r></text></comment>`;
}

/** The text serializeXml writes for the tree writer's shape under a root declaring v, o and x. */
export function shapeXml(id: string, z: string, row: string, col: string, anchor: string): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;` +
    `margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" ` +
    `o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>` +
    `<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/>` +
    `</v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}` +
    `</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column>` +
    `</x:ClientData></v:shape>`
  );
}

export function noteShapeXml(id: number, z: number, row: number, col: number): string {
  const anchor = `${col + 1}, 15, ${row}, 10, ${col + 3}, 15, ${row + 4}, 4`;
  return shapeXml(String(id), String(z), String(row), String(col), anchor);
}

// Entries in exactly the form written above are read with one pattern instead of tag by tag.
const OWN_COMMENT = new RegExp(
  `<comment ref="([A-Z]+\\d+)" authorId="\\d+"><text><r><t(?: xml:space="preserve")?>${TEXT_RUN}+</t></r></text></comment>`,
  "y",
);
const OWN_SHAPE = new RegExp(
  shapeXml("(\\d+)", "\\d+", "(\\d+)", "(\\d+)", "[\\d, ]*").replace(/[.]/g, "\\."),
  "y",
);

/** The children of one list element, as spans of the part; their text is cut once the part is scanned. */
class Anak {
  readonly entries: Entri[] = [];
  private readonly spans: number[] = [];
  private openEntry: Entri | undefined;
  private openAt = -1;

  add(start: number, end: number, entry: Entri): void {
    this.spans.push(start, end);
    this.entries.push(entry);
  }

  begin(start: number, entry: Entri): void {
    this.openAt = start;
    this.openEntry = entry;
  }

  get current(): Entri | undefined {
    return this.openEntry;
  }

  finish(end: number): void {
    if (!this.openEntry) return;
    this.add(this.openAt, end, this.openEntry);
    this.openEntry = undefined;
  }

  cut(part: ScannedPart): Entri[] {
    this.entries.forEach((e, i) => (e.text = part.slice(this.spans[2 * i]!, this.spans[2 * i + 1]!)));
    return this.entries;
  }
}

/** Where a list element sits in the part: its tag, its content and its end. */
interface Letak {
  tagStart: number;
  open: string;
  end: number;
}

function letakOf(tag: StartTag): Letak {
  return { tagStart: tag.start, open: `<${tag.name}${tag.attrs}`, end: tag.selfClosing ? tag.end : -1 };
}

/** Reads a comments part; throws Refused when it is not in a form this writer keeps byte for byte. */
export function readComments(source: string): CommentsText {
  const text = normalizeLineEndings(source);
  const authors = new Anak();
  const list = new Anak();
  let authorsAt: Letak | undefined;
  let listAt: Letak | undefined;
  const inAuthors = () => !!authorsAt && authorsAt.end < 0;
  const inList = () => !!listAt && listAt.end < 0;
  const handler: ScanHandler = {
    quick(pos, depth) {
      if (depth !== 2 || !inList()) return undefined;
      OWN_COMMENT.lastIndex = pos;
      const own = OWN_COMMENT.exec(text);
      if (!own) return undefined;
      list.add(pos, OWN_COMMENT.lastIndex, { text: "", ref: own[1]! });
      return OWN_COMMENT.lastIndex;
    },
    start(tag, depth) {
      if (depth === 0) {
        if (tag.name !== "comments") refuse();
      } else if (depth === 1) {
        // ensureChild finds these by local name: a prefixed or second one is not for this writer
        if (tag.local === "authors") {
          if (tag.name !== "authors" || authorsAt || listAt) refuse();
          authorsAt = letakOf(tag);
        } else if (tag.local === "commentList") {
          if (tag.name !== "commentList" || !authorsAt || authorsAt.end < 0 || listAt) refuse();
          listAt = letakOf(tag);
        }
      } else if (inAuthors()) {
        if (depth > 2 || tag.name !== "author") refuse();
        const entry: Entri = { text: "", author: "" };
        if (tag.selfClosing) authors.add(tag.start, tag.end, entry);
        else authors.begin(tag.start, entry);
      } else if (inList() && depth === 2) {
        if (tag.name !== "comment") refuse();
        const entry: Entri = { text: "", ref: attrOf(tag, "ref") ?? "" };
        if (tag.selfClosing) list.add(tag.start, tag.end, entry);
        else list.begin(tag.start, entry);
      }
      return undefined;
    },
    end(_name, _start, end, depth) {
      if (depth === 1 && inAuthors()) authorsAt!.end = end;
      else if (depth === 1 && inList()) listAt!.end = end;
      else if (depth === 2 && inAuthors()) authors.finish(end);
      else if (depth === 2 && inList()) list.finish(end);
    },
    text(start, end, depth) {
      if (depth === 2 && inAuthors()) authors.add(start, end, { text: "" });
      else if (depth === 2 && inList()) list.add(start, end, { text: "" });
      else if (depth === 3 && inAuthors()) authors.current!.author += decodeText(text.slice(start, end));
    },
  };
  const part = scanPart(text, handler);
  if (!authorsAt || !listAt || listAt.end < 0) refuse();
  return {
    head: part.slice(part.bodyStart, authorsAt.tagStart),
    authors: { open: authorsAt.open, entries: authors.cut(part), close: "</authors>" },
    middle: part.slice(authorsAt.end, listAt.tagStart),
    list: { open: listAt.open, entries: list.cut(part), close: "</commentList>" },
    tail: part.slice(listAt.end, part.rootEnd),
  };
}

/** notePosition's reading of a shape scanned tag by tag: its first x:ClientData, and in it the first Row and Column. */
class PosisiShape {
  private dataDepth = -1;
  private dataDone = false;
  private isNote = false;
  private row: string | undefined;
  private col: string | undefined;
  /** the Row or Column being read, and its depth */
  private reading: "row" | "col" | undefined;
  private readingDepth = -1;

  start(tag: StartTag, depth: number): void {
    if (this.reading) refuse(); // markup inside Row or Column: textContent is more than this reads
    if (this.dataDepth < 0) {
      if (tag.local === "ClientData") {
        this.dataDepth = depth;
        this.isNote = attrOf(tag, "ObjectType") === "Note";
        if (tag.selfClosing) this.dataDone = true;
      }
      return;
    }
    if (this.dataDone) return;
    const which =
      tag.local === "Row" && this.row === undefined
        ? "row"
        : tag.local === "Column" && this.col === undefined
          ? "col"
          : undefined;
    if (!which) return;
    this[which] = "";
    if (!tag.selfClosing) {
      this.reading = which;
      this.readingDepth = depth;
    }
  }

  end(depth: number): void {
    if (this.reading && depth === this.readingDepth) this.reading = undefined;
    else if (depth === this.dataDepth) this.dataDone = true;
  }

  text(raw: string): void {
    if (this.reading) this[this.reading] += decodeText(raw);
  }

  result(): CellPos {
    if (this.dataDepth < 0 || !this.isNote) return undefined;
    return { row: Number(this.row), col: Number(this.col) };
  }
}

/** Reads a VML drawing; throws Refused when it is not in a form this writer keeps byte for byte. */
export function readVml(source: string): VmlText {
  const text = normalizeLineEndings(source);
  const shapes = new Anak();
  let shape: PosisiShape | undefined;
  let idmap: string | null | undefined;
  let hasNoteShapetype = false;
  const handler: ScanHandler = {
    quick(at, depth) {
      if (depth !== 1) return undefined;
      OWN_SHAPE.lastIndex = at;
      const own = OWN_SHAPE.exec(text);
      if (!own) return undefined;
      const pos = { row: Number(own[2]), col: Number(own[3]) };
      shapes.add(at, OWN_SHAPE.lastIndex, { text: "", id: `_x0000_s${own[1]!}`, pos });
      return OWN_SHAPE.lastIndex;
    },
    start(tag, depth) {
      if (depth === 0) {
        const ns = declarationsOf(tag);
        // The new shapes are written for these prefixes, with no default namespace around their div.
        if (ns.get("v") !== V || ns.get("o") !== O || ns.get("x") !== X || ns.has("")) refuse();
        return undefined;
      }
      if (tag.local === "idmap" && idmap === undefined) idmap = attrOf(tag, "data");
      if (tag.local === "shapetype" && attrOf(tag, "id") === "_x0000_t202") hasNoteShapetype = true;
      if (depth === 1 && tag.local === "shape") {
        if (tag.name !== "v:shape") refuse();
        const entry: Entri = { text: "", id: attrOf(tag, "id") ?? "" };
        shape = new PosisiShape();
        if (tag.selfClosing) {
          shapes.add(tag.start, tag.end, entry);
          shape = undefined;
        } else shapes.begin(tag.start, entry);
      } else if (depth === 1) {
        if (tag.selfClosing) shapes.add(tag.start, tag.end, { text: "" });
        else shapes.begin(tag.start, { text: "" });
      } else if (tag.local === "shape") {
        refuse(); // a shape in a group or another shape: the tree writer's search reaches it, this one does not
      } else {
        shape?.start(tag, depth);
      }
      return undefined;
    },
    end(_name, _start, end, depth) {
      if (depth === 1) {
        if (shape) shapes.current!.pos = shape.result();
        shape = undefined;
        shapes.finish(end);
      } else if (depth > 1) shape?.end(depth);
    },
    text(start, end, depth) {
      if (depth === 1) shapes.add(start, end, { text: "" });
      else shape?.text(text.slice(start, end));
    },
  };
  const part = scanPart(text, handler);
  const rootEndTag = `</${part.rootTag.name}>`;
  return {
    root: {
      open: part.slice(part.bodyStart, part.rootTag.end - 1),
      entries: shapes.cut(part),
      close: rootEndTag,
    },
    idmap: idmap ?? null,
    hasNoteShapetype,
  };
}

/**
 * A list with entries dropped and new ones placed: `adding[k]` goes before kept entry `at[k]` among
 * those with `isKeyed` (or at the end), several at one place in the order of `byCell`.
 */
export function writeDaftar(
  list: Daftar,
  keep: (e: Entri) => boolean,
  keyed: (e: Entri) => boolean,
  adding: string[],
  at: number[],
  byCell: number[],
): string {
  const before: string[][] = [];
  for (const k of byCell) (before[at[k]!] ??= []).push(adding[k]!);
  const out: string[] = [];
  let i = 0;
  for (const e of list.entries) {
    if (!keep(e)) continue;
    if (keyed(e)) {
      const here = before[i++];
      if (here) out.push(...here);
    }
    out.push(e.text);
  }
  const last = before[i];
  if (last) out.push(...last);
  const content = out.join("");
  return content ? `${list.open}>${content}${list.close}` : `${list.open}/>`;
}
