/**
 * A small zip reader and writer on node:zlib for the package editor. Reading goes through the
 * central directory and inflates one entry only when asked; writing copies untouched entries as
 * their original compressed bytes, so only the parts an edit changed cost any deflate work.
 *
 * Out of scope on purpose: zip64, encryption and methods other than stored/deflate. An .xlsx never
 * needs them below 4 GB, and such a file is refused with a message the gateway reports as damaged.
 */
import { promisify } from "node:util";
import zlib from "node:zlib";

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;

const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;

const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;

/** Version 2.0: deflate, folders; nothing we write needs more. */
const VERSION = 20;

/** 2000-01-01 00:00 in MS-DOS form: a fixed date keeps two runs over one input byte-identical. */
export const FIXED_DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
export const FIXED_DOS_TIME = 0;

/** One entry of an archive as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** the name exactly as stored, so a copied entry keeps the bytes it came with */
  nameBytes: Buffer;
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
  data: Buffer;
}

export interface ZipArchive {
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
}

/**
 * What the writer is handed: an entry copied as is, new content to deflate, or content whose
 * deflate compressEntry() has already started (so it runs while the caller builds the next part).
 */
export type ZipOutput =
  { raw: ZipEntry } | { name: string; content: Buffer } | { pending: Promise<NewEntry> };

function fail(message: string): never {
  throw new Error(message);
}

// ---- crc32 ----

let crcTable: Uint32Array | undefined;

