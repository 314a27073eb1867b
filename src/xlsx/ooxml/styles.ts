/**
 * xl/styles.xml, append-only: every index an existing cell, rule or style refers to keeps its
 * meaning. New fonts, fills, borders, number formats, cell formats and rule formats go at the
 * end, and an identical entry that is already there (from the user or an earlier run) is reused.
 */
import type { CellStyle } from "../../engine/plan";
import { BUILTIN_FORMATS } from "../package-snapshot";
import { OoxmlPackage, CONTENT_TYPE } from "./package";
import {
  NS,
  XDocument,
  XElement,
  child,
  children,
  createLike,
  ensureChild,
  importFragment,
  insertInOrder,
  root,
} from "./xml";

const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
const FONT_ORDER = [
  "b",
  "i",
  "strike",
  "condense",
  "extend",
  "outline",
  "shadow",
  "u",
  "vertAlign",
  "sz",
  "color",
  "name",
  "family",
  "charset",
  "scheme",
] as const;
const XF_ORDER = ["alignment", "protection", "extLst"] as const;

/** Excel's built-in number formats the plans use; other codes get a custom numFmt. */
/** The built-in formats a written code is given by id: those that read alike in every locale (0–13, 49). */
const BUILTIN_IDS = new Map(
  Object.entries(BUILTIN_FORMATS)
    .filter(([id]) => Number(id) <= 13 || id === "49")
    .map(([id, code]) => [code, Number(id)]),
);

const STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS.main}">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** "#1f4e78" → "FF1F4E78"; undefined for anything that is not a six-digit colour. */
export function argb(hex: string | undefined): string | undefined {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(hex ?? "");
  return m ? `FF${m[1]!.toUpperCase()}` : undefined;
}

/** A comparable form of an element: names, sorted attributes, children. */
function canonical(el: XElement): string {
  const attrs: string[] = [];
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (a && !a.name.startsWith("xmlns")) attrs.push(`${a.localName}=${a.value}`);
  }
  attrs.sort();
  const kids = children(el).map(canonical).join("");
  const text = children(el).length === 0 ? (el.textContent ?? "") : "";
  return `<${el.localName} ${attrs.join(" ")}>${kids}${text}</>`;
}

export class StyleBook {
  private readonly xfCache = new Map<string, number>();

  private constructor(
    private readonly pkg: OoxmlPackage,
    readonly path: string,
    private readonly doc: XDocument,
  ) {}

  static async open(pkg: OoxmlPackage, workbookPath: string): Promise<StyleBook> {
    const rels = await pkg.rels(workbookPath);
    const rel = rels.find((r) => r.type.endsWith("/styles"));
    if (rel) return new StyleBook(pkg, rel.target, await pkg.requireXml(rel.target));
    const path = "xl/styles.xml";
    const doc = pkg.createXml(path, STYLES_XML);
    await pkg.setOverride(path, CONTENT_TYPE.styles);
    await pkg.addRel(
      workbookPath,
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
      path,
    );
    return new StyleBook(pkg, path, doc);
  }

  private list(name: string): XElement {
    return ensureChild(root(this.doc), name, STYLESHEET_ORDER);
  }

  /** Index of an entry equal to `el` in the collection, appending it when there is none. */
  private intern(collection: string, el: XElement): number {
    const list = this.list(collection);
    const key = canonical(el);
    const items = children(list, el.localName ?? "");
    const found = items.findIndex((e) => canonical(e) === key);
    if (found >= 0) return found;
    list.appendChild(el);
    list.setAttribute("count", String(items.length + 1));
    this.pkg.touch(this.path);
    return items.length;
  }

  private item(collection: string, index: number): XElement | undefined {
    const list = child(root(this.doc), collection);
    return list ? children(list)[index] : undefined;
  }

  numFmtId(code: string): number {
    const builtin = BUILTIN_IDS.get(code);
    if (builtin !== undefined) return builtin;
    const numFmts = child(root(this.doc), "numFmts");
    const existing = numFmts ? children(numFmts, "numFmt") : [];
    const same = existing.find((n) => n.getAttribute("formatCode") === code);
    if (same) return Number(same.getAttribute("numFmtId"));
    const list = this.list("numFmts");
    const id = Math.max(163, ...existing.map((n) => Number(n.getAttribute("numFmtId")) || 0)) + 1;
    const el = createLike(list, "numFmt");
    el.setAttribute("numFmtId", String(id));
    el.setAttribute("formatCode", code);
    list.appendChild(el);
    list.setAttribute("count", String(existing.length + 1));
    this.pkg.touch(this.path);
    return id;
  }

