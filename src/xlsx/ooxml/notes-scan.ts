/**
 * A scanner for XML parts that are already in the form serializeXml writes: it accepts only text that
 * xmldom would read and serializeXml would write back with the same bytes, so a caller can keep
 * slices of the part as they are instead of building its tree. Anything else is refused (undefined),
 * and the caller goes the tree way.
 */

const NAME = "[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?";
// Line ends are refused where the text is read as written; scanPart first makes them line feeds as xmldom does.
const LINE_ENDS = "\\r\\u0085\\u2028\\u2029";
// Only the escapes encodeAttr writes for characters it can meet in these parts; a raw tab or line
// break would be normalised by the parser, a numeric reference re-encoded differently.
const ATTR_VALUE = `(?:[^<>&"\\t\\n${LINE_ENDS}\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]|&(?:lt|gt|amp|quot);)*`;
const START_TAG = new RegExp(`<(${NAME})((?: ${NAME}="${ATTR_VALUE}")*)(/?)>`, "y");
const END_TAG = new RegExp(`</(${NAME})>`, "y");
const ATTR = new RegExp(` (${NAME})="(${ATTR_VALUE})"`, "g");
// Text as encodeText and serializeXml write it: <, & and > escaped, a carriage return as &#13;.
export const TEXT_RUN = `(?:[^<&>${LINE_ENDS}\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]|&(?:lt|gt|amp|#13);)`;
const TEXT = new RegExp(`${TEXT_RUN}*`, "y");
/** The declarations the add-in's templates and Excel write; xmldom keeps them as they are. */
const DECLARATIONS = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<?xml version="1.0" encoding="UTF-8"?>',
];

export interface StartTag {
  /** qualified name as written */
  name: string;
  local: string;
  start: number;
  end: number;
  /** the attributes as written, each with its leading space */
  attrs: string;
  selfClosing: boolean;
}

/**
 * What a part's reader does with the scanned tokens; depth 0 is the root. `start` may return an
 * offset to continue from when it has read the whole element itself (a known shape of entry).
 */
export interface ScanHandler {
  /**
   * Before a start tag at `pos` is read: the end of the element when the handler reads it whole
   * itself (an entry in a form it knows), else undefined.
   */
  quick?(pos: number, depth: number): number | undefined;
  start(tag: StartTag, depth: number): number | undefined;
  end(name: string, start: number, end: number, depth: number): void;
  text(start: number, end: number, depth: number): void;
}

/** An empty element written as a start and an end tag, which serializeXml writes as `<a/>`. */
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
    /** the end of the root's end tag: whitespace after it is not written back */
    readonly rootEnd: number,
    readonly rootTag: StartTag,
    private readonly edits: Edit[],
  ) {}

  /** The part's text in [from, to) as serializeXml would write it. */
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

export class Refused extends Error {}

export function refuse(): never {
  throw new Refused();
}

function localOf(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

function prefixOf(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? "" : name.slice(0, i);
}

export function decodeAttr(raw: string): string {
  return raw.indexOf("&") < 0
    ? raw
    : raw.replace(/&(lt|gt|amp|quot);/g, (_, e: string) =>
        e === "lt" ? "<" : e === "gt" ? ">" : e === "amp" ? "&" : '"',
      );
}

export function decodeText(raw: string): string {
  return raw.indexOf("&") < 0
    ? raw
    : raw.replace(/&(lt|gt|amp|#13);/g, (_, e: string) =>
        e === "lt" ? "<" : e === "gt" ? ">" : e === "amp" ? "&" : "\r",
      );
}

/** The value of an attribute of a scanned tag, as getAttribute(qualified name) gives it. */
export function attrOf(tag: StartTag, name: string): string | null {
  if (!tag.attrs) return null;
  const key = ` ${name}="`;
  const i = tag.attrs.indexOf(key);
  if (i < 0) return null;
  const from = i + key.length;
  return decodeAttr(tag.attrs.slice(from, tag.attrs.indexOf('"', from)));
}

/** The root's namespace declarations (prefix → uri, "" for the default one). */
export function declarationsOf(tag: StartTag): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.attrs.matchAll(ATTR)) {
    const name = m[1]!;
    if (name === "xmlns") out.set("", decodeAttr(m[2]!));
    else if (name.startsWith("xmlns:")) out.set(name.slice(6), decodeAttr(m[2]!));
  }
  return out;
}

/**
 * Every attribute once, namespace declarations only on the root, and every prefix declared there:
 * then serializeXml declares nothing new and drops nothing.
 */
