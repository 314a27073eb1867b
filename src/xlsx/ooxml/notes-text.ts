/**
 * The comments and VML parts of a sheet's notes are read and written as text: tens of thousands of
 * notes as xmldom trees cost hundreds of megabytes and most of a second. Each part is cut into its
 * entries by scanning (notes-scan.ts, notes-comments.ts, notes-vml.ts); kept entries keep their
 * bytes, new ones are written in the add-in's form (below).
 */
import { ScannedPart, TextKind } from "./notes-scan";
import { CellPos } from "./notes-cells";
import { textElementXml } from "./xml";
import { decodeXmlText } from "./xml-scan";

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
  /** shapes: the cell of its x:ClientData */
  pos?: CellPos;
  /** shapes: the id attribute ("" when missing) */
  id?: string;
  /** VML: the entry holds the part's o:idmap */
  idmap?: true;
}

/** A list element: its start tag without the closing ">" (or "/>"), its children, its end tag. */
export interface Daftar {
  open: string;
  entries: Entri[];
  close: string;
}

/** The text of a comment the add-in writes; `p` is the prefix of the part's main namespace ("" or "x:"). */
export function commentXml(ref: string, authorId: number, text: string, p: string): string {
  const body = textElementXml(`${p}t`, text);
  return `<${p}comment ref="${ref}" authorId="${authorId}"><${p}text><${p}r>${body}</${p}r></${p}text></${p}comment>`;
}

/** The text of a note's yellow box the add-in writes, under a root declaring v, o and x. */
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

/** The shape type every note box refers to (#_x0000_t202). */
export const SHAPETYPE =
  `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
  `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

export function shapeLayoutXml(blocks: number[]): string {
  return `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(",")}"/></o:shapelayout>`;
}

/** Character data of a token as a reader sees it: comments and instructions as nothing. */
export function tokenText(raw: string, kind: TextKind): string {
  return kind === "other" ? "" : decodeXmlText(raw);
}

/** The children of one list element, as spans of the part; their text is cut once the part is scanned. */
export class Anak {
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

/**
 * A list with entries dropped and new ones placed, in pieces: new entry k (its text made by `make`
 * only when reached) goes before kept entry `at[k]` among those with `isKeyed` (or at the end),
 * several at one place in the order of `order`. A hundred thousand notes made into one string
 * were a 64 MB VML part kept until the package was saved.
 */
export function* writeDaftar(
  list: Daftar,
  keep: (e: Entri) => boolean,
  keyed: (e: Entri) => boolean,
  make: (k: number) => string,
  at: number[],
  order: number[],
): Generator<string> {
  const before: number[][] = [];
  for (const k of order) (before[at[k]!] ??= []).push(k);
  // new entries are never empty text, so the list is empty only when nothing is kept or added
  if (!order.length && !list.entries.some((e) => keep(e) && e.text !== "")) {
    yield `${list.open}/>`;
    return;
  }
  yield `${list.open}>`;
  let i = 0;
  for (const e of list.entries) {
    if (!keep(e)) continue;
    if (keyed(e)) for (const k of before[i++] ?? []) yield make(k);
    yield e.text;
  }
  for (const k of before[i] ?? []) yield make(k);
  yield list.close;
}
