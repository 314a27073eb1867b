/**
 * The browser's inflate for the zip reader (src/xlsx/ooxml/zip.ts): DecompressionStream, built
 * into every browser the preview runs in, so the page needs no zip library and no node:zlib.
 */
import type { ZipCodec } from "../xlsx/ooxml/zip";

export const browserZip: ZipCodec = {
  async inflateRaw(bytes) {
    // A copy into a fresh buffer: Blob takes only bytes backed by a plain ArrayBuffer.
    const stream = new Blob([new Uint8Array(bytes)])
      .stream()
      .pipeThrough(new DecompressionStream("deflate-raw"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  },
};
