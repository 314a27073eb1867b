/**
 * .xlsx → WorkbookSnapshot in Node, with the values Office.js would give for the same file, so the
 * reader sees one shape whichever host it runs in (package-snapshot.ts reads the XML itself; the
 * browser preview calls it with its own inflate).
 */
import type { WorkbookSnapshot } from "../engine/snapshot";
import { nodeZip } from "./ooxml/zip-node";
import { readPackageSnapshot } from "./package-snapshot";

/** Reads an .xlsx file the way the Excel gateway reads an open workbook. */
export function readSnapshot(buffer: Uint8Array): Promise<WorkbookSnapshot> {
  return readPackageSnapshot(buffer, nodeZip);
}

/** True when no sheet holds a single value. */
export function isEmptySnapshot(snapshot: WorkbookSnapshot): boolean {
  return snapshot.sheets.every((s) => s.values.every((row) => row.every((v) => v === "")));
}
