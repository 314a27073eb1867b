/**
 * Deflates a part's text as it is made: the text is encoded a megabyte at a time into recycled
 * buffers, each chunk's crc32 folded in and its deflate started on libuv's thread pool while the
 * next chunk is made. Before, every changed part's whole UTF-8 bytes (470 MB at 100,000 rows) lived
 * until its deflate ended, and a fresh buffer per piece was a tenth of the write step.
 *
 * Each chunk is its own deflate stream ended with a sync flush (an empty stored block, byte
 * aligned), the last one with a final block: their concatenation is one valid raw deflate stream,
 * the way pigz splits its work. The chunk boundaries depend only on the text, so a rerun gives the
 * same bytes; a part of one chunk compresses exactly as a single deflate call would.
 */
import { promisify } from "node:util";
import zlib from "node:zlib";
import { Utf8Chunker, chunkBufferSize, type PartText } from "./part-pieces";
import { type NewEntry, crc32, newEntry } from "./zip-node";

const deflateRaw = promisify(zlib.deflateRaw);

/** Chunks deflating at once: enough to keep both cores busy, few enough to bound memory (≈ 4 MB). */
const IN_FLIGHT = 4;

/** zlib's output buffer per call: more than a megabyte of sheet text deflates to (about 100 KB). */
const OUT_BYTES = 256 << 10;

/** Deflates parts one after another, sharing a pool of chunk buffers and the chunks in flight. */
export class PartDeflater {
  private readonly pool: Buffer[] = [];
  private readonly size = chunkBufferSize();
  /** every chunk deflating, of this part or the ones before it, oldest first */
  private readonly inFlight: Promise<unknown>[] = [];

  /**
   * Encodes a part's text and starts deflating it; resolves once all of it is handed to the thread
   * pool, with its entry to come: the next part's text is made while this one's last chunks deflate.
   */
  async add(name: string, text: PartText): Promise<{ entry: Promise<NewEntry> }> {
    const chunker = new Utf8Chunker(() => this.pool.pop() ?? Buffer.allocUnsafeSlow(this.size));
    const data: Promise<Buffer>[] = [];
    const filled: Buffer[] = [];
    let crc = 0;
    let size = 0;
    // held back one chunk: the last one ends the stream
    let held: Buffer | undefined;
    const take = (chunk: Buffer) => {
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (held) data.push(this.deflate(held, false));
      held = chunk;
    };
    for (const piece of typeof text === "string" ? [text] : text) {
      chunker.add(piece, filled);
      if (filled.length === 0) continue;
      for (const chunk of filled) take(chunk);
      filled.length = 0;
      while (this.inFlight.length >= IN_FLIGHT) await this.inFlight.shift();
    }
    chunker.finish(filled);
    for (const chunk of filled) take(chunk);
    data.push(this.deflate(held!, true));
    const entry = Promise.all(data).then((bytes) => newEntry(name, crc, size, bytes));
    entry.catch(() => undefined);
    return { entry };
  }

  /** Deflates one chunk on the thread pool; its buffer goes back to the pool when done. */
  private deflate(chunk: Buffer, last: boolean): Promise<Buffer> {
    const finishFlush = last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
    // One output buffer for a chunk's whole deflate: zlib's 16 KB default calls back to the main
    // thread and allocates a new one every 16 KB of output (a third of the main thread's zlib time
    // in a 400 MB trial).
    const out = deflateRaw(chunk, { level: 6, finishFlush, chunkSize: OUT_BYTES }).then((bytes) => {
      this.pool.push(Buffer.from(chunk.buffer, 0, this.size));
      // a view of a mostly empty output buffer would keep all of it until the zip is written
      return bytes.length * 2 < bytes.buffer.byteLength ? Buffer.from(bytes) : bytes;
    });
    // Awaited later; this handler only keeps a failure from counting as unhandled meanwhile.
    out.catch(() => undefined);
    this.inFlight.push(out.catch(() => undefined));
    return out;
  }
}
