/**
 * Legacy notes: xl/commentsN.xml holds the text, a VML drawing holds the yellow boxes Excel shows.
 * A sheet that already has notes keeps its parts; new notes join them (a note on the same cell is replaced).
 */
import { CONTENT_TYPE, OoxmlPackage, REL_TYPE } from "./package";
import type { SheetEditor } from "./sheet";
import { WORKSHEET_ORDER } from "./sheet";
import {
  NS,
  XDocument,
  XElement,
  child,
  children,
  createLike,
  descendants,
  dropRedundantNamespaces,
  ensureChild,
  getNsAttr,
  insertInOrder,
  parseXml,
  root,
  setNsAttr,
  setText,
  xmlSafeText,
} from "./xml";
import { cellAddress } from "../../engine/address";

const AUTHOR = "Capaian Kinerja";
const V = "urn:schemas-microsoft-com:vml";
const O = "urn:schemas-microsoft-com:office:office";
const X = "urn:schemas-microsoft-com:office:excel";

export interface NoteAt {
  row: number;
  col: number;
  text: string;
  /** take the note on this cell away instead of writing one */
  remove?: boolean;
}

function vmlTemplate(idmap: number): string {
  return (
    `<xml xmlns:v="${V}" xmlns:o="${O}" xmlns:x="${X}"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/>` +
    `</o:shapelayout>${SHAPETYPE.replace(/ xmlns:\w+="[^"]*"/g, "")}</xml>`
  );
}

const SHAPETYPE =
  `<v:shapetype xmlns:v="${V}" xmlns:o="${O}" id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
  `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

