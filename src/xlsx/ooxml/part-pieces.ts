/**
 * The text of a part written anew, given as pieces made on demand, and its UTF-8 bytes in chunks:
 * package.ts deflates each chunk as it comes, so no part's whole text or bytes exist at once.
 */

/** A part's text: one string, or pieces in order, made as they are read (a large sheet's rows, a few thousand at a time). */
export type PartText = string | Iterable<string>;

/** Pieces that can be read more than once, each time made anew by `make`. */
export function pieces(make: () => Iterator<string>): Iterable<string> {
  return { [Symbol.iterator]: make };
}

/** Chunk size: big enough that a deflate call's fixed cost and its lost window do not matter. */
const CHUNK_BYTES = 1 << 20;

/** Strings shorter than this are joined before encoding: a call per small piece cost more than the copy. */
const JOIN_CHARS = 1 << 14;

/** Whether a UTF-16 unit is the first half of a surrogate pair. */
function highSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Encodes text into chunks of about `chunkBytes`, each written into a buffer `take` hands out
 * (the caller may recycle a buffer once it is done with the chunk cut from it). A buffer must
 * hold `chunkBytes` plus three bytes per unit of the longest piece encoded at once (JOIN_CHARS).
 */
export class Utf8Chunker {
  private buf: Buffer;
  private used = 0;
  private readonly joined: string[] = [];
  private joinedChars = 0;

  constructor(
    private readonly take: () => Buffer,
    private readonly chunkBytes = CHUNK_BYTES,
  ) {
    this.buf = take();
  }

  /** Adds text; the chunks it filled (mostly none) go onto `out`, in order. */
  add(text: string, out: Buffer[]): void {
    if (text.length < JOIN_CHARS) {
      this.joined.push(text);
      this.joinedChars += text.length;
      if (this.joinedChars >= JOIN_CHARS) this.encodeJoined(out);
      return;
    }
    this.encodeJoined(out);
    // A long string goes in slices that fit, never cutting a surrogate pair in two.
    for (let at = 0; at < text.length;) {
      let end = Math.min(text.length, at + JOIN_CHARS);
      if (end < text.length && highSurrogate(text.charCodeAt(end - 1))) end--;
      this.encode(text.slice(at, end), out);
      at = end;
    }
  }

  /** Encodes what is left and hands over the last chunk (possibly empty). */
  finish(out: Buffer[]): void {
    this.encodeJoined(out);
    out.push(this.buf.subarray(0, this.used));
    this.used = 0;
  }

  private encodeJoined(out: Buffer[]): void {
    if (this.joined.length === 0) return;
    const text = this.joined.length === 1 ? this.joined[0]! : this.joined.join("");
    this.joined.length = 0;
    this.joinedChars = 0;
    this.encode(text, out);
  }

  /**
   * Every chunk but the last is exactly `chunkBytes` long, what passed it going to the next buffer:
   * the chunks, and so the deflated bytes, then depend on the text alone, not on how it was cut
   * into pieces.
   */
  private encode(text: string, out: Buffer[]): void {
    this.used += this.buf.write(text, this.used, "utf8");
    // a loop: one long text can fill more than one chunk, and what is left must stay under one
    while (this.used >= this.chunkBytes) {
      const next = this.take();
      const extra = this.buf.copy(next, 0, this.chunkBytes, this.used);
      out.push(this.buf.subarray(0, this.chunkBytes));
      this.buf = next;
      this.used = extra;
    }
  }
}

/** The size a chunker's buffers need for chunks of `chunkBytes`. */
export function chunkBufferSize(chunkBytes = CHUNK_BYTES): number {
  // the chunk, plus a joined run of pieces (each under JOIN_CHARS) at three bytes a unit
  return chunkBytes + 6 * JOIN_CHARS;
}

/** A part's whole text as one string (tests and small parts). */
export function joinText(text: PartText): string {
  return typeof text === "string" ? text : [...text].join("");
}
