/**
 * The .xlsx/.xlsm package as parts. A part is parsed only when an edit needs it and written back
 * only when an edit changed it, so every other part leaves with the bytes it came with.
 */
import { NS, XDocument, XElement, children, createLike, parseXml, root, serializeXml } from "./xml";
import { XlsxInputError } from "../errors";
import { openArchive, relsPathOf, resolveTarget } from "../container";

import type { ZipArchive } from "./zip";
import { NewEntry, ZipOutput, nodeZip, writeZip } from "./zip-node";
import { type PartText, joinText } from "./part-pieces";
import { PartDeflater } from "./part-deflate";

export const REL_TYPE = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

interface Relationship {
  id: string;
  type: string;
  /** package path without a leading slash, resolved against the source part */
  target: string;
  external: boolean;
}

/** The relative path from the folder of `sourcePart` to `targetPart`. */
function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = targetPart.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

export class OoxmlPackage {
  private readonly docs = new Map<string, XDocument>();
  private readonly dirty = new Set<string>();
  private readonly removed = new Set<string>();
  private readonly dropOverrides = new Set<string>();
  /** Parts whose text an editor makes when the package is saved (worksheets: text, never a tree). */
  private readonly writers = new Map<string, () => PartText>();
  /** New parts registered as text (or pieces), parsed only if a later step asks for their tree. */
  private readonly texts = new Map<string, PartText>();

  private constructor(private readonly zip: ZipArchive) {}

  /** The package of an input, or of the archive the snapshot has already read from it (one unzip per run). */
  static async load(input: Uint8Array | ZipArchive): Promise<OoxmlPackage> {
    const zip = input instanceof Uint8Array ? openArchive(input, nodeZip) : input;
    if (!zip.byName.has("[Content_Types].xml"))
      throw new XlsxInputError("BUKAN_XLSX", "not an OOXML package: [Content_Types].xml is missing");
    return new OoxmlPackage(zip);
  }

  /** An original part (folder entries are not parts). */
  private original(path: string): boolean {
    return !path.endsWith("/") && this.zip.byName.has(path);
  }

  paths(): string[] {
    const all = new Set([...this.zip.byName.keys(), ...this.docs.keys(), ...this.texts.keys()]);
    return [...all].filter((p) => !p.endsWith("/") && !this.removed.has(p)).sort();
  }

  has(path: string): boolean {
    return this.docs.has(path) || this.texts.has(path) || (this.original(path) && !this.removed.has(path));
  }

  async text(path: string): Promise<string | undefined> {
    if (this.removed.has(path)) return undefined;
    return this.original(path) ? this.zip.text(path) : undefined;
  }

  /** The part's text as it stands in this run: made by its editor, registered, its tree written out, or the original. */
  async currentText(path: string): Promise<string | undefined> {
    if (this.removed.has(path)) return undefined;
    const made = this.madeText(path);
    return made !== undefined ? joinText(made) : this.text(path);
  }

  async xml(path: string): Promise<XDocument | undefined> {
    if (this.writers.has(path)) throw new Error(`part ${path} is edited as text, not as a tree`);
    const cached = this.docs.get(path);
    if (cached) return cached;
    const pending = this.texts.get(path);
    this.texts.delete(path);
    const text = pending !== undefined ? joinText(pending) : await this.text(path);
    if (text === undefined) return undefined;
    const doc = parseXml(text.replace(/^\uFEFF/, ""), path);
    this.docs.set(path, doc);
    return doc;
  }

  async requireXml(path: string): Promise<XDocument> {
    const doc = await this.xml(path);
    if (!doc) throw new XlsxInputError("BAGIAN_HILANG", `part ${path} is missing`, path);
    return doc;
  }

  /** Registers a new XML part (the caller edits the returned document). */
  createXml(path: string, xml: string): XDocument {
    const doc = parseXml(xml, path);
    this.texts.delete(path);
    this.docs.set(path, doc);
    this.removed.delete(path);
    this.dirty.add(path);
    return doc;
  }

  /**
   * Registers a new XML part as text, without building its tree (a chart's caches run to a hundred
   * thousand elements). The caller vouches that the text is what serializing its tree would write;
   * pieces must give the same text each time they are read.
   */
  createText(path: string, xml: PartText): void {
    this.docs.delete(path);
    this.texts.set(path, xml);
    this.removed.delete(path);
    this.dirty.add(path);
  }

  touch(path: string): void {
    this.dirty.add(path);
  }

  /**
   * Makes the part's text, when it is saved, from `make` (an editor that keeps the part as text: a
   * worksheet). The part is written only once something touches it.
   */
  writeText(path: string, make: () => PartText): void {
    this.writers.set(path, make);
  }

  remove(path: string): void {
    this.docs.delete(path);
    this.dirty.delete(path);
    this.texts.delete(path);
    this.writers.delete(path);
    this.removed.add(path);
  }

  /** Part numbers in use for a pattern such as /^xl\/charts\/chart(\d+)\.xml$/. */
  nextNumber(pattern: RegExp): number {
    let max = 0;
    for (const p of this.paths()) {
      const m = pattern.exec(p);
      if (m) max = Math.max(max, Number(m[1]));
    }
    return max + 1;
  }

  // ---- relationships ----

  async rels(sourcePart: string): Promise<Relationship[]> {
    const doc = await this.xml(relsPathOf(sourcePart));
    if (!doc) return [];
    return children(root(doc), "Relationship").map((r) => {
      const external = r.getAttribute("TargetMode") === "External";
      const target = r.getAttribute("Target") ?? "";
      return {
        id: r.getAttribute("Id") ?? "",
        type: r.getAttribute("Type") ?? "",
        target: external ? target : resolveTarget(sourcePart, target),
        external,
      };
    });
  }

