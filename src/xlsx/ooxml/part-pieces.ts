/** The text of a part written anew, in pieces, and its UTF-8 bytes (package.ts saves them). */

/**
 * A part's text in pieces, in order: text, or bytes already UTF-8 (a large sheet's rows are
 * encoded as they are written, so their text dies young instead of waiting for the whole sheet).
 */
export type PartPieces = (string | Uint8Array)[];

/** The UTF-8 bytes of text given in pieces, encoded a megabyte or so at a time; bytes already encoded are copied as they are. */
export function utf8OfPieces(pieces: PartPieces): Buffer {
  const buffers: Uint8Array[] = [];
  let run = "";
  for (const p of pieces) {
    if (typeof p !== "string") {
      if (run) buffers.push(Buffer.from(run, "utf8"));
      run = "";
      buffers.push(p);
      continue;
    }
    run += p;
    if (run.length >= 1 << 20) {
      buffers.push(Buffer.from(run, "utf8"));
      run = "";
    }
  }
  buffers.push(Buffer.from(run, "utf8"));
  return Buffer.concat(buffers);
}
