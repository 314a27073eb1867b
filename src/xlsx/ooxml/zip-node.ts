/**
 * The Node half of the zip: node:zlib's inflate for the reader (zip.ts), and the writer, which
 * copies untouched entries as their original compressed bytes, so only the parts an edit changed
 * cost any deflate work. The browser preview never imports this module.
 */
import zlib from "node:zlib";
import { XlsxInputError } from "../errors";
import {
  CENTRAL_HEADER_SIZE,
  EOCD_SIZE,
  FLAG_UTF8,
  LOCAL_HEADER_SIZE,
  METHOD_DEFLATE,
  SIG_CENTRAL,
  SIG_EOCD,
  SIG_LOCAL,
  crc32 as tableCrc32,
  type ZipCodec,
  type ZipEntry,
} from "./zip";

const FLAG_DATA_DESCRIPTOR = 0x0008;

/** Version 2.0: deflate, folders; nothing we write needs more. */
const VERSION = 20;

/** 2000-01-01 00:00 in MS-DOS form: a fixed date keeps two runs over one input byte-identical. */
export const FIXED_DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
export const FIXED_DOS_TIME = 0;

// zlib.crc32 arrived in Node 20.15; the engines field allows any Node 20.
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** crc32 of `data` continuing `prev` (0 to start), so a part can be checked a chunk at a time. */
export function crc32(data: Uint8Array, prev = 0): number {
  return nativeCrc32 ? nativeCrc32(data, prev) >>> 0 : tableCrc32(data, prev);
}

export const nodeZip: ZipCodec = {
  // The declared size (≤ 1032× the bytes, deflate's limit) bounds the output and sizes its one buffer,
  // +1 so it is never found full: zlib's 16 KB chunks joined after were 190 of 280 ms at 100,000 rows.
  inflateRaw: async (bytes, size) =>
    zlib.inflateRawSync(bytes, {
      maxOutputLength: Math.max(1, size),
      chunkSize: Math.max(zlib.constants.Z_MIN_CHUNK, Math.min(size, 1032 * bytes.length) + 1),
    }),
  ...(nativeCrc32 ? { crc32: (bytes: Uint8Array) => crc32(bytes) } : {}),
};

/** What the writer is handed: an original entry copied as it is, or a part deflated already. */
export type ZipOutput = { raw: ZipEntry } | { entry: NewEntry };

/** An entry ready to be written: its compressed bytes, in pieces, and everything the headers record. */
export type NewEntry = Omit<ZipEntry, "name" | "compressedSize" | "localHeaderOffset" | "data"> & {
  data: Uint8Array[];
};

function dataLength(p: NewEntry): number {
  let n = 0;
  for (const d of p.data) n += d.length;
  return n;
}

function tooLarge(detail: string): never {
  throw new XlsxInputError("ZIP_TAK_DIDUKUNG", `${detail} needs zip64, which is not written`);
}

function fromRaw(e: ZipEntry): NewEntry {
  return {
    ...e,
    data: [e.data],
    // Real sizes go into the local header, so no data descriptor follows the data.
    flags: e.flags & ~FLAG_DATA_DESCRIPTOR,
    // Keep the host byte (it says how to read externalAttrs); the spec version is ours.
    versionMadeBy: (e.versionMadeBy & 0xff00) | VERSION,
  };
}

/** The entry of content deflated already (`data`, raw deflate in pieces). */
export function newEntry(name: string, crc: number, size: number, data: Uint8Array[]): NewEntry {
  return {
    nameBytes: Buffer.from(name, "utf8"),
    flags: /[^\x20-\x7e]/.test(name) ? FLAG_UTF8 : 0,
    method: METHOD_DEFLATE,
    dosTime: FIXED_DOS_TIME,
    dosDate: FIXED_DOS_DATE,
    crc32: crc,
    uncompressedSize: size,
    versionMadeBy: VERSION,
    externalAttrs: 0,
    data,
  };
}

function writeCommon(out: Buffer, at: number, p: NewEntry): number {
  at = out.writeUInt16LE(VERSION, at);
  at = out.writeUInt16LE(p.flags, at);
  at = out.writeUInt16LE(p.method, at);
  at = out.writeUInt16LE(p.dosTime, at);
  at = out.writeUInt16LE(p.dosDate, at);
  at = out.writeUInt32LE(p.crc32, at);
  at = out.writeUInt32LE(dataLength(p), at);
  at = out.writeUInt32LE(p.uncompressedSize, at);
  at = out.writeUInt16LE(p.nameBytes.length, at);
  return out.writeUInt16LE(0, at); // extra length: extras are not carried over
}

function writeLocal(out: Buffer, at: number, p: NewEntry): number {
  at = out.writeUInt32LE(SIG_LOCAL, at);
  at = writeCommon(out, at, p);
  out.set(p.nameBytes, at);
  at += p.nameBytes.length;
  for (const d of p.data) {
    out.set(d, at);
    at += d.length;
  }
  return at;
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
  out.set(p.nameBytes, at);
  return at + p.nameBytes.length;
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
  if (entries.length > 0xffff) tooLarge(`a zip with ${entries.length} entries`);
  let localSize = 0;
  let cdSize = 0;
  for (const p of entries) {
    localSize += LOCAL_HEADER_SIZE + p.nameBytes.length + dataLength(p);
    cdSize += CENTRAL_HEADER_SIZE + p.nameBytes.length;
    if (p.uncompressedSize > 0xfffffffe) tooLarge("a zip entry over 4 GB");
  }
  if (localSize + cdSize > 0xfffffffe) tooLarge("a zip over 4 GB");
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

/** Writes a new archive in the given order: entries copied as they are, or deflated already (part-deflate.ts). */
export function writeZip(outputs: ZipOutput[]): Buffer {
  return assemble(outputs.map((o) => ("raw" in o ? fromRaw(o.raw) : o.entry)));
}
