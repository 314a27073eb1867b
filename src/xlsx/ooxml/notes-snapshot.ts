/**
 * The cells of a sheet that hold a note or a comment (SheetSnapshot.catatan), read from the sheet's
 * comments part: Excel keeps a legacy comment for every threaded comment too, so one part says it.
 */
import { decodeText } from "./notes-scan";

const REL = /<Relationship\b[^>]*>/g;
const COMMENTS_REL = /\bType\s*=\s*["'][^"']*\/comments["']/;
const TARGET = /\bTarget\s*=\s*["']([^"']*)["']/;
const MODE_EXTERNAL = /\bTargetMode\s*=\s*["']External["']/;
const REF = /<(?:[\w.-]+:)?comment\b[^>]*?\sref\s*=\s*["']([^"']*)["']/g;

/** A relationship target as a part path, relative to the folder of `source`. */
function resolve(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const out = source.split("/").slice(0, -1);
  for (const p of target.split("/")) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/**
 * The A1 cells (upper case, no "$") that hold a note on the sheet at `sheetPath`, in the order of its
 * comments part; none when it has no such part.
 */
export async function noteCells(
  read: (path: string) => Promise<string | undefined>,
  sheetPath: string | undefined,
): Promise<string[]> {
  if (!sheetPath) return [];
  const slash = sheetPath.lastIndexOf("/");
  const rels = await read(`${sheetPath.slice(0, slash + 1)}_rels/${sheetPath.slice(slash + 1)}.rels`);
  const out = new Set<string>();
  for (const [rel] of rels?.matchAll(REL) ?? []) {
    const target = TARGET.exec(rel)?.[1];
    if (!target || !COMMENTS_REL.test(rel) || MODE_EXTERNAL.test(rel)) continue;
    const xml = await read(resolve(sheetPath, decodeText(target)));
    for (const m of xml?.matchAll(REF) ?? []) out.add(decodeText(m[1]!).replace(/\$/g, "").toUpperCase());
  }
  return [...out];
}