  async addRel(sourcePart: string, type: string, targetPart: string): Promise<string> {
    const relsPath = relsPathOf(sourcePart);
    const doc =
      (await this.xml(relsPath)) ??
      this.createXml(
        relsPath,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRels}"/>`,
      );
    const r = root(doc);
    const used = new Set(children(r, "Relationship").map((e) => e.getAttribute("Id")));
    let n = 1;
    while (used.has(`rId${n}`)) n++;
    const el = createLike(r, "Relationship");
    el.setAttribute("Id", `rId${n}`);
    el.setAttribute("Type", type);
    el.setAttribute("Target", relativeTarget(sourcePart, targetPart));
    r.appendChild(el);
    this.touch(relsPath);
    return `rId${n}`;
  }

  async removeRel(sourcePart: string, id: string): Promise<void> {
    const relsPath = relsPathOf(sourcePart);
    const doc = await this.xml(relsPath);
    if (!doc) return;
    for (const el of children(root(doc), "Relationship")) {
      if (el.getAttribute("Id") === id) root(doc).removeChild(el);
    }
    this.touch(relsPath);
  }

  /**
   * Removes a part, its relationships part, and (when the package is saved) its content-type
   * override. The override waits: a part cleared and written again in the same run keeps its
   * place in [Content_Types].xml, so a second run gives the same bytes as the first.
   */
  async removePart(path: string): Promise<void> {
    this.remove(path);
    if (this.has(relsPathOf(path))) this.remove(relsPathOf(path));
    this.dropOverrides.add(path);
  }

  private async dropPendingOverrides(): Promise<void> {
    if (!this.dropOverrides.size) return;
    const ct = await this.requireXml("[Content_Types].xml");
    for (const o of children(root(ct), "Override")) {
      const part = (o.getAttribute("PartName") ?? "").replace(/^\//, "");
      if (this.dropOverrides.has(part) && !this.has(part)) {
        root(ct).removeChild(o);
        this.touch("[Content_Types].xml");
      }
    }
    this.dropOverrides.clear();
  }

  // ---- content types ----

  async setOverride(path: string, contentType: string): Promise<void> {
    this.dropOverrides.delete(path);
    const doc = await this.requireXml("[Content_Types].xml");
    const ct = root(doc);
    const existing = children(ct, "Override").find((e) => e.getAttribute("PartName") === `/${path}`);
    if (existing) {
      if (existing.getAttribute("ContentType") === contentType) return;
      existing.setAttribute("ContentType", contentType);
    } else {
      const el = createLike(ct, "Override");
      el.setAttribute("PartName", `/${path}`);
      el.setAttribute("ContentType", contentType);
      ct.appendChild(el);
    }
    this.touch("[Content_Types].xml");
  }

  async ensureDefault(extension: string, contentType: string): Promise<void> {
    const doc = await this.requireXml("[Content_Types].xml");
    const ct = root(doc);
    if (children(ct, "Default").some((e) => e.getAttribute("Extension")?.toLowerCase() === extension)) return;
    const el = createLike(ct, "Default");
    el.setAttribute("Extension", extension);
    el.setAttribute("ContentType", contentType);
    // Defaults come before Overrides in every package Excel writes.
    const firstOverride = children(ct, "Override")[0];
    if (firstOverride) ct.insertBefore(el, firstOverride);
    else ct.appendChild(el);
    this.touch("[Content_Types].xml");
  }

  /** The changed parts, for reports and tests. */
  changedParts(): string[] {
    return [...this.dirty].filter((p) => !this.removed.has(p)).sort();
  }

  removedParts(): string[] {
    return [...this.removed]
      .filter((p) => this.original(p) && !this.docs.has(p) && !this.texts.has(p))
      .sort();
  }

  async save(): Promise<Buffer> {
    await this.dropPendingOverrides();
    const fresh = new Map<string, NewEntry>();
    for (const [p, entry] of await this.compressChangedParts()) fresh.set(p, await entry);
    const outputs: ZipOutput[] = [];
    // Originals keep their central-directory order, a changed one its place; new parts follow.
    for (const entry of this.zip.entries) {
      if (entry.name.endsWith("/") || this.removed.has(entry.name)) continue;
      if (this.zip.byName.get(entry.name) !== entry) continue; // a duplicated name is written once
      const written = fresh.get(entry.name);
      outputs.push(written ? { entry: written } : { raw: entry });
      fresh.delete(entry.name);
    }
    for (const written of fresh.values()) outputs.push({ entry: written });
    return writeZip(outputs);
  }

  /**
   * Deflates every part save() writes anew, in the order the parts were first changed, one after
   * another: each part's text is made a chunk at a time while the thread pool deflates the chunks
   * before it (part-deflate.ts), so no part's whole bytes exist at once.
   */
  private async compressChangedParts(): Promise<Map<string, Promise<NewEntry>>> {
    const out = new Map<string, Promise<NewEntry>>();
    const deflater = new PartDeflater();
    for (const p of this.dirty) {
      const text = this.madeText(p);
      if (text !== undefined) out.set(p, (await deflater.add(p, text)).entry);
    }
    return out;
  }

  /** The text of a part this run made or changed, undefined for an original one. */
  private madeText(path: string): PartText | undefined {
    const made = this.writers.get(path);
    if (made) return made();
    const pending = this.texts.get(path);
    if (pending !== undefined) return pending;
    const doc = this.docs.get(path);
    return doc ? serializeXml(doc) : undefined;
  }
}

export type { XElement };
