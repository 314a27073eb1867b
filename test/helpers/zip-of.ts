/**
 * A zip made in a test: files deflated whole, or entries of another archive copied as they are; and
 * one read back.
 * The writer itself only ever gets parts deflated as they stream (src/xlsx/ooxml/part-deflate.ts).
 */
import zlib from "node:zlib";
import { ZipArchive, type ZipEntry } from "../../src/xlsx/ooxml/zip";
import { crc32, newEntry, nodeZip, writeZip } from "../../src/xlsx/ooxml/zip-node";

export function zipOf(items: ({ name: string; content: Uint8Array } | { raw: ZipEntry })[]): Buffer {
  return writeZip(
    items.map((i) =>
      "raw" in i
        ? i
        : { entry: newEntry(i.name, crc32(i.content), i.content.length, [zlib.deflateRawSync(i.content)]) },
    ),
  );
}

/** Reads an archive in Node, as the gateway opens its input (without its checks for an .xlsx). */
export function readZip(buf: Uint8Array): ZipArchive {
  return ZipArchive.read(buf, nodeZip);
}