function tableCrc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const table = crcTable;
  let crc = 0xffffffff;
  for (const byte of data) crc = (table[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// zlib.crc32 arrived in Node 20.15; the engines field allows any Node 20.
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export function crc32(data: Uint8Array): number {
  return nativeCrc32 ? nativeCrc32(data) >>> 0 : tableCrc32(data);
}

/** For tests: the fallback must agree with zlib where both exist. */
export const crc32ForTest = { table: tableCrc32 };

// ---- reading ----

function findEocd(buf: Buffer): number {
  const lowest = Math.max(0, buf.length - EOCD_SIZE - MAX_COMMENT);
  for (let i = buf.length - EOCD_SIZE; i >= lowest; i--) {
    // A comment may itself contain the signature; the real record's comment length reaches the end.
    if (buf.readUInt32LE(i) === SIG_EOCD && i + EOCD_SIZE + buf.readUInt16LE(i + 20) === buf.length) return i;
  }
  for (let i = buf.length - EOCD_SIZE; i >= lowest; i--) {
    // Some writers pad after the record; accept the last signature that fits.
    if (buf.readUInt32LE(i) === SIG_EOCD) return i;
  }
  return fail("end of central directory not found");
}

function isValidUtf8(bytes: Buffer): boolean {
  return Buffer.from(bytes.toString("utf8"), "utf8").equals(bytes);
}

/**
 * Bit 11 says UTF-8. Without it the name is CP437 by the spec, but JSZip decoded it as UTF-8 and
 * many tools write UTF-8 without the flag, so valid UTF-8 stays UTF-8 and anything else is latin1.
 * ASCII names, which is every name Excel writes, read the same every way.
 */
function decodeName(bytes: Buffer, flags: number): string {
  if (flags & FLAG_UTF8 || isValidUtf8(bytes)) return bytes.toString("utf8");
  return bytes.toString("latin1");
}

function entryData(buf: Buffer, name: string, offset: number, compressedSize: number): Buffer {
  if (offset + LOCAL_HEADER_SIZE > buf.length || buf.readUInt32LE(offset) !== SIG_LOCAL)
    fail(`zip entry ${name}: local header not found`);
  // The local header's own sizes may be zero (data descriptor); only its name and extra lengths count.
  const start = offset + LOCAL_HEADER_SIZE + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
  if (start + compressedSize > buf.length) fail(`zip entry ${name} runs past the end of the file`);
  return buf.subarray(start, start + compressedSize);
}

function readCentralEntry(buf: Buffer, at: number, shift: number): { entry: ZipEntry; next: number } {
  if (at + CENTRAL_HEADER_SIZE > buf.length || buf.readUInt32LE(at) !== SIG_CENTRAL)
    fail("zip central directory is damaged");
  const flags = buf.readUInt16LE(at + 8);
  const method = buf.readUInt16LE(at + 10);
  const compressedSize = buf.readUInt32LE(at + 20);
  const uncompressedSize = buf.readUInt32LE(at + 24);
  const nameLength = buf.readUInt16LE(at + 28);
  const next = at + CENTRAL_HEADER_SIZE + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  if (next > buf.length) fail("zip central directory is damaged");
  const localHeaderOffset = buf.readUInt32LE(at + 42);
  const nameBytes = Buffer.from(
    buf.subarray(at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength),
  );
  const name = decodeName(nameBytes, flags);
  if (flags & FLAG_ENCRYPTED) fail(`zip entry ${name} is encrypted`);
  if (method !== METHOD_STORED && method !== METHOD_DEFLATE)
    fail(`zip entry ${name} uses compression method ${method}, which is not supported`);
  if ([compressedSize, uncompressedSize, localHeaderOffset].includes(0xffffffff))
    fail(`zip64 entry ${name} is not supported`);
  const entry: ZipEntry = {
    name,
    nameBytes,
    flags,
    method,
    dosTime: buf.readUInt16LE(at + 12),
    dosDate: buf.readUInt16LE(at + 14),
    crc32: buf.readUInt32LE(at + 16),
    compressedSize,
    uncompressedSize,
    localHeaderOffset,
    versionMadeBy: buf.readUInt16LE(at + 4),
    externalAttrs: buf.readUInt32LE(at + 38),
    data: entryData(buf, name, localHeaderOffset + shift, compressedSize),
  };
  return { entry, next };
}

/**
 * Bytes before the archive (a stub, a prefix) shift every offset the directory records. A zip64
 * locator (20 bytes) may sit between the directory and its end record even when no value needs it.
 */
function prefixLength(buf: Buffer, eocd: number, cdOffset: number, cdSize: number): number {
  if (cdOffset + 4 <= eocd && buf.readUInt32LE(cdOffset) === SIG_CENTRAL) return 0;
  const hasLocator = eocd >= 20 && buf.readUInt32LE(eocd - 20) === SIG_ZIP64_LOCATOR;
  const shift = (hasLocator ? eocd - 20 : eocd) - cdSize - cdOffset;
  if (shift < 0 || (cdSize > 0 && buf.readUInt32LE(cdOffset + shift) !== SIG_CENTRAL))
    fail("zip central directory not found where the end record points");
  return shift;
}

/** Parses the archive's central directory. Entry data stays in `buf` until inflated. */
export function readZip(buf: Buffer): ZipArchive {
  if (buf.length < EOCD_SIZE) fail(`zip too short (${buf.length} bytes)`);
  const eocd = findEocd(buf);
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    fail("zip64 archives are not supported");
  const shift = prefixLength(buf, eocd, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let at = cdOffset + shift;
  for (let i = 0; i < count; i++) {
    const { entry, next } = readCentralEntry(buf, at, shift);
    entries.push(entry);
    // A duplicated name: the later entry wins, as it did with JSZip.
    byName.set(entry.name, entry);
    at = next;
  }
  return { entries, byName };
}

/** The entry's uncompressed bytes, checked against its size and crc32. */
export function inflateEntry(entry: ZipEntry): Buffer {
  let out: Buffer;
  if (entry.method === METHOD_STORED) out = entry.data;
  else {
    try {
      // The declared size bounds the output: a lying entry cannot balloon memory.
      out = zlib.inflateRawSync(entry.data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch (e) {
      return fail(`zip entry ${entry.name} is corrupt: ${(e as Error).message}`);
    }
  }
  if (out.length !== entry.uncompressedSize || crc32(out) !== entry.crc32)
    fail(`zip entry ${entry.name} is corrupt: size or crc32 does not match`);
  return out;
}

// ---- writing ----

const deflateRaw = promisify(zlib.deflateRaw);

/** An entry ready to be written: its compressed bytes and everything the headers record. */
export type NewEntry = Omit<ZipEntry, "name" | "compressedSize" | "localHeaderOffset">;

function fromRaw(e: ZipEntry): NewEntry {
  return {
    ...e,
    // Real sizes go into the local header, so no data descriptor follows the data.
    flags: e.flags & ~FLAG_DATA_DESCRIPTOR,
    // Keep the host byte (it says how to read externalAttrs); the spec version is ours.
    versionMadeBy: (e.versionMadeBy & 0xff00) | VERSION,
  };
}

/** Starts deflating on libuv's thread pool at once; the caller awaits only when it writes. */
export async function compressEntry(name: string, content: Buffer): Promise<NewEntry> {
  const nameBytes = Buffer.from(name, "utf8");
  return {
    nameBytes,
    flags: /[^\x20-\x7e]/.test(name) ? FLAG_UTF8 : 0,
    method: METHOD_DEFLATE,
    dosTime: FIXED_DOS_TIME,
    dosDate: FIXED_DOS_DATE,
    crc32: crc32(content),
    uncompressedSize: content.length,
    versionMadeBy: VERSION,
    externalAttrs: 0,
    data: await deflateRaw(content, { level: 6 }),
  };
}

function writeCommon(out: Buffer, at: number, p: NewEntry): number {
  at = out.writeUInt16LE(VERSION, at);
  at = out.writeUInt16LE(p.flags, at);
  at = out.writeUInt16LE(p.method, at);
  at = out.writeUInt16LE(p.dosTime, at);
  at = out.writeUInt16LE(p.dosDate, at);
  at = out.writeUInt32LE(p.crc32, at);
  at = out.writeUInt32LE(p.data.length, at);
  at = out.writeUInt32LE(p.uncompressedSize, at);
  at = out.writeUInt16LE(p.nameBytes.length, at);
  return out.writeUInt16LE(0, at); // extra length: extras are not carried over
}

function writeLocal(out: Buffer, at: number, p: NewEntry): number {
  at = out.writeUInt32LE(SIG_LOCAL, at);
  at = writeCommon(out, at, p);
  at += p.nameBytes.copy(out, at);
  return at + p.data.copy(out, at);
}

function writeCentral(out: Buffer, at: number, p: NewEntry, localOffset: number): number {
  at = out.writeUInt32LE(SIG_CENTRAL, at);
  at = out.writeUInt16LE(p.versionMadeBy, at);
  at = writeCommon(out, at, p);
  at = out.writeUInt16LE(0, at); // comment length
  at = out.writeUInt16LE(0, at); // disk number
  at = out.writeUInt16LE(0, at); // internal attributes
  at = out.writeUInt32LE(p.externalAttrs >>> 0, at);
  at = out.writeUInt32LE(localOffset, at);
  return at + p.nameBytes.copy(out, at);
}

function writeEocd(out: Buffer, at: number, count: number, cdSize: number, cdOffset: number): void {
  at = out.writeUInt32LE(SIG_EOCD, at);
  at = out.writeUInt16LE(0, at);
  at = out.writeUInt16LE(0, at);
  at = out.writeUInt16LE(count, at);
  at = out.writeUInt16LE(count, at);
  at = out.writeUInt32LE(cdSize, at);
  at = out.writeUInt32LE(cdOffset, at);
  out.writeUInt16LE(0, at);
}

function assemble(entries: NewEntry[]): Buffer {
  if (entries.length > 0xffff) fail(`zip with ${entries.length} entries needs zip64, which is not supported`);
  let localSize = 0;
  let cdSize = 0;
  for (const p of entries) {
    localSize += LOCAL_HEADER_SIZE + p.nameBytes.length + p.data.length;
    cdSize += CENTRAL_HEADER_SIZE + p.nameBytes.length;
    if (p.uncompressedSize > 0xfffffffe) fail("zip entry over 4 GB needs zip64, which is not supported");
  }
  if (localSize + cdSize > 0xfffffffe) fail("zip over 4 GB needs zip64, which is not supported");
  const out = Buffer.allocUnsafe(localSize + cdSize + EOCD_SIZE);
  const offsets = new Map<NewEntry, number>();
  let at = 0;
  for (const p of entries) {
    offsets.set(p, at);
    at = writeLocal(out, at, p);
  }
  for (const p of entries) at = writeCentral(out, at, p, offsets.get(p) ?? 0);
  writeEocd(out, at, entries.length, cdSize, localSize);
  return out;
}

/**
 * Writes a new archive in the given order. New content is deflated on libuv's thread pool, every
 * entry started before any is awaited, so large parts compress side by side.
 */
export async function writeZip(outputs: ZipOutput[]): Promise<Buffer> {
  const prepared = await Promise.all(
    outputs.map((o) =>
      "raw" in o ? fromRaw(o.raw) : "pending" in o ? o.pending : compressEntry(o.name, o.content),
    ),
  );
  return assemble(prepared);
}
