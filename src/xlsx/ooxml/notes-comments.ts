/** A sheet's comments part (xl/commentsN.xml) cut into its authors and comments, as text. */
import { normalizeLineEndings, refuse, ScanHandler, scanPart, StartTag, TEXT_RUN } from "./notes-scan";
import { Anak, Daftar, Entri, tokenText } from "./notes-text";
import { attrValue } from "./xml-scan";

export interface CommentsText {
  /** up to the authors element (or where it goes) */
  head: string;
  /** the authors (a new, empty one when the part has none) */
  authors: Daftar;
  /** between the authors and the comment list */
  middle: string;
  /** the comment list (a new, empty one when the part has none) */
  list: Daftar;
  /** from the comment list's end to the root's end */
  tail: string;
  /** the prefix the part's elements carry: "" or e.g. "x:" */
  prefix: string;
}

// Comments in exactly the form the add-in writes are read with one pattern instead of tag by tag.
const OWN_COMMENT = new RegExp(
  `<comment ref="([A-Z]+\\d+)" authorId="\\d+"><text><r><t(?: xml:space="preserve")?>${TEXT_RUN}+</t></r></text></comment>`,
  "y",
);

/** Where a list element sits in the part: its tag, its content and its end. */
interface Letak {
  tagStart: number;
  open: string;
  end: number;
}

function letakOf(tag: StartTag): Letak {
  return { tagStart: tag.start, open: `<${tag.name}${tag.attrs}`, end: tag.selfClosing ? tag.end : -1 };
}

/** Reads a comments part; throws Refused when it is not well-formed or not a comments part. */
export function readComments(source: string): CommentsText {
  const text = normalizeLineEndings(source);
  const authors = new Anak();
  const list = new Anak();
  let authorsAt: Letak | undefined;
  let listAt: Letak | undefined;
  let rootClose = -1;
  const inAuthors = () => !!authorsAt && authorsAt.end < 0;
  const inList = () => !!listAt && listAt.end < 0;
  const handler: ScanHandler = {
    quick(pos, depth) {
      if (depth !== 2 || !inList()) return undefined;
      OWN_COMMENT.lastIndex = pos;
      const own = OWN_COMMENT.exec(text);
      if (!own) return undefined;
      list.add(pos, OWN_COMMENT.lastIndex, { text: "", ref: own[1]! });
      return OWN_COMMENT.lastIndex;
    },
    start(tag, depth) {
      if (depth === 0) {
        if (tag.local !== "comments") refuse();
      } else if (depth === 1) {
        // the first of each counts; the schema has one authors before one commentList
        if (tag.local === "authors" && !authorsAt) {
          if (listAt) refuse();
          authorsAt = letakOf(tag);
        } else if (tag.local === "commentList" && !listAt) listAt = letakOf(tag);
      } else if (depth === 2 && (inAuthors() || inList())) {
        const into = inAuthors() ? authors : list;
        const entry: Entri = { text: "" };
        if (inAuthors() && tag.local === "author") entry.author = "";
        if (inList() && tag.local === "comment") entry.ref = attrValue(tag.attrs, "ref") ?? "";
        if (tag.selfClosing) into.add(tag.start, tag.end, entry);
        else into.begin(tag.start, entry);
      }
    },
    end(_name, start, end, depth) {
      if (depth === 0) rootClose = start;
      else if (depth === 1 && inAuthors()) authorsAt!.end = end;
      else if (depth === 1 && inList()) listAt!.end = end;
      else if (depth === 2 && inAuthors()) authors.finish(end);
      else if (depth === 2 && inList()) list.finish(end);
    },
    text(start, end, depth, kind) {
      if (depth === 2 && inAuthors()) authors.add(start, end, { text: "" });
      else if (depth === 2 && inList()) list.add(start, end, { text: "" });
      else if (depth >= 3 && inAuthors() && authors.current?.author !== undefined)
        authors.current.author += tokenText(text.slice(start, end), kind);
    },
  };
  const part = scanPart(text, handler);
  const p = part.rootTag.name.slice(0, part.rootTag.name.indexOf(":") + 1);
  const empty = (local: string, at: number): Letak => ({ tagStart: at, open: `<${p}${local}`, end: at });
  const listPlace = listAt ?? empty("commentList", authorsAt?.end ?? rootClose);
  const authorsPlace = authorsAt ?? empty("authors", listPlace.tagStart);
  const closeOf = (l: Letak, local: string) => `</${l.open.slice(1).split(/\s/)[0] ?? `${p}${local}`}>`;
  return {
    head: part.slice(part.bodyStart, authorsPlace.tagStart),
    authors: { open: authorsPlace.open, entries: authors.cut(part), close: closeOf(authorsPlace, "authors") },
    middle: part.slice(authorsPlace.end, listPlace.tagStart),
    list: { open: listPlace.open, entries: list.cut(part), close: closeOf(listPlace, "commentList") },
    tail: part.slice(listPlace.end, part.rootEnd),
    prefix: p,
  };
}