function shapeXml(id: number, z: number, note: NoteAt): string {
  const { row, col } = note;
  return (
    `<v:shape xmlns:v="${V}" xmlns:o="${O}" xmlns:x="${X}" id="_x0000_s${id}" type="#_x0000_t202" ` +
    `style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${z};visibility:hidden" ` +
    `fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>` +
    `<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
    `<x:Anchor>${col + 1}, 15, ${row}, 10, ${col + 3}, 15, ${row + 4}, 4</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

/** Appends a VML fragment to the root of `doc`. */
function importVml(doc: XDocument, xml: string, before?: XElement): XElement {
  const el = doc.importNode(root(parseXml(xml, "vml fragment")), true) as XElement;
  if (before?.parentNode) before.parentNode.insertBefore(el, before);
  else root(doc).appendChild(el);
  dropRedundantNamespaces(el);
  return el;
}

/** Adds the notes; returns a sentence for ApplyReport.skipped when the sheet's VML cannot be edited. */
export async function writeNotes(
  pkg: OoxmlPackage,
  sheet: SheetEditor,
  notes: NoteAt[],
): Promise<string | undefined> {
  if (!notes.length) return undefined;
  const rels = await pkg.rels(sheet.path);
  const legacy = child(sheet.ws, "legacyDrawing");
  const legacyId = legacy ? getNsAttr(legacy, NS.r, "id") : null;
  // The VML must be readable before anything is added, so a sheet whose VML is not XML is skipped whole.
  let vmlPath = rels.find((r) => r.id === legacyId && r.type === REL_TYPE.vmlDrawing)?.target;
  let existingVml: XDocument | undefined;
  if (vmlPath) {
    try {
      existingVml = await pkg.requireXml(vmlPath);
    } catch {
      return `Catatan pada sheet "${sheet.name}" tidak ditulis: gambar catatan (VML) yang ada tidak dapat dibaca. / Notes on sheet "${sheet.name}" were not written: its existing note drawing (VML) cannot be read.`;
    }
  }
  // Comments before VML in the relationships: some readers (exceljs) pair them only in that order.
  let commentsPath = rels.find((r) => r.type === REL_TYPE.comments)?.target;
  // only removals: a sheet without note parts has nothing to take away, and gets no empty parts
  if (notes.every((n) => n.remove) && !(commentsPath && pkg.has(commentsPath) && vmlPath && existingVml))
    return undefined;
  let comments: XDocument;
  if (commentsPath && pkg.has(commentsPath)) {
    comments = await pkg.requireXml(commentsPath);
  } else {
    const n = pkg.nextNumber(/^xl\/comments(\d+)\.xml$/);
    commentsPath = `xl/comments${n}.xml`;
    comments = pkg.createXml(
      commentsPath,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS.main}"><authors/><commentList/></comments>`,
    );
    await pkg.setOverride(commentsPath, CONTENT_TYPE.comments);
    await pkg.addRel(sheet.path, REL_TYPE.comments, commentsPath);
  }
  let vml: XDocument;
  if (vmlPath && existingVml) {
    vml = existingVml;
  } else {
    const n = pkg.nextNumber(/^xl\/drawings\/vmlDrawing(\d+)\.vml$/);
    vmlPath = `xl/drawings/vmlDrawing${n}.vml`;
    vml = pkg.createXml(vmlPath, vmlTemplate(await freeIdmap(pkg)));
    await pkg.ensureDefault("vml", CONTENT_TYPE.vml);
    const id = await pkg.addRel(sheet.path, REL_TYPE.vmlDrawing, vmlPath);
    const el = createLike(sheet.ws, "legacyDrawing");
    setNsAttr(el, NS.r, "r", "id", id);
    removeChildrenNamed(sheet.ws, "legacyDrawing");
    insertInOrder(sheet.ws, el, WORKSHEET_ORDER);
    sheet.touch();
  }
  pkg.touch(commentsPath);
  pkg.touch(vmlPath);

  const order = ["authors", "commentList", "extLst"] as const;
  const croot = root(comments);
  const authors = ensureChild(croot, "authors", order);
  let authorId = children(authors, "author").findIndex((a) => a.textContent === AUTHOR);
  if (authorId < 0) {
    const a = createLike(authors, "author");
    setText(a, AUTHOR);
    authors.appendChild(a);
    authorId = children(authors, "author").length - 1;
  }
  const list = ensureChild(croot, "commentList", order);

  const vroot = root(vml);
  if (!descendants(vroot, "shapetype").some((s) => s.getAttribute("id") === "_x0000_t202")) {
    importVml(vml, SHAPETYPE);
  }
  // Remove what the notes replace first, so a second run numbers its shapes exactly as the first did.
  for (const note of notes) {
    const ref = cellAddress(note.row, note.col);
    for (const c of children(list, "comment")) if (c.getAttribute("ref") === ref) list.removeChild(c);
    for (const s of descendants(vroot, "shape")) {
      const pos = notePosition(s);
      if (pos && pos.row === note.row && pos.col === note.col) s.parentNode?.removeChild(s);
    }
  }
  let nextId = Math.max(
    ...descendants(vroot, "shape").map((s) => Number(/(\d+)$/.exec(s.getAttribute("id") ?? "")?.[1] ?? 0)),
    idmapOf(vroot) * 1024,
  );
  for (const note of notes) {
    if (note.remove) continue;
    const c = createLike(list, "comment");
    c.setAttribute("ref", cellAddress(note.row, note.col));
    c.setAttribute("authorId", String(authorId));
    const text = createLike(list, "text");
    const r = createLike(list, "r");
    const t = createLike(list, "t");
    setText(t, xmlSafeText(note.text));
    r.appendChild(t);
    text.appendChild(r);
    c.appendChild(text);
    const later = children(list, "comment").find((e) => compareRefs(e.getAttribute("ref") ?? "", note) > 0);
    if (later) list.insertBefore(c, later);
    else list.appendChild(c);
    nextId += 1;
    // Shapes in the order of the comments: readers such as exceljs pair them by position.
    const laterShape = descendants(vroot, "shape").find((sh) => {
      const pos = notePosition(sh);
      return !!pos && (pos.row > note.row || (pos.row === note.row && pos.col > note.col));
    });
    importVml(vml, shapeXml(nextId, descendants(vroot, "shape").length + 1, note), laterShape);
  }
  return undefined;
}

function notePosition(shape: XElement): { row: number; col: number } | undefined {
  const data = descendants(shape, "ClientData")[0];
  if (!data || data.getAttribute("ObjectType") !== "Note") return undefined;
  return {
    row: Number(descendants(data, "Row")[0]?.textContent),
    col: Number(descendants(data, "Column")[0]?.textContent),
  };
}

function compareRefs(ref: string, note: NoteAt): number {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return -1;
  const row = Number(m[2]) - 1;
  if (row !== note.row) return row - note.row;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return col - note.col;
}

function idmapOf(vroot: XElement): number {
  const idmap = descendants(vroot, "idmap")[0];
  return Number((idmap?.getAttribute("data") ?? "1").split(",")[0]) || 1;
}

/** An o:idmap block number no other VML part of the workbook uses (shape ids derive from it). */
async function freeIdmap(pkg: OoxmlPackage): Promise<number> {
  const used = new Set<number>();
  for (const p of pkg.paths()) {
    if (!p.endsWith(".vml")) continue;
    const text = (await pkg.text(p)) ?? "";
    for (const m of text.matchAll(/idmap[^>]*data="([\d,]+)"/g))
      for (const d of m[1]!.split(",")) used.add(Number(d));
  }
  let n = 1;
  while (used.has(n)) n++;
  return n;
}

function removeChildrenNamed(parent: XElement, name: string): void {
  for (const c of children(parent, name)) parent.removeChild(c);
}

/** Drops the notes of an owned sheet that is being cleared. */
export async function dropNotes(pkg: OoxmlPackage, sheet: SheetEditor): Promise<void> {
  const rels = await pkg.rels(sheet.path);
  const legacy = child(sheet.ws, "legacyDrawing");
  const legacyId = legacy ? getNsAttr(legacy, NS.r, "id") : null;
  for (const r of rels) {
    // Header/footer pictures use VML too, under legacyDrawingHF: only the notes' drawing goes.
    if (r.type === REL_TYPE.comments || (r.type === REL_TYPE.vmlDrawing && r.id === legacyId)) {
      await pkg.removeRel(sheet.path, r.id);
      await pkg.removePart(r.target);
    }
  }
  removeChildrenNamed(sheet.ws, "legacyDrawing");
  sheet.touch();
}
