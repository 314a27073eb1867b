/**
 * The markup-compatibility pre-pass (ECMA-376 Part 3) a consumer that knows only ISO/IEC 29500
 * Transitional makes before it reads a part: the schemas have no declarations for Microsoft's
 * extension namespaces (x14ac, xr, x15 …), which Excel files carry under mc:Ignorable.
 *  - attributes and elements in a namespace the part lists in mc:Ignorable are dropped;
 *  - mc:AlternateContent becomes the first mc:Choice whose Requires namespaces are all understood,
 *    else its mc:Fallback, else nothing;
 *  - mc:Ignorable, mc:ProcessContent and mc:Preserve* are processing hints and go;
 *    mc:MustUnderstand stays, so a part that demands an unknown namespace fails the schema.
 */
import { DOMParser, XMLSerializer, type Element, type Node } from "@xmldom/xmldom";

export const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** The namespaces the ISO/IEC 29500 Transitional schemas declare (what this consumer understands). */
const UNDERSTOOD = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://schemas.openxmlformats.org/drawingml/2006/main",
  "http://schemas.openxmlformats.org/drawingml/2006/chart",
  "http://schemas.openxmlformats.org/drawingml/2006/chartDrawing",
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  "http://schemas.openxmlformats.org/drawingml/2006/picture",
  "http://schemas.openxmlformats.org/drawingml/2006/diagram",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
  "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
  "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
  "urn:schemas-microsoft-com:vml",
  "urn:schemas-microsoft-com:office:office",
  "urn:schemas-microsoft-com:office:excel",
]);

const HINTS = new Set(["Ignorable", "ProcessContent", "PreserveElements", "PreserveAttributes"]);

/** The part as an ISO/IEC 29500 consumer reads it; parts without markup compatibility come back unchanged. */
export function compatibilityPrePass(xml: string): string {
  if (!xml.includes(MC)) return xml;
  return attributesOnly(xml) ?? throughTree(xml);
}

/**
 * The common large case, a worksheet whose root declares mc:Ignorable="x14ac xr …" and whose only
 * extension markup is attributes (x14ac:dyDescent on every row): those attributes removed as text,
 * without a tree. Null when anything else is there (elements or AlternateContent of those
 * namespaces, a prefix bound twice, or a second mc:Ignorable), which the tree pass handles.
 */
function attributesOnly(xml: string): string | null {
  const root = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*(\s[^>]*)?>/.exec(xml.replace(/<\?[^>]*\?>/g, ""));
  const rootAttrs = root?.[2] ?? "";
  const ignorable = /\s([\w.-]+):Ignorable="([^"]*)"/.exec(rootAttrs);
  if (!ignorable || xml.split(":Ignorable=").length !== 2) return null;
  if (!new RegExp(`xmlns:${ignorable[1]}="${MC.replace(/[.]/g, "\\.")}"`).test(rootAttrs)) return null;
  if (/AlternateContent|ProcessContent|Preserve(Elements|Attributes)/.test(xml)) return null;
  const prefixes = ignorable[2]!.trim().split(/\s+/).filter(Boolean);
  for (const p of prefixes) {
    if (!/^[A-Za-z_][\w.-]*$/.test(p)) return null;
    if (xml.split(`xmlns:${p}=`).length !== 2 || !rootAttrs.includes(`xmlns:${p}=`)) return null;
    if (xml.includes(`<${p}:`)) return null;
  }
  // (text content that happens to look like such an attribute is changed too; content is not what is checked)
  return xml
    .replace(new RegExp(`\\s${ignorable[1]}:Ignorable="[^"]*"`), "")
    .replace(new RegExp(`\\s(?:${prefixes.join("|")}):[\\w.-]+=(?:"[^"]*"|'[^']*')`, "g"), "");
}

function throughTree(xml: string): string {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`not well-formed XML: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
  const root = doc.documentElement;
  if (!root) throw new Error("not well-formed XML: no root element");
  visit(root, new Set());
  return new XMLSerializer().serializeToString(doc);
}

function visit(el: Element, inherited: Set<string>): void {
  const ignorable = new Set(inherited);
  const declared = el.getAttributeNS(MC, "Ignorable");
  for (const prefix of declared ? declared.trim().split(/\s+/) : []) {
    const ns = el.lookupNamespaceURI(prefix);
    if (ns) ignorable.add(ns);
  }
  for (const attr of Array.from(el.attributes)) {
    const ns = attr.namespaceURI;
    const hint = ns === MC && HINTS.has(attr.localName ?? "");
    if (hint || (ns !== null && ignorable.has(ns))) el.removeAttributeNode(attr);
  }
  for (const child of Array.from(el.childNodes)) {
    if (!isElement(child)) continue;
    if (child.namespaceURI === MC && child.localName === "AlternateContent") {
      const chosen = choose(child);
      const replacement = chosen ? Array.from(chosen.childNodes) : [];
      for (const n of replacement) {
        el.insertBefore(n, child);
        if (isElement(n)) visit(n, ignorable);
      }
      el.removeChild(child);
    } else if (child.namespaceURI !== null && ignorable.has(child.namespaceURI)) {
      el.removeChild(child);
    } else visit(child, ignorable);
  }
}

function choose(alternate: Element): Element | null {
  const branches = Array.from(alternate.childNodes).filter(isElement);
  for (const b of branches) {
    if (b.namespaceURI !== MC || b.localName !== "Choice") continue;
    const requires = (b.getAttribute("Requires") ?? "").trim().split(/\s+/).filter(Boolean);
    if (requires.every((p) => UNDERSTOOD.has(b.lookupNamespaceURI(p) ?? ""))) return b;
  }
  return branches.find((b) => b.namespaceURI === MC && b.localName === "Fallback") ?? null;
}

function isElement(n: Node): n is Element {
  return n.nodeType === 1;
}
