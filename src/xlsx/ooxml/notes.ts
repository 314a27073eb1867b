/**
 * Legacy notes: xl/commentsN.xml holds the text, a VML drawing holds the yellow boxes Excel shows.
 * Both are read and written as text (notes-comments.ts, notes-vml.ts). A sheet that already has notes
 * keeps its parts; new notes join them, and a note the add-in wrote before on the same cell is
 * replaced. A note the add-in did not write is never replaced nor taken away.
 */
import { cellAddress } from "../../engine/address";
import type { Pesan } from "../../engine/model";
import { catatanPengguna, NOTE_PREFIX } from "../../engine/writeback/notes";
import { relsPathOf } from "../container";
import { CONTENT_TYPE, OoxmlPackage, REL_TYPE } from "./package";
import { cellKey, type NoteCells, noteCells, places, refPosition, shapeNumber } from "./notes-cells";
import { CommentsText, readComments } from "./notes-comments";
import { BLOCK, blocksInUse, idmapBlocks, lowestFree, ShapeIds } from "./notes-idmap";
import { Refused } from "./notes-scan";
import {
  commentXml,
  Daftar,
  Entri,
  noteShapeXml,
  O,
  SHAPETYPE,
  shapeLayoutXml,
  V,
  writeDaftar,
  X,
} from "./notes-text";
import { readVml, VmlText } from "./notes-vml";
import { type PartText, pieces } from "./part-pieces";
import type { SheetEditor } from "./sheet";
import { NS, xmlSafeText } from "./xml";
import { runsText } from "./xml-scan";

const AUTHOR = "Capaian Kinerja";

export interface NoteAt {
  row: number;
  col: number;
  text: string;
  /** take the note on this cell away instead of writing one */
  remove?: boolean;
}

const COMMENTS_TEMPLATE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS.main}"><authors/><commentList/></comments>`;

function vmlTemplate(block: number): string {
  return `<xml xmlns:v="${V}" xmlns:o="${O}" xmlns:x="${X}">${shapeLayoutXml([block])}${SHAPETYPE}</xml>`;
}

const UNREADABLE = (sheet: string, what: { id: string; en: string }): Pesan => ({
  id: `Catatan pada sheet "${sheet}" tidak ditulis: ${what.id} yang ada tidak dapat dibaca.`,
  en: `Notes on sheet "${sheet}" were not written: its existing ${what.en} cannot be read.`,
});
const VML = { id: "gambar catatan (VML)", en: "note drawing (VML)" };
const COMMENTS = { id: "bagian komentar", en: "comments part" };

/** The part's text and what `read` makes of it; undefined when it is not well-formed. */
async function readPart<T>(
  pkg: OoxmlPackage,
  path: string,
  read: (text: string) => T,
): Promise<T | undefined> {
  try {
    return read((await pkg.currentText(path)) ?? "");
  } catch (e) {
    if (e instanceof Refused) return undefined;
    throw e;
  }
}

/** Of the cells in `asked`, those whose comment the add-in did not write (its text does not start with NOTE_PREFIX). */
function userCells(comments: CommentsText | undefined, asked: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const e of comments?.list.entries ?? []) {
    const ref = e.ref?.replace(/\$/g, "").toUpperCase();
    if (ref === undefined || !asked.has(ref) || runsText(e.text).startsWith(NOTE_PREFIX)) continue;
    out.add(ref);
  }
  return out;
}

/**
 * Writes and takes away the sheet's notes; returns, for ApplyReport.skipped, the notes it left out:
 * all of them when a notes part cannot be read, and each note on a cell holding the user's own note.
 */
