/** A sheet's VML drawing cut into its shapes (the notes' yellow boxes), as text. */
import { normalizeLineEndings, ScanHandler, scanPart, StartTag } from "./notes-scan";
import { CellPos } from "./notes-cells";
import { Anak, Daftar, Entri, O, shapeXml, tokenText, V, X } from "./notes-text";
import type { TextKind } from "./notes-scan";
import { attrValue } from "./xml-scan";

export interface VmlText {
  /** the root, whose children are the shapes; its `open` carries everything before the root's content */
  root: Daftar;
  /** the data of the first o:idmap, null when there is none */
  idmap: string | null;
  hasNoteShapetype: boolean;
  /** declarations a new element needs where the root does not bind v, o and x as the add-in writes them */
  declarations: string;
}

// Shapes in exactly the form the add-in writes are read with one pattern instead of tag by tag.
const OWN_SHAPE = new RegExp(
  shapeXml("(\\d+)", "\\d+", "(\\d+)", "(\\d+)", "[\\d, ]*").replace(/[.]/g, "\\."),
  "y",
);

/** The cell of a shape scanned tag by tag: its first x:ClientData, and in it the first Row and Column. */
class PosisiShape {
  private dataDepth = -1;
  private dataDone = false;
  private isNote = false;
  private row: string | undefined;
  private col: string | undefined;
  /** the Row or Column being read, and its depth */
  private reading: "row" | "col" | undefined;
  private readingDepth = -1;

  start(tag: StartTag, depth: number): void {
    if (this.dataDepth < 0) {
      if (tag.local === "ClientData") {
        this.dataDepth = depth;
        this.isNote = attrValue(tag.attrs, "ObjectType") === "Note";
        if (tag.selfClosing) this.dataDone = true;
      }
      return;
    }
    if (this.dataDone || this.reading) return;
    const which =
      tag.local === "Row" && this.row === undefined
        ? "row"
        : tag.local === "Column" && this.col === undefined
          ? "col"
          : undefined;
    if (!which) return;
    this[which] = "";
    if (!tag.selfClosing) {
      this.reading = which;
      this.readingDepth = depth;
    }
  }

  end(depth: number): void {
    if (this.reading && depth === this.readingDepth) this.reading = undefined;
    else if (depth === this.dataDepth) this.dataDone = true;
  }

  text(raw: string, kind: TextKind): void {
    if (this.reading) this[this.reading] += tokenText(raw, kind);
  }

  result(): CellPos {
    if (this.dataDepth < 0 || !this.isNote) return undefined;
    return { row: Number(this.row), col: Number(this.col) };
  }
}

/** The root's missing bindings of v, o and x, to be declared on each new element instead. */
function missingDeclarations(root: StartTag): string {
  return Object.entries({ v: V, o: O, x: X })
    .filter(([p, uri]) => attrValue(root.attrs, `xmlns:${p}`) !== uri)
    .map(([p, uri]) => ` xmlns:${p}="${uri}"`)
    .join("");
}

/**
 * Reads a VML drawing; throws Refused when it is not well-formed. The entries are the root's
 * children, and the children of shape groups in their place (a group's tags are entries of their own),
 * so a note's shape inside a group is found and replaced like any other.
 */
export function readVml(source: string): VmlText {
  const text = normalizeLineEndings(source);
  const shapes = new Anak();
  let shape: PosisiShape | undefined;
  let idmap: string | null | undefined;
  let hasNoteShapetype = false;
  let declarations = "";
  /** depths of the open groups: their children are entries too */
  const groups: number[] = [];
  const listDepth = () => groups.length + 1;
  const handler: ScanHandler = {
    quick(at, depth) {
      if (depth !== listDepth()) return undefined;
      OWN_SHAPE.lastIndex = at;
      const own = OWN_SHAPE.exec(text);
      if (!own) return undefined;
      const pos = { row: Number(own[2]), col: Number(own[3]) };
      shapes.add(at, OWN_SHAPE.lastIndex, { text: "", id: `_x0000_s${own[1]!}`, pos });
      return OWN_SHAPE.lastIndex;
    },
    start(tag, depth) {
      if (depth === 0) {
        declarations = missingDeclarations(tag);
        return;
      }
      if (tag.local === "shapetype" && attrValue(tag.attrs, "id") === "_x0000_t202") hasNoteShapetype = true;
      if (depth === listDepth()) {
        if (tag.local === "group" && !tag.selfClosing) {
          shapes.add(tag.start, tag.end, { text: "" });
          groups.push(depth);
          return;
        }
        const entry: Entri = { text: "" };
        if (tag.local === "shape") {
          entry.id = attrValue(tag.attrs, "id") ?? "";
          shape = tag.selfClosing ? undefined : new PosisiShape();
        }
        if (tag.selfClosing) shapes.add(tag.start, tag.end, entry);
        else shapes.begin(tag.start, entry);
      } else {
        shape?.start(tag, depth);
      }
      if (tag.local === "idmap" && idmap === undefined) {
        idmap = attrValue(tag.attrs, "data") ?? null;
        const holder = depth === listDepth() ? (shapes.current ?? shapes.entries.at(-1)) : shapes.current;
        if (holder) holder.idmap = true;
      }
    },
    end(_name, start, end, depth) {
      if (groups.length && depth === groups.at(-1)) {
        groups.pop();
        shapes.add(start, end, { text: "" });
      } else if (depth === listDepth()) {
        if (shape) shapes.current!.pos = shape.result();
        shape = undefined;
        shapes.finish(end);
      } else if (depth > listDepth()) shape?.end(depth);
    },
    text(start, end, depth, kind) {
      if (depth === listDepth()) shapes.add(start, end, { text: "" });
      else shape?.text(text.slice(start, end), kind);
    },
  };
  const part = scanPart(text, handler);
  return {
    root: {
      open: part.slice(part.bodyStart, part.rootTag.end - 1),
      entries: shapes.cut(part),
      close: `</${part.rootTag.name}>`,
    },
    idmap: idmap ?? null,
    hasNoteShapetype,
    declarations,
  };
}