  /**
   * The cellXfs index for a cell that had format `base` and now gets `style` (and `numberFormat`):
   * what the style does not mention stays as it was.
   */
  xfFor(base: number, style: CellStyle | undefined, numberFormat: string | undefined): number {
    const key = `${base}|${JSON.stringify(style ?? {})}|${numberFormat ?? ""}`;
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    const baseXf = this.item("cellXfs", base) ?? this.item("cellXfs", 0);
    const xf = baseXf ? (baseXf.cloneNode(true) as XElement) : createLike(this.list("cellXfs"), "xf");
    for (const a of ["numFmtId", "fontId", "fillId", "borderId"])
      if (!xf.hasAttribute(a)) xf.setAttribute(a, "0");
    if (!xf.hasAttribute("xfId")) xf.setAttribute("xfId", "0");
    const s = style ?? {};

    if (s.bold !== undefined || s.italic !== undefined || s.fontColor || s.fontSize) {
      const font = this.fontFrom(Number(xf.getAttribute("fontId")), s);
      xf.setAttribute("fontId", String(this.intern("fonts", font)));
      xf.setAttribute("applyFont", "1");
    }
    const fill = argb(s.fill);
    if (fill) {
      const el = this.element(
        `<fill><patternFill patternType="solid"><fgColor rgb="${fill}"/><bgColor indexed="64"/></patternFill></fill>`,
      );
      xf.setAttribute("fillId", String(this.intern("fills", el)));
      xf.setAttribute("applyFill", "1");
    }
    if (s.border === "thin") {
      const side = (n: string) => `<${n} style="thin"><color auto="1"/></${n}>`;
      const el = this.element(
        `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`,
      );
      xf.setAttribute("borderId", String(this.intern("borders", el)));
      xf.setAttribute("applyBorder", "1");
    }
    const code = numberFormat ?? s.numberFormat;
    if (code !== undefined && code !== "") {
      xf.setAttribute("numFmtId", String(this.numFmtId(code)));
      xf.setAttribute("applyNumberFormat", "1");
    }
    if (s.hAlign || s.vAlign || s.wrap !== undefined) {
      let al = child(xf, "alignment");
      if (!al) al = insertInOrder(xf, createLike(xf, "alignment"), XF_ORDER);
      if (s.hAlign) al.setAttribute("horizontal", s.hAlign);
      if (s.vAlign) al.setAttribute("vertical", s.vAlign);
      if (s.wrap !== undefined) al.setAttribute("wrapText", s.wrap ? "1" : "0");
      xf.setAttribute("applyAlignment", "1");
    }
    const index = this.intern("cellXfs", xf);
    this.xfCache.set(key, index);
    return index;
  }

  private fontFrom(fontId: number, s: CellStyle): XElement {
    const base = this.item("fonts", fontId) ?? this.item("fonts", 0);
    const font = base ? (base.cloneNode(true) as XElement) : createLike(this.list("fonts"), "font");
    const flag = (name: "b" | "i", on: boolean | undefined) => {
      if (on === undefined) return;
      for (const e of children(font, name)) font.removeChild(e);
      if (on) insertInOrder(font, createLike(font, name), FONT_ORDER);
    };
    flag("b", s.bold);
    flag("i", s.italic);
    if (s.fontSize) {
      for (const e of children(font, "sz")) font.removeChild(e);
      insertInOrder(font, createLike(font, "sz"), FONT_ORDER).setAttribute("val", String(s.fontSize));
    }
    const color = argb(s.fontColor);
    if (color) {
      for (const e of children(font, "color")) font.removeChild(e);
      insertInOrder(font, createLike(font, "color"), FONT_ORDER).setAttribute("rgb", color);
    }
    return font;
  }

  /** The dxfs index of a rule format with this fill and font colour. */
  dxfFor(fill: string, fontColor: string): number {
    const f = argb(fill);
    const c = argb(fontColor);
    const el = this.element(
      `<dxf>${c ? `<font><color rgb="${c}"/></font>` : ""}` +
        `${f ? `<fill><patternFill><bgColor rgb="${f}"/></patternFill></fill>` : ""}</dxf>`,
    );
    return this.intern("dxfs", el);
  }

  /** Parses a small fragment in the stylesheet's namespace and prefix. */
  private element(fragment: string): XElement {
    const r = root(this.doc);
    return importFragment(this.doc, r.namespaceURI ?? NS.main, r.prefix ?? null, fragment);
  }
}