export async function writeNotes(pkg: OoxmlPackage, sheet: SheetEditor, all: NoteAt[]): Promise<Pesan[]> {
  if (!all.length) return [];
  const rels = await pkg.rels(sheet.path);
  const legacyId = sheet.relIdOf("legacyDrawing");
  let vmlPath = rels.find((r) => r.id === legacyId && r.type === REL_TYPE.vmlDrawing)?.target;
  let vml = vmlPath ? await readPart(pkg, vmlPath, readVml) : undefined;
  if (vmlPath && !vml) return [UNREADABLE(sheet.name, VML)];
  let commentsPath = rels.find((r) => r.type === REL_TYPE.comments)?.target;
  if (commentsPath && !pkg.has(commentsPath)) commentsPath = undefined;
  let comments = commentsPath ? await readPart(pkg, commentsPath, readComments) : undefined;
  if (commentsPath && !comments) return [UNREADABLE(sheet.name, COMMENTS)];

  // Defence in depth: whatever the plan says, a note the user wrote stays (a removal of one is dropped quietly).
  const theirs = userCells(comments, new Set(all.map((n) => cellAddress(n.row, n.col))));
  const skipped: Pesan[] = [];
  const notes = all.filter((n) => {
    const ref = cellAddress(n.row, n.col);
    if (!theirs.has(ref)) return true;
    if (!n.remove) skipped.push(catatanPengguna(sheet.name, ref));
    return false;
  });
  // only removals: a sheet without note parts has nothing to take away, and gets no empty parts
  if (!notes.length || (notes.every((n) => n.remove) && !(comments && vml))) return skipped;

  const keep = keeping(notes, comments, vml);
  const adding = notes.filter((n) => !n.remove);
  const cells = noteCells(adding);
  if (!comments || !commentsPath) {
    commentsPath = await newCommentsPart(pkg, sheet);
    comments = readComments(COMMENTS_TEMPLATE);
  }
  // the last of the add-in's notes gone and nothing else in the parts: the sheet is as it was before
  if (comments && vml && isEmptied(comments, vml, keep, adding.length)) {
    await dropNotes(pkg, sheet);
    return skipped;
  }
  const others = await blocksInUse(pkg, vmlPath);
  if (!vmlPath || !vml) {
    vmlPath = await newVmlPart(pkg, sheet);
    vml = readVml(vmlTemplate(lowestFree(others)));
  }
  pkg.createText(commentsPath, commentsXml(comments, adding, cells, keep));
  pkg.createText(vmlPath, vmlXml(vml, adding, cells, keep, others));
  return skipped;
}

/**
 * Which entries of the parts stay: all but the comments and shapes on a cell a note is written on
 * or taken from. The replaced entries are found once, here (a scan per note was quadratic), so what
 * the parts keep until they are written is a set of those (none on a sheet without notes), not the
 * cells of every note (two sets of strings, some 10 MB at 100,000 rows).
 */
function keeping(notes: NoteAt[], comments?: CommentsText, vml?: VmlText): (e: Entri) => boolean {
  const cells = new Set(notes.map((n) => cellKey(n.row, n.col)));
  const gone = new Set<Entri>();
  for (const e of comments?.list.entries ?? []) {
    // only a ref as cellAddress writes it names a note's cell (not "$E$5", "e5" or "E05")
    const pos = e.ref === undefined ? undefined : refPosition(e.ref);
    if (pos && cells.has(cellKey(pos.row, pos.col)) && cellAddress(pos.row, pos.col) === e.ref) gone.add(e);
  }
  for (const e of vml?.root.entries ?? []) if (e.pos && cells.has(cellKey(e.pos.row, e.pos.col))) gone.add(e);
  return (e) => !gone.has(e);
}

const isComment = (e: Entri) => e.ref !== undefined;
const isShape = (e: Entri) => e.id !== undefined;

/** True when no comment and no shape of any kind (a form control too) would be left. */
function isEmptied(
  comments: CommentsText,
  vml: VmlText,
  keep: (e: Entri) => boolean,
  adding: number,
): boolean {
  if (adding > 0) return false;
  return (
    keyedKept(comments.list, isComment, keep).length === 0 && keyedKept(vml.root, isShape, keep).length === 0
  );
}

function keyedKept(list: Daftar, keyed: (e: Entri) => boolean, keep: (e: Entri) => boolean): Entri[] {
  return list.entries.filter((e) => keyed(e) && keep(e));
}

/** The comments part with the author added once, replaced comments dropped and new ones in cell order. */
function commentsXml(
  c: CommentsText,
  adding: NoteAt[],
  cells: NoteCells,
  keep: (e: Entri) => boolean,
): PartText {
  const names = c.authors.entries.filter((e) => e.author !== undefined).map((e) => e.author);
  let authorId = names.indexOf(AUTHOR);
  let authors = c.authors.entries.map((e) => e.text).join("");
  if (authorId < 0 && adding.length) {
    authors += `<${c.prefix}author>${AUTHOR}</${c.prefix}author>`;
    authorId = names.length;
  }
  const kept = keyedKept(c.list, isComment, keep).map((e) => refPosition(e.ref!));
  const p = places(kept, adding);
  // the notes' cells and texts, not the notes (`adding` is garbage once the part is set)
  const { rows, cols, texts } = cells;
  const make = (k: number) =>
    commentXml(cellAddress(rows[k]!, cols[k]!), authorId, xmlSafeText(texts[k]!), c.prefix);
  const authorsXml = authors ? `${c.authors.open}>${authors}${c.authors.close}` : `${c.authors.open}/>`;
  return pieces(function* () {
    yield c.head + authorsXml + c.middle;
    yield* writeDaftar(c.list, keep, isComment, make, p.at, p.order);
    yield c.tail;
  });
}

/**
 * The VML drawing with replaced shapes dropped and new ones in cell order. Ids and z-order follow
 * the order the notes came in; the ids come from the drawing's own blocks (notes-idmap.ts), which
 * its o:idmap lists afterwards (one is added to a drawing that has none).
 */
