/**
 * A zip made in a test: files deflated whole, or entries of another archive copied as they are.
 * The writer itself only ever gets parts deflated as they stream (src/xlsx/ooxml/part-deflate.ts).
 */
import zlib from "node:zlib";
import type { ZipEntry } from "../../src/xlsx/ooxml/zip";
import { crc32, newEntry, writeZip } from "../../src/xlsx/ooxml/zip-node";

export function zipOf(items: ({ name: string; content: Uint8Array } | { raw: ZipEntry })[]): Buffer {
  return writeZip(
    items.map((i) =>
      "raw" in i
        ? i
        : { entry: newEntry(i.name, crc32(i.content), i.content.length, [zlib.deflateRawSync(i.content)]) },
    ),
  );
}
