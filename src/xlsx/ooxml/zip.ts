/**
 * The one zip reader of the project, for Node and the browser preview alike: it parses the central
 * directory and inflates an entry only when asked, through an inflate the caller injects
 * (node:zlib in zip-node.ts, DecompressionStream in the preview), so this module imports nothing
 * from Node. The snapshot and the writer share one ZipArchive: the writer's texts (text()) are kept
 * for its later calls, the snapshot's (readText()) are not, so the run does not carry every inflated
 * sheet through reading and computing (110 MB of text at 100,000 rows, which made every major GC
 * dearer); a part both read is inflated twice, about 0.25 ms per MB. Writing is in zip-node.ts.
 *
 * Out of scope on purpose: zip64, encryption and methods other than stored/deflate. An .xlsx never
 * needs them below 4 GB; such a file is refused with its own code.
 */
import { XlsxInputError, type KodeBerkas } from "../errors";

export const SIG_LOCAL = 0x04034b50;
export const SIG_CENTRAL = 0x02014b50;
export const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;

export const LOCAL_HEADER_SIZE = 30;
export const CENTRAL_HEADER_SIZE = 46;
export const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;

const FLAG_ENCRYPTED = 0x0001;
export const FLAG_UTF8 = 0x0800;

/** How entries are inflated and checked where the archive is read. */
export interface ZipCodec {
  /** inflates raw deflate data; `size` is the declared output size, a bound a codec may enforce */
  inflateRaw(bytes: Uint8Array, size: number): Promise<Uint8Array>;
  /** a faster crc32 where the host has one (node:zlib); the table below otherwise */
  crc32?(bytes: Uint8Array): number;
}

/** One entry of an archive as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** the name exactly as stored, so a copied entry keeps the bytes it came with */
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  dosTime: number;
  dosDate: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  versionMadeBy: number;
  externalAttrs: number;
  /** the compressed bytes: a view into the archive's buffer, not a copy */
  data: Uint8Array;
}

function fail(kode: KodeBerkas, detail: string): never {
  throw new XlsxInputError(kode, detail);
}

// ---- crc32 ----

let crcTable: Uint32Array | undefined;

/**
 * CRC-32 (IEEE), by table: the browser has no native one. `prev` continues an earlier value (0 to
 * start), so a part can be checked a chunk at a time.
 */
