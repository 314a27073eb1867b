/**
 * The one tokenizer for parts kept as text (worksheet rows, notes): tags found by their text, with
 * CDATA sections and comments skipped so that markup-like text inside them is never taken for a tag.
 * Attribute values stay in their escaped form, so what was not edited is written back as it came.
 * The notes parts read the same tokens strictly (readStartTag and the others below), refusing text
 * that is not well-formed. The reader of the package (package-snapshot.ts) finds its elements and
 * attributes with the same functions. Imports nothing else: the browser preview's reader uses it too.
 */
export { decodeXmlRefs, decodeXmlText, runsText } from "./xml-decode";
export type { Attr, AttrAt } from "./xml-attrs";
export {
  attrAt,
  attrsText,
  attrValue,
  getAttr,
  isSpace,
  newAttrAt,
  nextAttr,
  parseAttrs,
  removeAttr,
  setAttr,
} from "./xml-attrs";
import { attrValue, parseAttrs } from "./xml-attrs";

/**
 * The next "<!" from `from`, found by its "!": indexOf("<!") stops at every "<" of the text (275 ms
 * over a 100,000-row sheet), a "!" is rare outside formulas (17 ms).
 */
function markupStart(text: string, from: number): number {
  for (let at = text.indexOf("!", from + 1); at >= 0; at = text.indexOf("!", at + 1))
    if (text.charCodeAt(at - 1) === 60) return at - 1;
  return -1;
}

/** A text with the places of its CDATA sections and comments, which searches must step over. */
export class TextScan {
  /** start and end (exclusive) of each CDATA section or comment, in order; empty for most parts */
  private readonly skipStart: number[] = [];
  private readonly skipEnd: number[] = [];

  constructor(readonly text: string) {
    for (let at = markupStart(text, 0); at >= 0;) {
      const end = markupAt(text, at)!.end;
      const stop = end < 0 ? text.length : end;
      this.skipStart.push(at);
      this.skipEnd.push(stop);
      at = markupStart(text, stop);
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
    const i = this.text.indexOf(needle, from);
    // Kept this small so that it is inlined: the reader calls it for every row and cell.
    return i < 0 || this.skipStart.length === 0 ? i : this.findSkipping(needle, i);
  }

  /** lastIndexOf that skips CDATA sections and comments: for what a part holds once, near its end. */
  findLast(needle: string): number {
    let i = this.text.lastIndexOf(needle);
    while (i > 0 && this.skipStart.length && this.skipped(i) >= 0) i = this.text.lastIndexOf(needle, i - 1);
    return i;
  }

  private findSkipping(needle: string, i: number): number {
    for (let end = this.skipped(i); end >= 0; end = i < 0 ? -1 : this.skipped(i))
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
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 62) return i;
    // A quoted value may hold ">": step over it whole (by hand: values are short, a call costs more).
    if (c === 34 || c === 39) for (i++; i < text.length && text.charCodeAt(i) !== c;) i++;
  }
  return -1;
}

/** An attribute of the start tag `text` begins with, as a DOM gives it; undefined when missing. */
export function tagAttr(text: string, name: string): string | undefined {
  return attrValue(text, name, 0, endOfTag(text, 0));
}

/**
 * An element found by position, filled in place (one per scan, not one per element): its
 * attributes' text is text[attrsFrom, attrsTo), its content text[from, to) (from = -1 when it
 * closes itself), and it ends before `end`.
 */
export interface Found {
  attrsFrom: number;
  attrsTo: number;
  from: number;
  to: number;
  end: number;
}

export function newFound(): Found {
  return { attrsFrom: 0, attrsTo: 0, from: -1, to: -1, end: 0 };
}

/**
 * The next start tag `<name …>` or `<name …/>` in text[from, to) into `out` (`open` is "<name";
 * content bounds are left for nextElement), skipping CDATA sections and comments; false when none.
 */
export function nextStartTag(scan: TextScan, open: string, from: number, to: number, out: Found): boolean {
  const text = scan.text;
  for (let at = scan.find(open, from); at >= 0 && at < to; at = scan.find(open, at + 1)) {
    const after = at + open.length;
    if (after >= to) return false;
    const c = text.charCodeAt(after);
    if (!isNameEnd(c)) continue;
    const tagEnd = c === 62 ? after : endOfTag(text, at);
    if (tagEnd < 0 || tagEnd >= to) return false;
    const selfClosing = text.charCodeAt(tagEnd - 1) === 47 && tagEnd - 1 >= after;
    out.attrsFrom = after;
    out.attrsTo = selfClosing ? tagEnd - 1 : tagEnd;
    out.from = selfClosing ? -1 : tagEnd + 1;
    out.to = -1;
    out.end = tagEnd + 1;
    return true;
  }
  return false;
}

/**
 * The next `<name …/>` or `<name …>…</name>` in text[from, to) into `out` (`close` is "</name>"),
 * its content ending at the first close tag (no element read this way holds its own kind).
 */
export function nextElement(
  scan: TextScan,
  open: string,
  close: string,
  from: number,
  to: number,
  out: Found,
): boolean {
  for (let at = from; nextStartTag(scan, open, at, to, out); at = out.end) {
    if (out.from < 0) return true;
    const closeAt = scan.find(close, out.from);
    if (closeAt < 0 || closeAt + close.length > to) continue;
    out.to = closeAt;
    out.end = closeAt + close.length;
    return true;
  }
  return false;
}

/** Calls `each` with every `open` start tag in text[from, to) (`tag` is reused: read it in the call). */
export function eachStartTag(
  scan: TextScan,
  open: string,
  each: (tag: Found) => void,
  from = 0,
  to = scan.text.length,
): void {
  const tag = newFound();
  for (let at = from; nextStartTag(scan, open, at, to, tag); at = tag.end) each(tag);
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
