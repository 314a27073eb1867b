/**
 * A worksheet part as text: its head (through the root's start tag), its top-level children as
 * pieces of text in document order, and its end. An edit replaces, inserts or removes one child in
 * schema order; everything else leaves as the user's bytes. Large children (the rows, a table's
 * merges, the Temuan sheet's links) are made piece by piece when the part is saved (`make`).
 */
import { WORKSHEET_ORDER } from "./worksheet-order";
import {
  type Attr,
  type Piece,
  TextScan,
  attrsText,
  endOfTag,
  markupAt,
  parseAttrs,
  pieces,
} from "./xml-scan";

/** A piece of content; a top-level child of a worksheet may be made by `make` when the part is saved. */
export interface Kid extends Piece {
  make?: () => Iterable<string>;
}

/** An element cut into its start tag's name and attributes and its content. */
export interface Element {
  /** qualified name as written */
  name: string;
  attrs: Attr[];
  /** empty for an element without content */
  content: Piece[];
}

/** The attributes of an element's start tag (its content is not read). */
export function startAttrs(text: string): Attr[] {
  return parseAttrs(text.slice(0, endOfTag(text, 0)));
}

export function localOf(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** The content pieces of an element's text, from `from` (just past its start tag) up to its end tag. */
function contentOf(text: string, from: number, to: number, what: string): Piece[] {
  const out = pieces(new TextScan(text), from, to);
  if (!out) throw new Error(`a worksheet's <${what}> is not well-formed`);
  return out;
}

/** One element's text cut into name, attributes and content. */
export function readElement(text: string): Element {
  const end = endOfTag(text, 0);
  const name = /^<([^\s/>]+)/.exec(text)?.[1];
  if (!name || end < 0) throw new Error("a worksheet element is not well-formed");
  const attrs = parseAttrs(text.slice(0, end));
  if (text.charCodeAt(end - 1) === 47) return { name, attrs, content: [] };
  return { name, attrs, content: contentOf(text, end + 1, text.lastIndexOf("</"), name) };
}

/** An element's text as the tree wrote it: a start tag with double-quoted attributes, "/>" when empty. */
export function writeElement(e: Element): string {
  const open = `<${e.name}${attrsText(e.attrs)}`;
  if (!e.content.length) return `${open}/>`;
  let body = "";
  for (const p of e.content) body += p.text;
  return `${open}>${body}</${e.name}>`;
}

/** An element with these attributes (as written, in order) and no content, as the tree wrote it. */
export function emptyElement(name: string, attrs: Record<string, string>): string {
  const list = Object.entries(attrs).map(([n, raw]) => ({ name: n, raw }));
  return writeElement({ name, attrs: list, content: [] });
}

/** Takes a piece out of its content in place (a list of thousands is not spliced for each one). */
export function drop(piece: Piece): void {
  piece.name = null;
  piece.text = "";
}

/** An element's text with `more` (made when the part is saved) after its own content. */
export function* withMore(e: Element, more: Iterable<string>): Generator<string> {
  yield `<${e.name}${attrsText(e.attrs)}>`;
  for (const p of e.content) yield p.text;
  yield* more;
  yield `</${e.name}>`;
}

/** The child elements of an element's content with this local name. */
export function named<T extends Piece>(content: T[], local: string): T[] {
  return content.filter((p) => p.name !== null && localOf(p.name) === local);
}

/** The name a piece takes its place by: an mc:AlternateContent block's is that of its first choice's content. */
function orderName(piece: Piece): string {
  const local = localOf(piece.name ?? "");
  if (local !== "AlternateContent") return local;
  const choice = readElement(piece.text).content.find((p) => p.name !== null);
  const inner = choice ? readElement(choice.text).content.find((p) => p.name !== null) : undefined;
  return inner?.name ? localOf(inner.name) : "";
}

/**
 * Inserts `piece` into `list` where the schema sequence `order` puts it: before the first element
 * that comes later in it (unknown ones keep their place), else at the end.
 */
export function insertInOrder<T extends Piece>(list: T[], piece: T, order: readonly string[]): T {
  const rankOf = (p: Piece) => (p.name === null ? -1 : order.indexOf(orderName(p)));
  const rank = rankOf(piece);
  if (rank < 0) throw new Error(`no schema position for ${piece.name}`);
  const at = list.findIndex((p) => rankOf(p) > rank);
  list.splice(at < 0 ? list.length : at, 0, piece);
  return piece;
}

/** Where the root element's start tag begins: past the declaration, comments and white space. */
function rootStart(text: string): number {
  let at = text.indexOf("<");
  for (let m = markupAt(text, at); at >= 0 && m; m = markupAt(text, at)) at = text.indexOf("<", m.end);
  if (at < 0) throw new Error("a worksheet part has no root element");
  return at;
}

export class WorksheetText {
  /** the prefix of the worksheet's elements with its colon ("x:"), or "" */
  readonly p: string;

  private constructor(
    /** the text through the root's start tag */
    private head: string,
    private readonly kids: Kid[],
    /** the root's end tag and what follows it */
    private readonly tail: string,
    name: string,
  ) {
    this.p = name.slice(0, name.indexOf(":") + 1);
  }

  static parse(text: string): WorksheetText {
    const start = rootStart(text);
    const end = endOfTag(text, start);
    const name = /^<([^\s/>]+)/.exec(text.slice(start, start + 64))?.[1];
    const close = name ? text.lastIndexOf(`</${name}`) : -1;
    if (!name || end < 0 || close < end) throw new Error("a worksheet part is not well-formed");
    const kids = contentOf(text, end + 1, close, name);
    return new WorksheetText(text.slice(0, end + 1), kids, text.slice(close), name);
  }

  /** The first child with this local name. */
  find(local: string): Kid | undefined {
    return named(this.kids, local)[0];
  }

  findAll(local: string): Kid[] {
    return named(this.kids, local);
  }

  /** A new child, given whole, in its schema place. */
  insert(local: string, text: string): Kid {
    return insertInOrder(this.kids, { name: this.p + local, text }, WORKSHEET_ORDER);
  }

  remove(kid: Kid): void {
    const at = this.kids.indexOf(kid);
    if (at >= 0) this.kids.splice(at, 1);
  }

  removeAll(local: string): void {
    for (const k of this.findAll(local)) this.remove(k);
  }

  /** The child with this name, an empty one made in its schema place when there is none. */
  ensure(local: string): Kid {
    return this.find(local) ?? this.insert(local, this.empty(local));
  }

  /** The children of this name replaced by one new child. */
  replace(local: string, text: string): void {
    this.removeAll(local);
    this.insert(local, text);
  }

  /** An empty element of the worksheet's prefix with these attributes. */
  empty(local: string, attrs: Record<string, string> = {}): string {
    return emptyElement(this.p + local, attrs);
  }

  /** The root's namespace declarations and other attributes. */
  rootAttrs(): Attr[] {
    return parseAttrs(this.head.slice(rootStart(this.head)));
  }

  /** The prefix the root declares for a namespace, declared there (last, as a DOM writes it) when it has none. */
  prefixFor(ns: string, fallback: string): string {
    for (const a of this.rootAttrs()) if (a.raw === ns && a.name.startsWith("xmlns:")) return a.name.slice(6);
    this.head = `${this.head.slice(0, -1)} xmlns:${fallback}="${ns}">`;
    return fallback;
  }

  /** The part's text, piece by piece. */
  *text(): Generator<string> {
    yield this.head;
    for (const k of this.kids) yield* k.make ? k.make() : [k.text];
    yield this.tail;
  }
}
