/**
 * A scanner for the notes parts (comments and VML), which are read and written as text: a part is
 * cut into tokens, and its writer keeps the slices it does not change byte for byte. Whatever a
 * program wrote is taken (comments, processing instructions, CDATA, single quotes, spaces inside
 * tags); only text that is not well-formed XML, or declares a DOCTYPE, is refused (Refused).
 */
import { endOfTag, isNameEnd, isSpace, markupAt, newAttrAt, nextAttr } from "./xml-scan";

const LINE_ENDS = "\\r\\u0085\\u2028\\u2029";
// Text as the add-in writes it (<, & and > escaped, a carriage return as &#13;): its own entries' patterns use it.
export const TEXT_RUN = `(?:[^<&>${LINE_ENDS}\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]|&(?:lt|gt|amp|#13);)`;
const DECLARATION = /<\?xml\s[^?]*\?>/y;

/** Thrown by the strict readers below on text that is not well-formed XML or declares a DOCTYPE. */
export class Refused extends Error {}

export function refuse(): never {
  throw new Refused();
}

// A name as the strict reader takes it: no white space, markup or quote characters.
const NAME = "[^\\s<>/=\"'!?]+";
const WHOLE_NAME = new RegExp(`^${NAME}$`);
const END_TAG = new RegExp(`</(${NAME})\\s*>`, "y");
// Character data up to the next tag; an "&" that starts no reference stops it (and is refused).
const CHAR_DATA = /(?:[^<&]+|&(?:[A-Za-z_][\w.-]*|#\d+|#x[0-9A-Fa-f]+);)*/y;

export interface StartTag {
  /** qualified name as written */
  name: string;
  local: string;
  start: number;
  end: number;
  /** the attributes as written, without the white space before the tag's end */
  attrs: string;
  selfClosing: boolean;
}

/** Whether text[from, to) is white space only. */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

const attr = newAttrAt();

/**
 * The end of the last attribute in text[from, to), by the tokenizer's lexer (nextAttr), which steps
 * over what is no attribute: throws Refused unless only white space lies between them.
 */
function strictAttrs(text: string, from: number, to: number): number {
  const names: string[] = [];
  let at = from;
  for (let end = nextAttr(text, at, to, attr); end >= 0; end = nextAttr(text, at, to, attr)) {
    const name = text.slice(attr.nameFrom, attr.nameTo);
    const lt = text.indexOf("<", attr.valueFrom);
    if (!blank(text, at, attr.nameFrom) || !WHOLE_NAME.test(name) || names.includes(name)) refuse();
    if (lt >= 0 && lt < attr.valueTo) refuse();
    names.push(name);
    at = end;
  }
  if (!blank(text, at, to)) refuse();
  return at;
}

/** The start tag at `pos`, strictly: no repeated attribute, every value quoted. Throws Refused. */
function readStartTag(text: string, pos: number): StartTag {
  let i = pos + 1;
  while (i < text.length && !isNameEnd(text.charCodeAt(i))) i++;
  const name = text.slice(pos + 1, i);
  const gt = endOfTag(text, pos);
  if (gt < 0 || !WHOLE_NAME.test(name)) refuse();
  const selfClosing = text.charCodeAt(gt - 1) === 47 && gt - 1 >= i;
  const attrsEnd = strictAttrs(text, i, selfClosing ? gt - 1 : gt);
  const colon = name.indexOf(":");
  const local = colon < 0 ? name : name.slice(colon + 1);
  return { name, local, start: pos, end: gt + 1, attrs: text.slice(i, attrsEnd), selfClosing };
}

/** The end tag at `pos`: its name and end. Throws Refused. */
function readEndTag(text: string, pos: number): { name: string; end: number } {
  END_TAG.lastIndex = pos;
  const m = END_TAG.exec(text);
  if (!m) refuse();
  return { name: m[1]!, end: END_TAG.lastIndex };
}

/** The end of the character data at `pos`, which must run up to a tag. Throws Refused. */
function readCharData(text: string, pos: number): number {
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
function readMarkup(text: string, pos: number): { end: number; kind: TextKind } | undefined {
  const m = markupAt(text, pos);
  if (!m) return undefined;
  if (m.kind === "declaration") {
    if (text.startsWith("<!DOCTYPE", pos)) refuse();
    return undefined;
  }
  if (m.end < 0) refuse();
  return { end: m.end, kind: m.kind === "cdata" ? "cdata" : "other" };
}

/**
 * What a part's reader does with the scanned tokens; depth 0 is the root. `quick` may read a whole
 * element itself (an entry in a form it knows) and return where it ends.
 */
export interface ScanHandler {
  quick?(pos: number, depth: number): number | undefined;
  start(tag: StartTag, depth: number): void;
  end(name: string, start: number, end: number, depth: number): void;
  text(start: number, end: number, depth: number, kind: TextKind): void;
}

/** An empty element written as a start and an end tag, which is written back as `<a/>`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

export class ScannedPart {
  constructor(
    readonly text: string,
    /** where the declaration (or the root) starts: a byte order mark is not written back */
    readonly bodyStart: number,
    /** the end of the root's end tag: what follows it is not written back */
    readonly rootEnd: number,
    readonly rootTag: StartTag,
    private readonly edits: Edit[],
  ) {}

  /** The part's text in [from, to), empty elements written short. */
  slice(from: number, to: number): string {
    const edits = this.edits;
    // the edits are disjoint and in order: find the first one at or after `from`
    let lo = 0;
    let hi = edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edits[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= edits.length || edits[lo]!.end > to) return this.text.slice(from, to);
    let out = "";
    let at = from;
    for (let i = lo; i < edits.length && edits[i]!.end <= to; i++) {
      out += this.text.slice(at, edits[i]!.start) + edits[i]!.text;
      at = edits[i]!.end;
    }
    return out + this.text.slice(at, to);
  }
}

/** Line ends as an XML parser reads them; every writer of these parts has them as line feeds. */
export function normalizeLineEndings(text: string): string {
  if (!/[\r\u0085\u2028\u2029]/.test(text)) return text;
  return text.replace(/\r[\n\u0085]/g, "\n").replace(/[\r\u0085\u2028\u2029]/g, "\n");
}

/** Whitespace, comments and processing instructions from `pos`: where the next thing starts. */
function skipMisc(text: string, pos: number): number {
  for (;;) {
    while (/\s/.test(text.charAt(pos))) pos++;
    const m = text.charCodeAt(pos) === 60 ? readMarkup(text, pos) : undefined;
    if (!m || m.kind === "cdata") return pos;
    pos = m.end;
  }
}

/**
 * Scans a whole part, calling `handler` for every token inside the root. The text must have been
 * through normalizeLineEndings. Throws Refused on text that is not well-formed.
 */
export function scanPart(text: string, handler: ScanHandler): ScannedPart {
  const bodyStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  DECLARATION.lastIndex = bodyStart;
  const pos0 = skipMisc(text, DECLARATION.test(text) ? DECLARATION.lastIndex : bodyStart);
  const rootTag = readStartTag(text, pos0);
  if (rootTag.selfClosing) refuse();
  handler.start(rootTag, 0);
  const edits: Edit[] = [];
  const stack: string[] = [rootTag.name];
  let lastStart: StartTag | undefined = rootTag;
  let pos = rootTag.end;
  for (;;) {
    const depth = stack.length;
    const c = text.charCodeAt(pos);
    if (Number.isNaN(c)) refuse();
    if (c !== 60) {
      const end = readCharData(text, pos);
      handler.text(pos, end, depth, "text");
      lastStart = undefined;
      pos = end;
    } else if (text.charCodeAt(pos + 1) === 47) {
      const { name, end } = readEndTag(text, pos);
      if (name !== stack.pop()) refuse();
      if (lastStart && lastStart.end === pos) {
        const open = text.slice(lastStart.start, lastStart.end - 1);
        edits.push({ start: lastStart.start, end, text: `${open}/>` });
      }
      lastStart = undefined;
      handler.end(name, pos, end, depth - 1);
      pos = end;
      if (!stack.length) break;
    } else if (text.charCodeAt(pos + 1) === 33 || text.charCodeAt(pos + 1) === 63) {
      const m = readMarkup(text, pos);
      if (!m) refuse();
      handler.text(pos, m.end, depth, m.kind);
      lastStart = undefined;
      pos = m.end;
    } else {
      const skip = handler.quick?.(pos, depth);
      if (skip !== undefined) {
        lastStart = undefined;
        pos = skip;
        continue;
      }
      const tag = readStartTag(text, pos);
      handler.start(tag, depth);
      lastStart = tag.selfClosing ? undefined : tag;
      if (!tag.selfClosing) stack.push(tag.name);
      pos = tag.end;
    }
  }
  if (skipMisc(text, pos) !== text.length) refuse();
  return new ScannedPart(text, bodyStart, pos, rootTag, edits);
}
