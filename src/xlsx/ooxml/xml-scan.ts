/**
 * The one tokenizer for parts kept as text (worksheet rows, notes) and for the reader of the package
 * (package-snapshot.ts): tags found by their text, with CDATA sections and comments skipped so that
 * markup-like text inside them is never taken for a tag; one attribute lexer (nextAttr); one entity
 * decoder (decodeXmlRefs). Attribute values stay in their escaped form, so what was not edited is
 * written back as it came. The notes parts read the same tokens strictly (notes-scan.ts). Imports
 * nothing: the browser preview's reader uses it too.
 */

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
type MarkupKind = "cdata" | "comment" | "pi" | "declaration";

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

/** Calls `each` with every `open` start tag of the text (`tag` is reused: read it in the call). */
export function eachStartTag(scan: TextScan, open: string, each: (tag: Found) => void): void {
  const tag = newFound();
  for (let at = 0; nextStartTag(scan, open, at, scan.text.length, tag); at = tag.end) each(tag);
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

/** An attribute as written: the value stays in its escaped form, for writing back as it was. */
export interface Attr {
  name: string;
  raw: string;
}

/** White space as XML and the pattern \s take it (the few non-ASCII ones only \s). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
}

/** Where one attribute lies in the text, filled in place by nextAttr (no object per attribute). */
export interface AttrAt {
  nameFrom: number;
  nameTo: number;
  /** the value's bounds inside its quotes, in its escaped form */
  valueFrom: number;
  valueTo: number;
}

export function newAttrAt(): AttrAt {
  return { nameFrom: 0, nameTo: 0, valueFrom: 0, valueTo: 0 };
}

/**
 * The one attribute lexer: the next attribute in text[from, to) into `out`, returning where it ends
 * (after its closing quote), -1 when there is none. It reads as the pattern
 * `\s([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')` run from `from`, so text that is no attribute
 * (the element's name, a stray "/") is stepped over. By position: the reader's cells call it
 * three million times at 100,000 rows, and a match array per attribute was most of its garbage.
 */
export function nextAttr(text: string, from: number, to: number, out: AttrAt): number {
  for (let at = from; at < to; at++) {
    if (!isSpace(text.charCodeAt(at))) continue;
    let i = at + 1;
    while (i < to && isAttrNameChar(text.charCodeAt(i))) i++;
    if (i === at + 1) continue;
    const nameTo = i;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i < to && text.charCodeAt(i) === 61) {
      for (i++; i < to && isSpace(text.charCodeAt(i));) i++;
      const quote = text.charCodeAt(i);
      let close = i + 1;
      // By hand, within the bounds: values are short, and indexOf would run on past an unclosed one.
      if (quote === 34 || quote === 39) while (close < to && text.charCodeAt(close) !== quote) close++;
      if (i < to && (quote === 34 || quote === 39) && close < to) {
        out.nameFrom = at + 1;
        out.nameTo = nameTo;
        out.valueFrom = i + 1;
        out.valueTo = close;
        return close + 1;
      }
    }
    // No attribute starts here; the next may start at the space after this name.
    at = nameTo - 1;
  }
  return -1;
}

/** Whether `c` may be in an attribute's name, as [^\s=/>] takes it; letters first, the usual case. */
function isAttrNameChar(c: number): boolean {
  if (c > 62) return c < 128 || !isSpace(c);
  return c !== 61 && c !== 47 && c !== 62 && !isSpace(c);
}

export function parseAttrs(tag: string): Attr[] {
  const out: Attr[] = [];
  const a = newAttrAt();
  for (let at = nextAttr(tag, 0, tag.length, a); at >= 0; at = nextAttr(tag, at, tag.length, a)) {
    const raw = tag.slice(a.valueFrom, a.valueTo);
    // A value in single quotes may hold a double quote, which the written form must escape.
    const single = tag.charCodeAt(a.valueTo) === 39;
    out.push({ name: tag.slice(a.nameFrom, a.nameTo), raw: single ? raw.replace(/"/g, "&quot;") : raw });
  }
  return out;
}

/** Finds attribute `name` among the attributes text[from, to) into `out`; false when absent. */
export function attrAt(text: string, name: string, from: number, to: number, out: AttrAt): boolean {
  for (let at = nextAttr(text, from, to, out); at >= 0; at = nextAttr(text, at, to, out))
    if (out.nameTo - out.nameFrom === name.length && text.startsWith(name, out.nameFrom)) return true;
  return false;
}

/** The value of attribute `name` among the attributes text[from, to), references read. */
export function attrValue(text: string, name: string, from = 0, to = text.length): string | undefined {
  const a = newAttrAt();
  return attrAt(text, name, from, to, a) ? decodeXmlRefs(text.slice(a.valueFrom, a.valueTo)) : undefined;
}

export function attrsText(attrs: Attr[]): string {
  let out = "";
  for (const a of attrs) out += ` ${a.name}="${a.raw}"`;
  return out;
}

export function getAttr(attrs: Attr[], name: string): string | undefined {
  return attrs.find((a) => a.name === name)?.raw;
}

/** Sets a value in place, or adds it after the others, as DOM setAttribute does. */
export function setAttr(attrs: Attr[], name: string, raw: string): void {
  const a = attrs.find((x) => x.name === name);
  if (a) a.raw = raw;
  else attrs.push({ name, raw });
}

export function removeAttr(attrs: Attr[], name: string): void {
  const i = attrs.findIndex((a) => a.name === name);
  if (i >= 0) attrs.splice(i, 1);
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
  // Most texts hold no carriage return; a replace per shared string cost the reader 20 ms at 100,000 rows.
  return decodeXmlRefs(text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n"));
}

/** The text of an <si> or <is> body: its <t>, or the <t> of each rich run; phonetic runs are not shown. */
export function runsText(body: string): string {
  let out = "";
  for (const m of body
    .replace(/<(\w+:)?rPh[\s>][\s\S]*?<\/(\w+:)?rPh>/g, "")
    .matchAll(/<(?:\w+:)?t(?:\s[^>]*)?(?<!\/)>([\s\S]*?)<\/(?:\w+:)?t>/g))
    out += decodeXmlText(m[1]!);
  return out;
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
