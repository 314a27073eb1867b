/** A part's text encoded and deflated a chunk at a time: the bytes must be exactly the text's. */
import zlib from "node:zlib";
import { PartDeflater } from "../../src/xlsx/ooxml/part-deflate";
import { type PartText, Utf8Chunker, chunkBufferSize, joinText } from "../../src/xlsx/ooxml/part-pieces";
import type { NewEntry } from "../../src/xlsx/ooxml/zip-node";
import { crc32 } from "../../src/xlsx/ooxml/zip";

/** The chunks a chunker of `chunkBytes` makes of the pieces, with fresh buffers. */
function chunks(pieces: string[], chunkBytes: number): Buffer[] {
  const out: Buffer[] = [];
  const chunker = new Utf8Chunker(() => Buffer.alloc(chunkBufferSize(chunkBytes)), chunkBytes);
  for (const p of pieces) chunker.add(p, out);
  chunker.finish(out);
  return out;
}

/** Pieces of every length, from one unit to well over a chunker's slice, with 2-, 3- and 4-byte characters. */
function mixedPieces(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 400; i++) {
    const len = (i * 7919) % (i % 10 === 0 ? 70000 : 300);
    // whole characters only: a piece never ends in half a pair (the chunker is what cuts pieces)
    out.push(
      "é—𝒳a"
        .repeat(Math.ceil(len / 5))
        .slice(0, len)
        .replace(/[\ud800-\udbff]$/, ""),
    );
  }
  return out;
}

async function entryOf(deflater: PartDeflater, name: string, text: PartText): Promise<NewEntry> {
  return (await deflater.add(name, text)).entry;
}

async function inflate(data: Uint8Array[]): Promise<string> {
  return zlib.inflateRawSync(Buffer.concat(data)).toString("utf8");
}

describe("Utf8Chunker", () => {
  it("gives the text's UTF-8 bytes, never cutting a surrogate pair, in chunks near the size asked", () => {
    const pieces = mixedPieces();
    const want = Buffer.from(pieces.join(""), "utf8");
    const got = chunks(pieces, 4096);
    expect(got.length).toBeGreaterThan(10);
    expect(Buffer.concat(got).equals(want)).toBe(true);
    for (const c of got.slice(0, -1)) expect(c.length).toBe(4096);
    // a pair split across two slices would have been written as two replacement characters
    expect(Buffer.concat(got).toString("utf8")).not.toContain("\ufffd");
  });

  it("cuts the same chunks whatever pieces the text came in", () => {
    const pieces = mixedPieces();
    const whole = pieces.join("");
    const halves = [whole.slice(0, 5000), whole.slice(5000)].filter((p) => !/[\ud800-\udbff]$/.test(p));
    const byPiece = chunks(pieces, 4096);
    for (const other of [chunks([whole], 4096), chunks(halves.length === 2 ? halves : [whole], 4096)])
      expect(other.map((c) => c.toString("hex"))).toEqual(byPiece.map((c) => c.toString("hex")));
  });

  it("gives one empty chunk for no text", () => {
    expect(chunks([], 4096).map((c) => c.length)).toEqual([0]);
    expect(chunks(["", ""], 4096).map((c) => c.length)).toEqual([0]);
  });
});

describe("PartDeflater", () => {
  it("deflates text given in pieces across many chunks to one stream with the text's size and crc32", async () => {
    const pieces = mixedPieces();
    // over 3 MB: several chunks, more than are deflated at once
    for (let i = 0; i < 60; i++) pieces.push(`<row r="${i}">${"<c><v>1</v></c>".repeat(4000)}</row>`);
    const text = joinText(pieces);
    const bytes = Buffer.from(text, "utf8");
    expect(bytes.length).toBeGreaterThan(3 << 20);
    const entry = await entryOf(new PartDeflater(), "xl/worksheets/sheet1.xml", pieces.values());
    expect(entry.uncompressedSize).toBe(bytes.length);
    expect(entry.crc32).toBe(crc32(bytes));
    expect((await inflate(entry.data)) === text).toBe(true);
    // a rerun gives the same bytes
    const again = await entryOf(new PartDeflater(), "xl/worksheets/sheet1.xml", pieces.values());
    expect(Buffer.concat(again.data).equals(Buffer.concat(entry.data))).toBe(true);
  });

  it("compresses a small part exactly as one deflate call would, and an empty one too", async () => {
    const deflater = new PartDeflater();
    const small = '<?xml version="1.0"?><workbook>é</workbook>';
    const one = await entryOf(deflater, "xl/workbook.xml", small);
    expect(Buffer.concat(one.data).equals(zlib.deflateRawSync(Buffer.from(small), { level: 6 }))).toBe(true);
    const empty = await entryOf(deflater, "x.xml", "");
    expect([empty.uncompressedSize, empty.crc32]).toEqual([0, 0]);
    expect(await inflate(empty.data)).toBe("");
  });

  it("keeps parts apart when the next one is made while the last one's chunks still deflate", async () => {
    const deflater = new PartDeflater();
    const texts = [0, 1, 2].map((k) => `<p${k}>${"x".repeat(k + 1).repeat(900_000)}</p${k}>`);
    const started = [];
    for (const [k, t] of texts.entries()) started.push(await deflater.add(`p${k}.xml`, [t]));
    for (const [k, s] of started.entries())
      expect((await inflate((await s.entry).data)) === texts[k]).toBe(true);
  });

  it("lets a failure while the text is made reach the caller", async () => {
    function* failing(): Generator<string> {
      yield "x".repeat(3 << 20);
      throw new Error("rows unreadable");
    }
    await expect(entryOf(new PartDeflater(), "a.xml", failing())).rejects.toThrow("rows unreadable");
  });
});
