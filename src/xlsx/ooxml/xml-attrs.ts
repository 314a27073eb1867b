/**
 * The one attribute lexer of the tokenizer (xml-scan.ts), by position: the writer's rows and notes
 * parse a tag's attributes into a list to edit, the reader looks single values up in place.
 * Imports nothing else: the browser preview's reader uses it too.
 */
import { decodeXmlRefs } from "./xml-decode";

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
