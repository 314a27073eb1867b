/**
 * The one tokenizer for parts kept as text (worksheet rows, notes): tags found by their text, with
 * CDATA sections and comments skipped so that markup-like text inside them is never taken for a tag.
 * Attribute values stay in their escaped form, so what was not edited is written back as it came.
 * The notes parts read the same tokens strictly (readStartTag and the others below), refusing text
 * that is not well-formed. Imports nothing: the browser preview's snapshot reader uses it too.
 */

/** A text with the places of its CDATA sections and comments, which searches must step over. */
export class TextScan {
  /** start and end (exclusive) of each CDATA section or comment, in order; empty for most parts */
  private readonly skipStart: number[] = [];
  private readonly skipEnd: number[] = [];

  constructor(readonly text: string) {
    let at = text.indexOf("<!");
    while (at >= 0) {
      const end = markupAt(text, at)!.end;
      const stop = end < 0 ? text.length : end;
      this.skipStart.push(at);
      this.skipEnd.push(stop);
      at = text.indexOf("<!", stop);
    }
  }

  /** The end of the CDATA section or comment holding `i`, or -1 when `i` is in neither. */
  private skipped(i: number): number {
    const starts = this.skipStart;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= i) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.skipEnd[lo - 1]! > i ? this.skipEnd[lo - 1]! : -1;
  }

  /** indexOf that skips CDATA sections and comments. */
  find(needle: string, from: number): number {
    let i = this.text.indexOf(needle, from);
    if (!this.skipStart.length) return i;
    for (let end = i < 0 ? -1 : this.skipped(i); end >= 0; end = i < 0 ? -1 : this.skipped(i))
      i = this.text.indexOf(needle, end);
    return i;
  }
}

/** Markup that is not an element: "declaration" is any other "<!" (a DOCTYPE, say). */
export type MarkupKind = "cdata" | "comment" | "pi" | "declaration";

/**
 * The CDATA section, comment, processing instruction or declaration starting at `at`, with its end
 * (exclusive; -1 when it is never closed); undefined when `at` starts none of them.
 */
export function markupAt(text: string, at: number): { kind: MarkupKind; end: number } | undefined {
  if (text.charCodeAt(at) !== 60) return undefined;
  const c = text.charCodeAt(at + 1);
  let kind: MarkupKind = "declaration";
  let open = "<!";
  let close = ">";
  if (c === 63) [kind, open, close] = ["pi", "<?", "?>"];
  else if (c !== 33) return undefined;
  else if (text.startsWith("<![CDATA[", at)) [kind, open, close] = ["cdata", "<![CDATA[", "]]>"];
  else if (text.startsWith("<!--", at)) [kind, open, close] = ["comment", "<!--", "-->"];
  const end = text.indexOf(close, at + open.length);
  return { kind, end: end < 0 ? -1 : end + close.length };
}

/** Whether the character after a tag name ends the name (space, ">" or "/"). */
export function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 62 || c === 47;
}

/** The index of the ">" that ends the tag starting at `start`, skipping quoted attribute values. */
export function endOfTag(text: string, start: number): number {
  let quote = 0;
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
}

/** An attribute as written: the value stays in its escaped form, for writing back as it was. */
export interface Attr {
  name: string;
  raw: string;
}

