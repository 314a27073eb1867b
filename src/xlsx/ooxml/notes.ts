/**
 * Legacy notes: xl/commentsN.xml holds the text, a VML drawing holds the yellow boxes Excel shows.
 * A sheet that already has notes keeps its parts; new notes join them (a note on the same cell is replaced).
 */
import { CONTENT_TYPE, OoxmlPackage, REL_TYPE, Relationship } from "./package";
import {
  ascending,
  cellKey,
  cellOrder,
  compareCells,
  isLater,
  placesInList,
  refPosition,
  shapeNumber,
} from "./notes-cells";
import { Refused } from "./notes-scan";
import {
  CommentsText,
  Daftar,
  Entri,
  O,
  V,
  VmlText,
  X,
  commentXml,
  noteShapeXml,
  readComments,
  readVml,
  writeDaftar,
} from "./notes-text";
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

export interface NoteAt {
  row: number;
  col: number;
  text: string;
  /** take the note on this cell away instead of writing one */
  remove?: boolean;
}

const COMMENTS_TEMPLATE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS.main}"><authors/><commentList/></comments>`;

function vmlTemplate(idmap: number): string {
  return (
    `<xml xmlns:v="${V}" xmlns:o="${O}" xmlns:x="${X}"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/>` +
    `</o:shapelayout>${SHAPETYPE.replace(/ xmlns:\w+="[^"]*"/g, "")}</xml>`
  );
}

const SHAPETYPE =
  `<v:shapetype xmlns:v="${V}" xmlns:o="${O}" id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
  `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

/** Appends a VML fragment to the root of `doc`. */
function importVml(doc: XDocument, xml: string, before?: XElement): XElement {
  const el = doc.importNode(root(parseXml(xml, "vml fragment")), true) as XElement;
  if (before?.parentNode) before.parentNode.insertBefore(el, before);
  else root(doc).appendChild(el);
  dropRedundantNamespaces(el);
  return el;
}

export interface NotesOptions {
  /** Write through xmldom trees even where the text writer could (tests compare the two). */
  tree?: boolean;
}

const UNREADABLE_VML = (sheet: string) =>
  `Catatan pada sheet "${sheet}" tidak ditulis: gambar catatan (VML) yang ada tidak dapat dibaca. / Notes on sheet "${sheet}" were not written: its existing note drawing (VML) cannot be read.`;

/** Adds the notes; returns a sentence for ApplyReport.skipped when the sheet's VML cannot be edited. */
export async function writeNotes(
  pkg: OoxmlPackage,
  sheet: SheetEditor,
  notes: NoteAt[],
  options: NotesOptions = {},
): Promise<string | undefined> {
  if (!notes.length) return undefined;
  const rels = await pkg.rels(sheet.path);
  const legacy = child(sheet.ws, "legacyDrawing");
  const legacyId = legacy ? getNsAttr(legacy, NS.r, "id") : null;
  const vmlPath = rels.find((r) => r.id === legacyId && r.type === REL_TYPE.vmlDrawing)?.target;
  if (!options.tree && (await writeNotesAsText(pkg, sheet, notes, rels, vmlPath))) return undefined;
  return writeNotesTree(pkg, sheet, notes, rels, vmlPath);
}

