/** Small XML reading for the package checks: xmldom, unpatched, elements by local name. */
import { DOMParser, type Element } from "@xmldom/xmldom";

export function parseXml(xml: string, part: string): Element {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`${part}: not well-formed XML: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
  if (!doc.documentElement) throw new Error(`${part}: no root element`);
  return doc.documentElement;
}

/** Every descendant element with this local name, whatever its prefix. */
export function all(el: Element, localName: string): Element[] {
  return Array.from(el.getElementsByTagNameNS("*", localName));
}

/** The direct child elements with this local name. */
export function children(el: Element, localName: string): Element[] {
  return Array.from(el.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (n as Element).localName === localName,
  );
}

export function first(el: Element, localName: string): Element | null {
  return all(el, localName)[0] ?? null;
}

/** Start tags with this local name (any prefix) in a large part's text, without building a tree. */
export function* startTags(xml: string, localName: string): Generator<string> {
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${localName}(?=[\\s/>])[^>]*>`, "g");
  for (const m of xml.matchAll(re)) yield m[0];
}

/** An attribute's value in one start tag (unprefixed name), or null. */
export function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2] ?? "") : null;
}

/** Zero-based row and column of an A1 cell reference ("$B$7" too). */
export function cellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}