function checkAttrs(tag: StartTag, prefixes: Set<string>, isRoot: boolean): void {
  if (!tag.attrs) return;
  const seen: string[] = [];
  for (const m of tag.attrs.matchAll(ATTR)) {
    const name = m[1]!;
    if (seen.includes(name)) refuse();
    seen.push(name);
    const prefix = prefixOf(name);
    if (name === "xmlns" || prefix === "xmlns") {
      if (!isRoot || !m[2]) refuse();
    } else if (prefix && prefix !== "xml" && !prefixes.has(prefix)) refuse();
  }
}

function readTag(text: string, pos: number): StartTag {
  START_TAG.lastIndex = pos;
  const m = START_TAG.exec(text);
  if (!m) refuse();
  const name = m[1]!;
  return {
    name,
    local: localOf(name),
    start: pos,
    end: START_TAG.lastIndex,
    attrs: m[2]!,
    selfClosing: m[3] === "/",
  };
}

/**
 * xmldom's normalizeLineEndings, which it applies to a whole part before parsing: the tree writer's
 * output holds these characters as line feeds, kept entries or not.
 */
export function normalizeLineEndings(text: string): string {
  if (!/[\r\u0085\u2028\u2029]/.test(text)) return text;
  return text.replace(/\r[\n\u0085]/g, "\n").replace(/[\r\u0085\u2028\u2029]/g, "\n");
}

function skipSpace(text: string, pos: number, allowCr: boolean): number {
  for (;;) {
    const c = text.charCodeAt(pos);
    if (c === 32 || c === 9 || c === 10 || (allowCr && c === 13)) pos++;
    else return pos;
  }
}

/**
 * Scans a whole part, calling `handler` for every token inside the root. The text must have been
 * through normalizeLineEndings (line ends left are refused). Throws Refused on anything outside the
 * accepted form.
 */
export function scanPart(text: string, handler: ScanHandler): ScannedPart {
  const bodyStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let pos = bodyStart;
  const decl = DECLARATIONS.find((d) => text.startsWith(d, pos));
  if (decl) pos = skipSpace(text, pos + decl.length, false);
  const rootTag = readTag(text, pos);
  const declared = declarationsOf(rootTag);
  const prefixes = new Set([...declared.keys()].filter((p) => p));
  if (prefixOf(rootTag.name) && !prefixes.has(prefixOf(rootTag.name))) refuse();
  checkAttrs(rootTag, prefixes, true);
  if (rootTag.selfClosing) refuse();
  if (handler.start(rootTag, 0) !== undefined) refuse();
  const edits: Edit[] = [];
  const stack: string[] = [rootTag.name];
  let lastStart: StartTag | undefined = rootTag;
  pos = rootTag.end;
  for (;;) {
    const depth = stack.length;
    if (text.charCodeAt(pos) !== 60) {
      TEXT.lastIndex = pos;
      TEXT.test(text);
      const end = TEXT.lastIndex;
      if (end === pos || text.charCodeAt(end) !== 60) refuse();
      handler.text(pos, end, depth);
      lastStart = undefined;
      pos = end;
    } else if (text.charCodeAt(pos + 1) === 47) {
      END_TAG.lastIndex = pos;
      const m = END_TAG.exec(text);
      if (!m || m[1] !== stack.pop()) refuse();
      const end = END_TAG.lastIndex;
      if (lastStart && lastStart.end === pos)
        edits.push({
          start: lastStart.start,
          end,
          text: `${text.slice(lastStart.start, lastStart.end - 1)}/>`,
        });
      lastStart = undefined;
      handler.end(m[1]!, pos, end, depth - 1);
      pos = end;
      if (!stack.length) break;
    } else {
      const skip = handler.quick?.(pos, depth);
      if (skip !== undefined) {
        lastStart = undefined;
        pos = skip;
        continue;
      }
      const tag = readTag(text, pos);
      if (prefixOf(tag.name) && !prefixes.has(prefixOf(tag.name))) refuse();
      checkAttrs(tag, prefixes, false);
      const skipTo = handler.start(tag, depth);
      if (skipTo !== undefined) {
        lastStart = undefined;
        pos = skipTo;
        continue;
      }
      lastStart = tag.selfClosing ? undefined : tag;
      if (!tag.selfClosing) stack.push(tag.name);
      pos = tag.end;
    }
  }
  if (skipSpace(text, pos, true) !== text.length) refuse();
  return new ScannedPart(text, bodyStart, pos, rootTag, edits);
}