/** The parts as xmldom trees: for every form of part the text writer does not take. */
async function writeNotesTree(
  pkg: OoxmlPackage,
  sheet: SheetEditor,
  notes: NoteAt[],
  rels: Relationship[],
  existingVmlPath: string | undefined,
): Promise<string | undefined> {
  // The VML must be readable before anything is added, so a sheet whose VML is not XML is skipped whole.
  let vmlPath = existingVmlPath;
  let existingVml: XDocument | undefined;
  if (vmlPath) {
    try {
      existingVml = await pkg.requireXml(vmlPath);
    } catch {
      return UNREADABLE_VML(sheet.name);
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
    commentsPath = await newCommentsPart(pkg, sheet);
    comments = pkg.createXml(commentsPath, COMMENTS_TEMPLATE);
  }
  let vml: XDocument;
  if (vmlPath && existingVml) {
    vml = existingVml;
  } else {
    vmlPath = await newVmlPart(pkg, sheet);
    vml = pkg.createXml(vmlPath, vmlTemplate(await freeIdmap(pkg)));
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
  // One pass over each list with the replaced cells in a set: a scan per note was quadratic.
  const replacedRefs = new Set<string>();
  const replacedCells = new Set<string>();
  for (const note of notes) {
    replacedRefs.add(cellAddress(note.row, note.col));
    replacedCells.add(cellKey(note.row, note.col));
  }
  for (const c of children(list, "comment")) {
    if (replacedRefs.has(c.getAttribute("ref") ?? "")) list.removeChild(c);
  }
  const remaining: XElement[] = [];
  for (const s of descendants(vroot, "shape")) {
    const pos = notePosition(s);
    if (pos && replacedCells.has(cellKey(pos.row, pos.col))) s.parentNode?.removeChild(s);
    else remaining.push(s);
  }
  // A loop, not Math.max(...ids): spreading thousands of shape ids overflows the call stack.
  let nextId = idmapOf(vroot) * 1024;
  for (const s of remaining) {
    const id = shapeNumber(s.getAttribute("id") ?? "");
    if (id > nextId) nextId = id;
  }
  const adding = notes.filter((n) => !n.remove);
  if (!adding.length) return undefined;
  // Ids and z-order follow the order the notes came in; the place in each list follows the cell.
  const firstZ = remaining.length + 1;
  const shapes = adding.map((note, k) => buildShape(vml, nextId + 1 + k, firstZ + k, note));
  const newComments = adding.map((note) => {
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
    return c;
  });
  const existingComments = children(list, "comment").map((c) => refPosition(c.getAttribute("ref") ?? ""));
  const existingShapes = remaining.map((s) => notePosition(s));
  if (!ascending(existingComments) || !ascending(existingShapes)) {
    // An unsorted list (written by hand or another tool): the note-by-note search keeps its order rules.
    adding.forEach((note, k) => insertOneByOne(list, vroot, note, newComments[k]!, shapes[k]!));
    return undefined;
  }
  // Both lists are in cell order, so each note goes before the first existing entry on a later cell;
  // taking the notes in cell order (ties in their own order) lets one cursor walk each list once.
  const byCell = adding.map((_, k) => k).sort((a, b) => compareCells(adding[a]!, adding[b]!) || a - b);
  const commentEls = children(list, "comment");
  let ci = 0;
  let si = 0;
  for (const k of byCell) {
    const note = adding[k]!;
    while (ci < commentEls.length && !isLater(existingComments[ci], note)) ci++;
    const laterComment = commentEls[ci];
    if (laterComment) list.insertBefore(newComments[k]!, laterComment);
    else list.appendChild(newComments[k]!);
    // Shapes in the order of the comments: readers such as exceljs pair them by position.
    while (si < remaining.length && !isLater(existingShapes[si], note)) si++;
    placeShape(vroot, shapes[k]!, remaining[si]);
  }
  return undefined;
}

/** Registers a new comments part for the sheet (content type and relationship); returns its path. */
async function newCommentsPart(pkg: OoxmlPackage, sheet: SheetEditor): Promise<string> {
  const path = `xl/comments${pkg.nextNumber(/^xl\/comments(\d+)\.xml$/)}.xml`;
  await pkg.setOverride(path, CONTENT_TYPE.comments);
  await pkg.addRel(sheet.path, REL_TYPE.comments, path);
  return path;
}

/** Registers a new VML drawing for the sheet and points its legacyDrawing at it; returns its path. */
async function newVmlPart(pkg: OoxmlPackage, sheet: SheetEditor): Promise<string> {
  const path = `xl/drawings/vmlDrawing${pkg.nextNumber(/^xl\/drawings\/vmlDrawing(\d+)\.vml$/)}.vml`;
  await pkg.ensureDefault("vml", CONTENT_TYPE.vml);
  const id = await pkg.addRel(sheet.path, REL_TYPE.vmlDrawing, path);
  const el = createLike(sheet.ws, "legacyDrawing");
  setNsAttr(el, NS.r, "r", "id", id);
  removeChildrenNamed(sheet.ws, "legacyDrawing");
  insertInOrder(sheet.ws, el, WORKSHEET_ORDER);
  sheet.touch();
  return path;
}

/** A part's text as stored, when no step of this run has changed it (its tree would be newer). */
async function savedText(pkg: OoxmlPackage, path: string): Promise<string | undefined> {
  if (pkg.changedParts().includes(path)) return undefined;
  return pkg.text(path);
}

/** `read` on the part's text; undefined when the text writer does not take that form. */
function tryRead<T>(text: string, read: (text: string) => T): T | undefined {
  try {
    return read(text);
  } catch (e) {
    if (e instanceof Refused) return undefined;
    throw e;
  }
}

/**
 * The notes written as text (see notes-text.ts); false, with nothing changed, when a part is in a form
 * only the tree writer handles. Mirrors writeNotesTree step by step, so both leave the same bytes.
 */
async function writeNotesAsText(
  pkg: OoxmlPackage,
  sheet: SheetEditor,
  notes: NoteAt[],
  rels: Relationship[],
  existingVmlPath: string | undefined,
): Promise<boolean> {
  let vmlPath = existingVmlPath;
  let vml: VmlText | undefined;
  if (vmlPath) {
    const text = await savedText(pkg, vmlPath);
    vml = text === undefined ? undefined : tryRead(text, readVml);
    if (!vml || !vml.hasNoteShapetype) return false;
  }
  let commentsPath = rels.find((r) => r.type === REL_TYPE.comments)?.target;
  let comments: CommentsText | undefined;
  if (commentsPath && pkg.has(commentsPath)) {
    const text = await savedText(pkg, commentsPath);
    comments = text === undefined ? undefined : tryRead(text, readComments);
    if (!comments) return false;
  }
  if (notes.every((n) => n.remove) && !(comments && vml)) return true;

  const replacedRefs = new Set<string>();
  const replacedCells = new Set<string>();
  for (const note of notes) {
    replacedRefs.add(cellAddress(note.row, note.col));
    replacedCells.add(cellKey(note.row, note.col));
  }
  const keepComment = (e: Entri) => e.ref === undefined || !replacedRefs.has(e.ref);
  const keepShape = (e: Entri) => !e.pos || !replacedCells.has(cellKey(e.pos.row, e.pos.col));
  const adding = notes.filter((n) => !n.remove);
  // The tree writer inserts note by note into an unsorted list; that search stays with it.
  if (
    adding.length &&
    comments &&
    !ascending(keyedKept(comments.list, isComment, keepComment).map((e) => refPosition(e.ref!)))
  )
    return false;
  if (adding.length && vml && !ascending(keyedKept(vml.root, isShape, keepShape).map((e) => e.pos)))
    return false;

  if (!comments) {
    commentsPath = await newCommentsPart(pkg, sheet);
    comments = readComments(COMMENTS_TEMPLATE);
  }
  if (!vmlPath || !vml) {
    vmlPath = await newVmlPart(pkg, sheet);
    vml = readVml(vmlTemplate(await freeIdmap(pkg)));
  }
  pkg.createText(commentsPath!, commentsXml(comments, adding, keepComment));
  pkg.createText(vmlPath, vmlXml(vml, adding, keepShape));
  return true;
}

const isComment = (e: Entri) => e.ref !== undefined;
const isShape = (e: Entri) => e.id !== undefined;

function keyedKept(list: Daftar, keyed: (e: Entri) => boolean, keep: (e: Entri) => boolean): Entri[] {
  return list.entries.filter((e) => keyed(e) && keep(e));
}

/** The comments part with the author added once, replaced comments dropped and new ones in cell order. */
function commentsXml(c: CommentsText, adding: NoteAt[], keep: (e: Entri) => boolean): string {
  const names = c.authors.entries.filter((e) => e.author !== undefined).map((e) => e.author);
  let authorId = names.indexOf(AUTHOR);
  let authors = c.authors.entries.map((e) => e.text).join("");
  if (authorId < 0) {
    authors += `<author>${AUTHOR}</author>`;
    authorId = names.length;
  }
  const byCell = cellOrder(adding);
  const kept = keyedKept(c.list, isComment, keep).map((e) => refPosition(e.ref!));
  const added = adding.map((n) => commentXml(cellAddress(n.row, n.col), authorId, xmlSafeText(n.text)));
  const list = writeDaftar(c.list, keep, isComment, added, placesInList(kept, adding, byCell), byCell);
  const authorsXml = authors ? `${c.authors.open}>${authors}${c.authors.close}` : `${c.authors.open}/>`;
  return c.head + authorsXml + c.middle + list + c.tail;
}

/** The VML drawing with replaced shapes dropped and new ones in cell order, numbered as the tree writer does. */
function vmlXml(vml: VmlText, adding: NoteAt[], keep: (e: Entri) => boolean): string {
  const remaining = keyedKept(vml.root, isShape, keep);
  // A loop, not Math.max(...ids): spreading thousands of shape ids overflows the call stack.
  let nextId = idmapNumber(vml.idmap) * 1024;
  for (const s of remaining) {
    const id = shapeNumber(s.id!);
    if (id > nextId) nextId = id;
  }
  const firstZ = remaining.length + 1;
  const added = adding.map((n, k) => noteShapeXml(nextId + 1 + k, firstZ + k, n.row, n.col));
  const byCell = cellOrder(adding);
  const at = placesInList(
    remaining.map((s) => s.pos),
    adding,
    byCell,
  );
  return writeDaftar(vml.root, keep, isShape, added, at, byCell);
}

function placeShape(vroot: XElement, shape: XElement, before: XElement | undefined): void {
  if (before?.parentNode) before.parentNode.insertBefore(shape, before);
  else vroot.appendChild(shape);
  dropRedundantNamespaces(shape);
}

function insertOneByOne(list: XElement, vroot: XElement, note: NoteAt, c: XElement, shape: XElement): void {
  const later = children(list, "comment").find((e) =>
    isLater(refPosition(e.getAttribute("ref") ?? ""), note),
  );
  if (later) list.insertBefore(c, later);
  else list.appendChild(c);
  placeShape(
    vroot,
    shape,
    descendants(vroot, "shape").find((sh) => isLater(notePosition(sh), note)),
  );
}

const XMLNS = "http://www.w3.org/2000/xmlns/";

/**
 * A note's yellow box, built in the document directly: parsing and importing a fragment per note
 * was most of the cost of writing thousands of notes.
 */
function buildShape(doc: XDocument, id: number, z: number, note: NoteAt): XElement {
  const { row, col } = note;
  const el = (ns: string | null, qname: string, attrs: [string, string][] = [], text?: string) => {
    const e = doc.createElementNS(ns, qname);
    for (const [name, value] of attrs) {
      if (name.startsWith("o:")) e.setAttributeNS(O, name, value);
      else e.setAttribute(name, value);
    }
    if (text !== undefined) e.appendChild(doc.createTextNode(text));
    return e;
  };
  const shape = doc.createElementNS(V, "v:shape");
  // The declarations the parsed fragment carried; placeShape drops those the root already makes.
  shape.setAttributeNS(XMLNS, "xmlns:v", V);
  shape.setAttributeNS(XMLNS, "xmlns:o", O);
  shape.setAttributeNS(XMLNS, "xmlns:x", X);
  shape.setAttribute("id", `_x0000_s${id}`);
  shape.setAttribute("type", "#_x0000_t202");
  shape.setAttribute(
    "style",
    `position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${z};visibility:hidden`,
  );
  shape.setAttribute("fillcolor", "#ffffe1");
  shape.setAttributeNS(O, "o:insetmode", "auto");
  shape.appendChild(el(V, "v:fill", [["color2", "#ffffe1"]]));
  shape.appendChild(
    el(V, "v:shadow", [
      ["on", "t"],
      ["color", "black"],
      ["obscured", "t"],
    ]),
  );
  shape.appendChild(el(V, "v:path", [["o:connecttype", "none"]]));
  const textbox = el(V, "v:textbox", [["style", "mso-direction-alt:auto"]]);
  textbox.appendChild(el(null, "div", [["style", "text-align:left"]]));
  shape.appendChild(textbox);
  const data = el(X, "x:ClientData", [["ObjectType", "Note"]]);
  data.appendChild(el(X, "x:MoveWithCells"));
  data.appendChild(el(X, "x:SizeWithCells"));
  data.appendChild(el(X, "x:Anchor", [], `${col + 1}, 15, ${row}, 10, ${col + 3}, 15, ${row + 4}, 4`));
  data.appendChild(el(X, "x:AutoFill", [], "False"));
  data.appendChild(el(X, "x:Row", [], String(row)));
  data.appendChild(el(X, "x:Column", [], String(col)));
  shape.appendChild(data);
  return shape;
}

function notePosition(shape: XElement): { row: number; col: number } | undefined {
  const data = descendants(shape, "ClientData")[0];
  if (!data || data.getAttribute("ObjectType") !== "Note") return undefined;
  return {
    row: Number(descendants(data, "Row")[0]?.textContent),
    col: Number(descendants(data, "Column")[0]?.textContent),
  };
}

function idmapOf(vroot: XElement): number {
  return idmapNumber(descendants(vroot, "idmap")[0]?.getAttribute("data") ?? null);
}

/** The first block of an o:idmap data attribute; 1 when there is none. */
function idmapNumber(data: string | null): number {
  return Number((data ?? "1").split(",")[0]) || 1;
}

/** An o:idmap block number no other VML part of the workbook uses (shape ids derive from it). */
async function freeIdmap(pkg: OoxmlPackage): Promise<number> {
  const used = new Set<number>();
  for (const p of pkg.paths()) {
    if (!p.endsWith(".vml")) continue;
    // Parts made earlier in this run count too: two sheets given notes at once need their own blocks.
    const text = (await pkg.currentText(p)) ?? "";
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
