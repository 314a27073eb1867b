/**
 * Checks inside the parts no schema makes: style indices in range of styles.xml, VML shape ids
 * and o:idmap blocks, overlapping merges. Worksheets are scanned as text (they can be large);
 * styles and VML parts are small enough for a tree or a scan.
 */
import { partText, type Parts } from "./parts";
import { targetsOf, type WorkbookModel, worksheetParts } from "./workbook";
import { attr, cellRef, children, parseXml, startTags } from "./xml";

/** the first custom number format id; lower ids are built in */
const FIRST_CUSTOM_NUMFMT = 164;

interface StyleCounts {
  part: string;
  cellXfs: number;
  dxfs: number;
}

/** styles.xml's own references (fonts, fills, borders, xfId, custom numFmtId), and its collection sizes. */
function styleCounts(parts: Parts, stylesPart: string, out: string[]): StyleCounts {
  const root = parseXml(partText(parts, stylesPart), stylesPart);
  const size = (name: string, item: string): number => {
    const el = children(root, name)[0];
    return el ? children(el, item).length : 0;
  };
  const fonts = size("fonts", "font");
  const fills = size("fills", "fill");
  const borders = size("borders", "border");
  const styleXfs = size("cellStyleXfs", "xf");
  const numFmts = new Set(
    (children(root, "numFmts")[0] ? children(children(root, "numFmts")[0]!, "numFmt") : []).map((n) =>
      Number(n.getAttribute("numFmtId")),
    ),
  );
  const inRange = (where: string, name: string, value: string | null, count: number): void => {
    if (value === null) return;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n >= count)
      out.push(`${stylesPart}: ${where} ${name}=${value}, but there are ${count}`);
  };
  for (const coll of ["cellStyleXfs", "cellXfs"]) {
    const el = children(root, coll)[0];
    (el ? children(el, "xf") : []).forEach((xf, i) => {
      const where = `${coll} xf #${i}`;
      inRange(where, "fontId", xf.getAttribute("fontId"), fonts);
      inRange(where, "fillId", xf.getAttribute("fillId"), fills);
      inRange(where, "borderId", xf.getAttribute("borderId"), borders);
      if (coll === "cellXfs") inRange(where, "xfId", xf.getAttribute("xfId"), styleXfs);
      const fmt = Number(xf.getAttribute("numFmtId") ?? 0);
      if (fmt >= FIRST_CUSTOM_NUMFMT && !numFmts.has(fmt))
        out.push(`${stylesPart}: ${where} numFmtId=${fmt} is not among its numFmts`);
    });
  }
  const cellStyles = children(root, "cellStyles")[0];
  for (const cs of cellStyles ? children(cellStyles, "cellStyle") : [])
    inRange(`cellStyle "${cs.getAttribute("name")}"`, "xfId", cs.getAttribute("xfId"), styleXfs);
  return { part: stylesPart, cellXfs: size("cellXfs", "xf"), dxfs: size("dxfs", "dxf") };
}

/** Style indices everywhere: styles.xml's own, and s= on cells and rows, style= on columns, dxfId on rules. */
export function checkStyles(parts: Parts, wb: WorkbookModel): string[] {
  const stylesPart = [...targetsOf(parts, wb.part).values()].find((p) => /styles\.xml$/i.test(p));
  if (!stylesPart || !parts.has(stylesPart)) return [];
  const out: string[] = [];
  const counts = styleCounts(parts, stylesPart, out);
  for (const { part } of worksheetParts(parts, wb)) {
    const xml = partText(parts, part);
    const check = (tag: string, what: string, name: string, count: number, label: string): void => {
      const v = attr(tag, name);
      if (v === null) return;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n >= count)
        out.push(`${part}: ${what} ${name}=${v}, but ${counts.part} has ${count} ${label}`);
    };
    for (const tag of startTags(xml, "c"))
      check(tag, `cell ${attr(tag, "r") ?? "?"}`, "s", counts.cellXfs, "cellXfs");
    for (const tag of startTags(xml, "row"))
      check(tag, `row ${attr(tag, "r") ?? "?"}`, "s", counts.cellXfs, "cellXfs");
    for (const tag of startTags(xml, "col"))
      check(tag, `col ${attr(tag, "min") ?? "?"}`, "style", counts.cellXfs, "cellXfs");
    for (const tag of startTags(xml, "cfRule"))
      check(tag, `rule priority ${attr(tag, "priority") ?? "?"}`, "dxfId", counts.dxfs, "dxfs");
  }
  return out;
}

interface Rect {
  ref: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function rect(ref: string): Rect | null {
  const [a, b = a] = ref.split(":");
  const p = cellRef(a ?? "");
  const q = cellRef(b ?? "");
  if (!p || !q) return null;
  return {
    ref,
    r1: Math.min(p.row, q.row),
    c1: Math.min(p.col, q.col),
    r2: Math.max(p.row, q.row),
    c2: Math.max(p.col, q.col),
  };
}

/** No two merges of one sheet share a cell; every merge ref is a range. */
export function checkMerges(parts: Parts, wb: WorkbookModel): string[] {
  const out: string[] = [];
  for (const { name, part } of worksheetParts(parts, wb)) {
    const rects: Rect[] = [];
    for (const tag of startTags(partText(parts, part), "mergeCell")) {
      const ref = attr(tag, "ref") ?? "";
      const r = rect(ref);
      if (r) rects.push(r);
      else out.push(`${part} (${name}): merge "${ref}" is not a range`);
    }
    rects.sort((a, b) => a.r1 - b.r1);
    for (let i = 0; i < rects.length; i++) {
      const a = rects[i]!;
      for (let j = i + 1; j < rects.length && rects[j]!.r1 <= a.r2; j++) {
        const b = rects[j]!;
        if (b.c1 <= a.c2 && a.c1 <= b.c2) out.push(`${part} (${name}): merges ${a.ref} and ${b.ref} overlap`);
      }
    }
  }
  return out;
}

/** VML shape numbers live in blocks of 1,024 (o:idmap data="1" owns 1024–2047). */
const BLOCK = 1024;

/** Shape ids unique across every VML part; o:idmap blocks not shared; a part's shapes inside its own blocks. */
export function checkVmlShapes(parts: Parts): string[] {
  const out: string[] = [];
  const shapeOwner = new Map<string, string>();
  const blockOwner = new Map<number, string>();
  for (const part of [...parts.keys()].filter((p) => /\.vml$/i.test(p)).sort()) {
    const xml = partText(parts, part);
    const blocks = new Set<number>();
    for (const tag of startTags(xml, "idmap"))
      for (const b of (attr(tag, "data") ?? "").split(/[\s,]+/).filter(Boolean)) blocks.add(Number(b));
    for (const b of blocks) {
      const other = blockOwner.get(b);
      if (other) out.push(`${part}: o:idmap block ${b} is also ${other}'s`);
      else blockOwner.set(b, part);
    }
    for (const tag of startTags(xml, "shape")) {
      const id = attr(tag, "o:spid") ?? attr(tag, "id");
      if (!id) continue;
      const other = shapeOwner.get(id);
      if (other) out.push(`${part}: shape id ${id} is also in ${other}`);
      else shapeOwner.set(id, part);
      const n = /^_x0000_s(\d+)$/.exec(id);
      if (n && blocks.size > 0 && !blocks.has(Math.floor(Number(n[1]) / BLOCK)))
        out.push(`${part}: shape id ${id} lies outside its o:idmap blocks [${[...blocks].join(",")}]`);
    }
  }
  return out;
}
