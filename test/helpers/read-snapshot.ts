/**
 * An .xlsx file read into a WorkbookSnapshot in Node, for tests that look at what a run wrote. The
 * CLI reads through the gateway (src/xlsx/gateway.ts), which keeps the archive for the write.
 */
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { nodeZip } from "../../src/xlsx/ooxml/zip-node";
import { readPackageSnapshot } from "../../src/xlsx/package-snapshot";

export function readSnapshot(buffer: Uint8Array): Promise<WorkbookSnapshot> {
  return readPackageSnapshot(buffer, nodeZip);
}