export function crc32(data: Uint8Array, prev = 0): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const table = crcTable;
  let crc = ~prev;
  for (const byte of data) crc = (table[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return ~crc >>> 0;
}

// ---- reading ----

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

function findEocd(buf: Uint8Array): number {
  const lowest = Math.max(0, buf.length - EOCD_SIZE - MAX_COMMENT);
  for (let i = buf.length - EOCD_SIZE; i >= lowest; i--) {
    // A comment may itself contain the signature; the real record's comment length reaches the end.
    if (u32(buf, i) === SIG_EOCD && i + EOCD_SIZE + u16(buf, i + 20) === buf.length) return i;
  }
  for (let i = buf.length - EOCD_SIZE; i >= lowest; i--) {
    // Some writers pad after the record; accept the last signature that fits.
    if (u32(buf, i) === SIG_EOCD) return i;
  }
  return fail("ZIP_RUSAK", "end of central directory not found");
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
// A BOM at the start of a part is content: the writer's splices keep it.
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * Bit 11 says UTF-8. Without it the name is CP437 by the spec, but JSZip decoded it as UTF-8 and
 * many tools write UTF-8 without the flag, so valid UTF-8 stays UTF-8 and anything else is latin1.
 * ASCII names, which is every name Excel writes, read the same every way.
 */
function decodeName(bytes: Uint8Array, flags: number): string {
  if (flags & FLAG_UTF8) return utf8.decode(bytes);
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return String.fromCharCode(...bytes);
  }
}

function entryData(buf: Uint8Array, name: string, offset: number, compressedSize: number): Uint8Array {
  if (offset + LOCAL_HEADER_SIZE > buf.length || u32(buf, offset) !== SIG_LOCAL)
    fail("ZIP_RUSAK", `zip entry ${name}: local header not found`);
  // The local header's own sizes may be zero (data descriptor); only its name and extra lengths count.
  const start = offset + LOCAL_HEADER_SIZE + u16(buf, offset + 26) + u16(buf, offset + 28);
  if (start + compressedSize > buf.length)
    fail("ZIP_RUSAK", `zip entry ${name} runs past the end of the file`);
  return buf.subarray(start, start + compressedSize);
}

function readCentralEntry(buf: Uint8Array, at: number, shift: number): { entry: ZipEntry; next: number } {
  if (at + CENTRAL_HEADER_SIZE > buf.length || u32(buf, at) !== SIG_CENTRAL)
    fail("ZIP_RUSAK", "zip central directory is damaged");
  const flags = u16(buf, at + 8);
  const method = u16(buf, at + 10);
  const compressedSize = u32(buf, at + 20);
  const uncompressedSize = u32(buf, at + 24);
  const nameLength = u16(buf, at + 28);
  const next = at + CENTRAL_HEADER_SIZE + nameLength + u16(buf, at + 30) + u16(buf, at + 32);
  if (next > buf.length) fail("ZIP_RUSAK", "zip central directory is damaged");
  const localHeaderOffset = u32(buf, at + 42);
  const nameBytes = buf.slice(at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength);
  const name = decodeName(nameBytes, flags);
  if (flags & FLAG_ENCRYPTED) fail("TERENKRIPSI", `zip entry ${name} is encrypted`);
  if (method !== METHOD_STORED && method !== METHOD_DEFLATE)
    fail("ZIP_TAK_DIDUKUNG", `zip entry ${name} uses compression method ${method}`);
  if ([compressedSize, uncompressedSize, localHeaderOffset].includes(0xffffffff))
    fail("ZIP_TAK_DIDUKUNG", `zip64 entry ${name}`);
  const entry: ZipEntry = {
    name,
    nameBytes,
    flags,
    method,
    dosTime: u16(buf, at + 12),
    dosDate: u16(buf, at + 14),
    crc32: u32(buf, at + 16),
    compressedSize,
    uncompressedSize,
    localHeaderOffset,
    versionMadeBy: u16(buf, at + 4),
    externalAttrs: u32(buf, at + 38),
    data: entryData(buf, name, localHeaderOffset + shift, compressedSize),
  };
  return { entry, next };
}

/**
 * Bytes before the archive (a stub, a prefix) shift every offset the directory records. A zip64
 * locator (20 bytes) may sit between the directory and its end record even when no value needs it.
 */
function prefixLength(buf: Uint8Array, eocd: number, cdOffset: number, cdSize: number): number {
  if (cdOffset + 4 <= eocd && u32(buf, cdOffset) === SIG_CENTRAL) return 0;
  const hasLocator = eocd >= 20 && u32(buf, eocd - 20) === SIG_ZIP64_LOCATOR;
  const shift = (hasLocator ? eocd - 20 : eocd) - cdSize - cdOffset;
  if (shift < 0 || (cdSize > 0 && u32(buf, cdOffset + shift) !== SIG_CENTRAL))
    fail("ZIP_RUSAK", "zip central directory not found where the end record points");
  return shift;
}

/** An archive's entries, and each part's text once it has been inflated. */
export class ZipArchive {
  readonly byName = new Map<string, ZipEntry>();
  private readonly texts = new Map<string, string>();

  private constructor(
    readonly entries: ZipEntry[],
    private readonly codec: ZipCodec,
  ) {
    // A duplicated name: the later entry wins, as it did with JSZip.
    for (const e of entries) this.byName.set(e.name, e);
  }

  /** Parses the archive's central directory. Entry data stays in `buf` until inflated. */
  static read(buf: Uint8Array, codec: ZipCodec): ZipArchive {
    if (buf.length < EOCD_SIZE) fail("ZIP_RUSAK", `zip too short (${buf.length} bytes)`);
    const eocd = findEocd(buf);
    const count = u16(buf, eocd + 10);
    const cdSize = u32(buf, eocd + 12);
    const cdOffset = u32(buf, eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
      fail("ZIP_TAK_DIDUKUNG", "zip64 archive");
    const shift = prefixLength(buf, eocd, cdOffset, cdSize);
    const entries: ZipEntry[] = [];
    let at = cdOffset + shift;
    for (let i = 0; i < count; i++) {
      const { entry, next } = readCentralEntry(buf, at, shift);
      entries.push(entry);
      at = next;
    }
    return new ZipArchive(entries, codec);
  }

  /** The entry's uncompressed bytes, checked against its size and crc32. */
  async bytes(entry: ZipEntry): Promise<Uint8Array> {
    let out: Uint8Array;
    if (entry.method === METHOD_STORED) out = entry.data;
    else {
      try {
        out = await this.codec.inflateRaw(entry.data, entry.uncompressedSize);
      } catch (e) {
        return fail("ZIP_RUSAK", `zip entry ${entry.name} does not inflate: ${String(e)}`);
      }
    }
    const crc = this.codec.crc32 ?? crc32;
    if (out.length !== entry.uncompressedSize || crc(out) !== entry.crc32)
      fail("ZIP_RUSAK", `zip entry ${entry.name}: size or crc32 does not match`);
    return out;
  }

  /** A part's text (UTF-8, a BOM kept), inflated on the first call only and kept; undefined when absent. */
  async text(name: string): Promise<string | undefined> {
    const text = await this.readText(name);
    if (text !== undefined) this.texts.set(name, text);
    return text;
  }

  /** A part's text as text() gives it, not kept: a later call inflates again. */
  async readText(name: string): Promise<string | undefined> {
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const entry = this.byName.get(name);
    if (!entry || name.endsWith("/")) return undefined;
    return utf8.decode(await this.bytes(entry));
  }
}
