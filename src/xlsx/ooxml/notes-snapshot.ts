/**
 * The cells of a sheet that hold a note or a comment (SheetSnapshot.catatan), read from the sheet's
 * comments part: Excel keeps a legacy comment for every threaded comment too, so one part says it.
 */
import { relsPathOf, resolveTarget } from "../container";
import { attrValue, eachStartTag, TextScan } from "./xml-scan";

/**
 * The A1 cells (upper case, no "$") that hold a note on the sheet at `sheetPath`, in the order of its
 * comments part; none when it has no such part.
 */
export async function noteCells(
  read: (path: string) => Promise<string | undefined>,
  sheetPath: string | undefined,
): Promise<string[]> {
  if (!sheetPath) return [];
  const rels = await read(relsPathOf(sheetPath));
  const targets: string[] = [];
  eachStartTag(new TextScan(rels ?? ""), "<Relationship", ({ attrsFrom: from, attrsTo: to }) => {
    const [type, target, mode] = ["Type", "Target", "TargetMode"].map((n) => attrValue(rels!, n, from, to));
    if (target && type?.endsWith("/comments") && mode !== "External") targets.push(target);
  });
  const out = new Set<string>();
  for (const target of targets) {
    const xml = (await read(resolveTarget(sheetPath, target))) ?? "";
    eachStartTag(new TextScan(xml), "<comment", ({ attrsFrom: from, attrsTo: to }) => {
      const ref = attrValue(xml, "ref", from, to);
      if (ref !== undefined) out.add(ref.replace(/\$/g, "").toUpperCase());
    });
  }
  return [...out];
}