function vmlXml(
  vml: VmlText,
  adding: NoteAt[],
  cells: NoteCells,
  keep: (e: Entri) => boolean,
  others: Set<number>,
): PartText {
  const remaining = keyedKept(vml.root, isShape, keep);
  // A loop, not Math.max(...ids): spreading thousands of shape ids overflows the call stack.
  let highest = 0;
  // the blocks its shape ids fall in are the drawing's own, with or without an o:idmap
  const derived = new Set<number>();
  for (const s of remaining) {
    const id = shapeNumber(s.id!);
    if (id > highest) highest = id;
    if (s.id!.startsWith("_x0000_s")) derived.add(Math.floor(id / BLOCK));
  }
  const ids = new ShapeIds(
    [...idmapBlocks(vml.idmap), ...[...derived].sort((a, b) => a - b)],
    highest,
    others,
  );
  const firstZ = remaining.length + 1;
  const declare = (xml: string) =>
    vml.declarations ? xml.replace(/^<[\w:]+/, `$&${vml.declarations}`) : xml;
  // the ids taken now, in the notes' order; each box's text is made when the part is written
  const shapeIds = Int32Array.from(adding, () => ids.take());
  const { rows, cols } = cells;
  const make = (k: number) => declare(noteShapeXml(shapeIds[k]!, firstZ + k, rows[k]!, cols[k]!));
  const p = places(
    remaining.map((s) => s.pos),
    adding,
  );
  const root: Daftar = { ...vml.root, entries: withIdmap(vml, ids.blocks, declare) };
  if (!vml.hasNoteShapetype && adding.length) {
    // before the first shape, so every box finds the type it refers to
    const at = root.entries.findIndex(isShape);
    root.entries.splice(at < 0 ? root.entries.length : at, 0, { text: declare(SHAPETYPE) });
  }
  return pieces(() => writeDaftar(root, keep, isShape, make, p.at, p.order));
}

/** The drawing's entries with its o:idmap listing every block it now uses (added first when it has none). */
function withIdmap(vml: VmlText, blocks: number[], declare: (xml: string) => string): Entri[] {
  const listed = idmapBlocks(vml.idmap);
  const data = [...listed, ...blocks.filter((b) => !listed.includes(b))].join(",");
  if (vml.idmap === null) return [{ text: declare(shapeLayoutXml(blocks)) }, ...vml.root.entries];
  if (data === vml.idmap) return vml.root.entries;
  return vml.root.entries.map((e) =>
    e.idmap ? { ...e, text: e.text.replace(/(\bidmap\b[^>]*?\bdata\s*=\s*["'])[^"']*/, `$1${data}`) } : e,
  );
}

/** Registers a new comments part for the sheet (content type and relationship); returns its path. */
async function newCommentsPart(pkg: OoxmlPackage, sheet: SheetEditor): Promise<string> {
  const path = `xl/comments${pkg.nextNumber(/^xl\/comments(\d+)\.xml$/)}.xml`;
  await pkg.setOverride(path, CONTENT_TYPE.comments);
  // Comments before VML in the relationships: some readers (exceljs) pair them only in that order.
  await pkg.addRel(sheet.path, REL_TYPE.comments, path);
  return path;
}

/** Registers a new VML drawing for the sheet and points its legacyDrawing at it; returns its path. */
async function newVmlPart(pkg: OoxmlPackage, sheet: SheetEditor): Promise<string> {
  const path = `xl/drawings/vmlDrawing${pkg.nextNumber(/^xl\/drawings\/vmlDrawing(\d+)\.vml$/)}.vml`;
  await pkg.ensureDefault("vml", CONTENT_TYPE.vml);
  sheet.setRelChild("legacyDrawing", await pkg.addRel(sheet.path, REL_TYPE.vmlDrawing, path));
  return path;
}

/** Drops the notes of an owned sheet that is being cleared. */
export async function dropNotes(pkg: OoxmlPackage, sheet: SheetEditor): Promise<void> {
  const rels = await pkg.rels(sheet.path);
  const legacyId = sheet.relIdOf("legacyDrawing");
  for (const r of rels) {
    // Header/footer pictures use VML too, under legacyDrawingHF: only the notes' drawing goes.
    if (r.type === REL_TYPE.comments || (r.type === REL_TYPE.vmlDrawing && r.id === legacyId)) {
      await pkg.removeRel(sheet.path, r.id);
      await pkg.removePart(r.target);
    }
  }
  sheet.removeRelChild("legacyDrawing");
  // a relationships part with nothing left in it goes too (the sheet had none before its first note)
  if ((await pkg.rels(sheet.path)).length === 0 && pkg.has(relsPathOf(sheet.path)))
    pkg.remove(relsPathOf(sheet.path));
  sheet.touch();
}