export function parseAttrs(tag: string): Attr[] {
  const out: Attr[] = [];
  for (const m of tag.matchAll(/\s([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    // A value in single quotes may hold a double quote, which the written form must escape.
    out.push({ name: m[1]!, raw: m[2] ?? m[3]!.replace(/"/g, "&quot;") });
  }
  return out;
}

export function attrsText(attrs: Attr[]): string {
  let out = "";
  for (const a of attrs) out += ` ${a.name}="${a.raw}"`;
  return out;
}

export function getAttr(attrs: Attr[], name: string): string | undefined {
  for (const a of attrs) if (a.name === name) return a.raw;
  return undefined;
}

/** Sets a value in place, or adds it after the others, as DOM setAttribute does. */
export function setAttr(attrs: Attr[], name: string, raw: string): void {
  for (const a of attrs) {
    if (a.name === name) {
      a.raw = raw;
      return;
    }
  }
  attrs.push({ name, raw });
}

export function removeAttr(attrs: Attr[], name: string): void {
  const i = attrs.findIndex((a) => a.name === name);
  if (i >= 0) attrs.splice(i, 1);
}

/** A piece of an element's content: a child element's whole text (name set) or anything else. */
export interface Piece {
  /** the child's qualified name; null for text, CDATA, comments and processing instructions */
  name: string | null;
  text: string;
}

/**
 * The pieces between an open tag's end and the element's close tag: child elements whole (found by
 * their own close tag, which holds for every child a row or cell has), text, CDATA and comments as
 * unnamed pieces. Undefined when the content is not well-formed.
 */
export function pieces(scan: TextScan, from: number, to: number): Piece[] | undefined {
  const text = scan.text;
  const out: Piece[] = [];
  let i = from;
  while (i < to) {
    const lt = text.indexOf("<", i);
    if (lt < 0 || lt >= to) {
      out.push({ name: null, text: text.slice(i, to) });
      break;
    }
    if (lt > i) out.push({ name: null, text: text.slice(i, lt) });
    const markup = markupAt(text, lt);
    if (markup && markup.kind !== "declaration") {
      if (markup.end < 0 || markup.end > to) return undefined;
      out.push({ name: null, text: text.slice(lt, markup.end) });
      i = markup.end;
      continue;
    }
    const name = /^<([^\s/>]+)/.exec(text.slice(lt, lt + 64))?.[1];
    const tagEnd = endOfTag(text, lt);
    if (!name || tagEnd < 0 || tagEnd >= to) return undefined;
    let end: number;
    if (text.charCodeAt(tagEnd - 1) === 47) end = tagEnd + 1;
    else {
      const close = scan.find(`</${name}>`, tagEnd);
      if (close < 0 || close >= to) return undefined;
      end = close + name.length + 3;
    }
    out.push({ name, text: text.slice(lt, end) });
    i = end;
  }
  return out;
}

/** Thrown by the strict readers below on text that is not well-formed XML or declares a DOCTYPE. */
export class Refused extends Error {}

export function refuse(): never {
  throw new Refused();
}

const NAME = "[^\\s<>/=\"'!?]+";
// The form the add-in and Excel write, tried first: most tags of a large part are in it.
const STRICT_NAME = "[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?";
const STRICT_TAG = new RegExp(`<(${STRICT_NAME})((?: ${STRICT_NAME}="[^<>&"\\t\\n]*")*)(/?)>`, "y");
const START_TAG = new RegExp(`<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, "y");
const END_TAG = new RegExp(`</(${NAME})\\s*>`, "y");
// Character data up to the next tag; an "&" that starts no reference stops it (and is refused).
const CHAR_DATA = /(?:[^<&]+|&(?:[A-Za-z_][\w.-]*|#\d+|#x[0-9A-Fa-f]+);)*/y;

export interface StartTag {
  /** qualified name as written */
  name: string;
  local: string;
  start: number;
  end: number;
  /** the attributes as written */
  attrs: string;
  selfClosing: boolean;
}

/** The start tag at `pos`, strictly: no repeated attribute, every value quoted. Throws Refused. */
export function readStartTag(text: string, pos: number): StartTag {
  let m: RegExpExecArray | null;
  STRICT_TAG.lastIndex = pos;
  m = STRICT_TAG.exec(text);
  let end = STRICT_TAG.lastIndex;
  if (!m) {
    START_TAG.lastIndex = pos;
    m = START_TAG.exec(text);
    if (!m) refuse();
    end = START_TAG.lastIndex;
    const names = parseAttrs(m[2]!).map((a) => a.name);
    if (new Set(names).size !== names.length) refuse();
  }
  const name = m[1]!;
  const colon = name.indexOf(":");
  const local = colon < 0 ? name : name.slice(colon + 1);
  return { name, local, start: pos, end, attrs: m[2]!, selfClosing: m[3] === "/" };
}

/** The end tag at `pos`: its name and end. Throws Refused. */
export function readEndTag(text: string, pos: number): { name: string; end: number } {
  END_TAG.lastIndex = pos;
  const m = END_TAG.exec(text);
  if (!m) refuse();
  return { name: m[1]!, end: END_TAG.lastIndex };
}

/** The end of the character data at `pos`, which must run up to a tag. Throws Refused. */
export function readCharData(text: string, pos: number): number {
  CHAR_DATA.lastIndex = pos;
  CHAR_DATA.test(text);
  const end = CHAR_DATA.lastIndex;
  if (text.charCodeAt(end) !== 60) refuse();
  return end;
}

/** What is not an element: character data, a CDATA section, or a comment or processing instruction. */
export type TextKind = "text" | "cdata" | "other";

/**
 * The comment, CDATA section or processing instruction at `pos`, strictly: one never closed, or a
 * DOCTYPE (whose entity declarations would change what the text says), throws Refused.
 */
export function readMarkup(text: string, pos: number): { end: number; kind: TextKind } | undefined {
  const m = markupAt(text, pos);
  if (!m) return undefined;
  if (m.kind === "declaration") {
    if (text.startsWith("<!DOCTYPE", pos)) refuse();
    return undefined;
  }
  if (m.end < 0) refuse();
  return { end: m.end, kind: m.kind === "cdata" ? "cdata" : "other" };
}

/** Zero-based column of a reference such as "AB12" ("$" allowed), -1 when it has no letters. */
export function refColumn(ref: string): number {
  let n = 0;
  let i = ref.charCodeAt(0) === 36 ? 1 : 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

const ENTITY: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Text between tags as a parser reports it: line ends normalized, entities and references resolved,
 * CDATA sections taken literally and comments left out. The one entity decoder of the text paths.
 */
export function decodeXmlText(text: string): string {
  if (text.includes("<!")) {
    let out = "";
    for (const part of text.split(/(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)/)) {
      if (part.startsWith("<![CDATA[")) out += part.slice(9, -3).replace(/\r\n?/g, "\n");
      else if (!part.startsWith("<!--")) out += decodeXmlText(part);
    }
    return out;
  }
  return decodeXmlRefs(text.replace(/\r\n?/g, "\n"));
}

/**
 * Character and entity references read, as in text or an attribute value; a reference to an
 * unknown entity or past Unicode is kept as written.
 */
export function decodeXmlRefs(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(/&(#x[0-9A-Fa-f]+|#\d+|[A-Za-z_][\w.-]*);/g, (whole, e: string) => {
    if (e[0] !== "#") return ENTITY[e] ?? whole;
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
