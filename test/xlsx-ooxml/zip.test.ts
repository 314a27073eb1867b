/** The package's own zip reader/writer: raw copies, determinism, the odd archives JSZip accepted. */
import { spawnSync } from "node:child_process";
import zlib from "node:zlib";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { emptyPlan } from "../../src/engine/plan";
import { applyPlanToPackage } from "../../src/xlsx/ooxml";
import { OoxmlPackage } from "../../src/xlsx/ooxml/package";
import { isXlsxInputError, type KodeBerkas } from "../../src/xlsx/errors";
import { ZipArchive, ZipEntry, crc32 } from "../../src/xlsx/ooxml/zip";
import { FIXED_DOS_DATE, FIXED_DOS_TIME, nodeZip } from "../../src/xlsx/ooxml/zip-node";
import { readZip } from "../helpers/zip-of";
import { zipOf } from "../helpers/zip-of";
import { entries, fixture, openWithExcelJs } from "./helpers";

const XLSX = fixture("realisasi-2024.xlsx");
const XLSM = fixture("realisasi-2024.xlsm");
const LO = fixture("realisasi-2024-lo.xlsx");

const hasUnzip = spawnSync("unzip", ["-v"], { stdio: "ignore" }).status === 0;
if (!hasUnzip) console.warn("unzip is not installed: the `unzip -t` checks are skipped");
const withUnzip = hasUnzip ? test : test.skip;

function unzipTest(buffer: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "zip-test-"));
  try {
    const file = join(dir, "out.zip");
    writeFileSync(file, buffer);
    const r = spawnSync("unzip", ["-t", file], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`unzip -t failed:\n${r.stdout}${r.stderr}`);
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function byName(buffer: Buffer): Map<string, ZipEntry> {
  return readZip(buffer).byName;
}

/** The uncompressed bytes of one entry, through the reader's checks. */
async function inflated(buffer: Buffer, name: string, archive = readZip(buffer)): Promise<Buffer> {
  return Buffer.from(await archive.bytes(archive.byName.get(name)!));
}

/** The code a failed read or load gives. */
async function kodeOf(attempt: Promise<unknown> | (() => unknown)): Promise<KodeBerkas | "accepted"> {
  try {
    await (typeof attempt === "function" ? attempt() : attempt);
  } catch (e) {
    if (isXlsxInputError(e)) return e.kode;
    throw e;
  }
  return "accepted";
}

/** The same edits every time: a changed part, a new part, a removed part. */
async function edited(input: Buffer): Promise<Buffer> {
  return (await editedPackage(input)).buffer;
}

async function editedPackage(input: Buffer): Promise<{ buffer: Buffer; changed: string[] }> {
  const pkg = await OoxmlPackage.load(input);
  const wb = await pkg.requireXml("xl/workbook.xml");
  wb.documentElement?.setAttribute("data-edited", "1");
  pkg.touch("xl/workbook.xml");
  pkg.createText("xl/custom/new-part.xml", `<?xml version="1.0"?><x>${"baru ".repeat(500)}</x>`);
  await pkg.removePart("xl/calcChain.xml");
  const buffer = await pkg.save();
  return { buffer, changed: pkg.changedParts() };
}

/** A copy of the fixture written by JSZip with the given options (data descriptors, stored). */
async function rewrittenByJsZip(
  input: Buffer,
  options: JSZip.JSZipGeneratorOptions<"nodebuffer">,
): Promise<Buffer> {
  const zip = new JSZip();
  for (const [path, bytes] of await entries(input)) zip.file(path, bytes);
  return zip.generateAsync({ ...options, type: "nodebuffer" });
}

describe("zip writer and reader", () => {
  test("written entries read back with the same bytes, by us and by JSZip", async () => {
    const files: [string, Buffer][] = [
      ["a.xml", Buffer.from(`<a>${"isi ".repeat(10000)}</a>`)],
      ["kosong.txt", Buffer.alloc(0)],
      ["nama/capaian-ü.xml", Buffer.from("<ü/>")],
      ["random.bin", Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256))],
    ];
    const out = zipOf(files.map(([name, content]) => ({ name, content })));
    const read = readZip(out);
    expect(read.entries.map((e) => e.name)).toEqual(files.map(([n]) => n));
    for (const [name, content] of files) expect((await inflated(out, name, read)).equals(content)).toBe(true);
    expect(read.byName.get("nama/capaian-ü.xml")!.flags & 0x0800).toBe(0x0800);
    expect(read.byName.get("a.xml")!.flags & 0x0800).toBe(0);
    expect(await entries(out)).toEqual(new Map(files));
  });

  test("the table crc32 (the browser's) agrees with zlib's, and checks entries where no native one is given", async () => {
    const data = Buffer.from(Array.from({ length: 70000 }, (_, i) => (i * 31 + 7) % 256));
    expect(crc32(data)).toBe(zlib.crc32(data));
    expect(crc32(Buffer.alloc(0))).toBe(0);
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    // continued chunk by chunk it gives the whole's (the writer checks a part as it streams)
    expect(crc32(data.subarray(40000), crc32(data.subarray(0, 40000)))).toBe(crc32(data));
    // The preview's codec has only an inflate; the reader then checks with its table.
    const inflateOnly = { inflateRaw: nodeZip.inflateRaw };
    const archive = ZipArchive.read(XLSX, inflateOnly);
    expect(await archive.text("xl/workbook.xml")).toBe(
      (await entries(XLSX)).get("xl/workbook.xml")!.toString(),
    );
    const sheet = archive.byName.get("xl/worksheets/sheet1.xml")!;
    const lying = ZipArchive.read(XLSX, inflateOnly);
    lying.byName.get("xl/worksheets/sheet1.xml")!.crc32 = (sheet.crc32 ^ 1) >>> 0;
    expect(await kodeOf(lying.text("xl/worksheets/sheet1.xml"))).toBe("ZIP_RUSAK");
  });

  test("unchanged parts are copied raw; changed and new parts get the fixed date; removed parts go", async () => {
    const input = byName(XLSX);
    const { buffer, changed: changedParts } = await editedPackage(XLSX);
    const out = readZip(buffer);
    expect(out.byName.has("xl/calcChain.xml")).toBe(false);
    // Folder entries are not written; every other original keeps its place.
    const originalOrder = readZip(XLSX)
      .entries.map((e) => e.name)
      .filter((n) => !n.endsWith("/") && n !== "xl/calcChain.xml");
    expect(out.entries.map((e) => e.name)).toEqual([...originalOrder, "xl/custom/new-part.xml"]);
    const changed = new Set(changedParts);
    expect(changedParts).toEqual(["[Content_Types].xml", "xl/custom/new-part.xml", "xl/workbook.xml"]);
    let raw = 0;
    for (const e of out.entries) {
      const before = input.get(e.name);
      if (!before || changed.has(e.name)) {
        expect([e.name, e.dosDate, e.dosTime, e.method]).toEqual([e.name, FIXED_DOS_DATE, FIXED_DOS_TIME, 8]);
        continue;
      }
      raw++;
      expect(Buffer.from(e.data).equals(Buffer.from(before.data))).toBe(true);
      expect([e.method, e.crc32, e.compressedSize, e.uncompressedSize, e.dosDate, e.dosTime]).toEqual([
        before.method,
        before.crc32,
        before.compressedSize,
        before.uncompressedSize,
        before.dosDate,
        before.dosTime,
      ]);
    }
    expect(raw).toBeGreaterThan(20);
    const wb = await out.text("xl/workbook.xml");
    expect(wb).toContain('data-edited="1"');
  });

  test("a second save of the same edits is byte-identical", async () => {
    const first = await edited(XLSX);
    const second = await edited(XLSX);
    expect(first.equals(second)).toBe(true);
    const plan = emptyPlan();
    plan.notes = [{ sheet: "Realisasi 2024", cell: "C3", text: "Capaian Kinerja: catatan" }];
    const a = (await applyPlanToPackage(XLSX, plan)).buffer;
    const b = (await applyPlanToPackage(XLSX, plan)).buffer;
    expect(a.equals(b)).toBe(true);
  });

  test("an archive with data descriptors reads, and its copies lose the descriptor flag", async () => {
    const streamed = await rewrittenByJsZip(XLSX, { compression: "DEFLATE", streamFiles: true });
    const read = readZip(streamed);
    const sheet = read.byName.get("xl/worksheets/sheet1.xml")!;
    expect(sheet.flags & 0x0008).toBe(0x0008);
    // JSZip's streamed local headers carry zero sizes; the central directory's are the real ones.
    expect(streamed.readUInt32LE(sheet.localHeaderOffset + 18)).toBe(0);
    const pkg = await OoxmlPackage.load(streamed);
    expect(await pkg.text("xl/worksheets/sheet1.xml")).toBe(
      (await entries(XLSX)).get("xl/worksheets/sheet1.xml")!.toString(),
    );
    const saved = await edited(streamed);
    for (const e of readZip(saved).entries) {
      expect(e.flags & 0x0008).toBe(0);
      expect(saved.readUInt32LE(e.localHeaderOffset + 18)).toBe(e.compressedSize);
    }
    expect((await entries(saved)).get("xl/styles.xml")).toEqual((await entries(XLSX)).get("xl/styles.xml"));
    if (hasUnzip) unzipTest(saved);
  });

  test("stored entries read and are copied stored", async () => {
    const stored = await rewrittenByJsZip(XLSX, { compression: "STORE" });
    expect(readZip(stored).byName.get("xl/styles.xml")!.method).toBe(0);
    const saved = await edited(stored);
    expect(readZip(saved).byName.get("xl/styles.xml")!.method).toBe(0);
    const want = await entries(XLSX);
    const got = await entries(saved);
    expect(got.get("xl/styles.xml")).toEqual(want.get("xl/styles.xml"));
    expect(got.get("xl/media/image1.png")).toEqual(want.get("xl/media/image1.png"));
  });

  test("names: UTF-8 with bit 11, UTF-8 without it (as JSZip read them), latin1 otherwise", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/media/gambar-ü.png", Buffer.from([1, 2, 3]));
    const buf = await zip.generateAsync({ type: "nodebuffer" });
    const pkg = await OoxmlPackage.load(buf);
    expect(pkg.paths()).toEqual(["[Content_Types].xml", "xl/media/gambar-ü.png"]);

    const base = readZip(zipOf([{ name: "x", content: Buffer.from("isi") }])).entries[0]!;
    const raw = (bytes: number[]): ZipEntry => ({ ...base, nameBytes: Buffer.from(bytes), flags: 0 });
    const archive = zipOf([{ raw: raw([0x63, 0xc3, 0xa9]) }, { raw: raw([0x63, 0xe9]) }]);
    expect(readZip(archive).entries.map((e) => e.name)).toEqual(["cé", "cé"]);
    expect(readZip(archive).entries.map((e) => e.nameBytes.length)).toEqual([3, 2]);
  });

  test("archive comments, prefixed bytes and extra fields are tolerated", async () => {
    // The comment carries the end record's signature too: the real record is the one whose
    // comment length reaches the end of the file.
    const commented = await rewrittenByJsZip(XLSX, {
      compression: "DEFLATE",
      comment: "komentar PK\u0005\u0006",
    });
    expect(await (await OoxmlPackage.load(commented)).text("xl/workbook.xml")).toContain("<workbook");
    // The zip reader tolerates a stub before the archive (the file check in front of it does not).
    const prefixed = Buffer.concat([Buffer.from("MZ stub bytes"), XLSX]);
    expect(await readZip(prefixed).text("xl/workbook.xml")).toContain("<workbook");
    // JSZip adds an Info-ZIP unicode path extra field to a non-ASCII name, locally and centrally.
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/media/gambar-ü.png", Buffer.from([1, 2, 3]));
    const withExtra = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    const image = readZip(withExtra).byName.get("xl/media/gambar-ü.png")!;
    expect(withExtra.readUInt16LE(image.localHeaderOffset + 28)).toBeGreaterThan(0);
    expect(await inflated(withExtra, "xl/media/gambar-ü.png")).toEqual(Buffer.from([1, 2, 3]));
    const saved = await (await OoxmlPackage.load(withExtra)).save();
    const copy = readZip(saved).byName.get("xl/media/gambar-ü.png")!;
    expect(saved.readUInt16LE(copy.localHeaderOffset + 28)).toBe(0);
    expect(Buffer.from(copy.data).equals(Buffer.from(image.data))).toBe(true);
    expect((await entries(saved)).get("xl/media/gambar-ü.png")).toEqual(Buffer.from([1, 2, 3]));
  });

  test("package output opens in JSZip, exceljs and unzip", async () => {
    for (const input of [XLSX, XLSM, LO]) {
      const saved = await edited(input);
      const got = await entries(saved);
      const want = await entries(input);
      for (const [path, bytes] of want)
        if (
          ![
            "xl/workbook.xml",
            "[Content_Types].xml",
            "xl/_rels/workbook.xml.rels",
            "xl/calcChain.xml",
          ].includes(path)
        )
          expect([path, got.get(path)]).toEqual([path, bytes]);
      const wb = await openWithExcelJs(saved);
      expect(wb.worksheets.length).toBeGreaterThan(0);
    }
  });

  withUnzip("unzip -t finds no error in the package output", async () => {
    for (const input of [XLSX, XLSM, LO])
      expect(unzipTest(await edited(input))).toMatch(/No errors detected/);
  });

  test("bytes that are not a zip, or a cut-off zip, are refused with their codes", async () => {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 251));
    expect(await kodeOf(OoxmlPackage.load(junk))).toBe("BUKAN_XLSX");
    expect(await kodeOf(OoxmlPackage.load(XLSX.subarray(0, XLSX.length >> 1)))).toBe("ZIP_RUSAK");
    expect(await kodeOf(OoxmlPackage.load(XLSX.subarray(0, XLSX.length - 30)))).toBe("ZIP_RUSAK");
    expect(await kodeOf(OoxmlPackage.load(Buffer.alloc(0)))).toBe("BUKAN_XLSX");
    expect(await kodeOf(() => readZip(Buffer.alloc(0)))).toBe("ZIP_RUSAK");
    // The directory survives but the data it points at does not.
    const cdOffset = XLSX.readUInt32LE(XLSX.length - 22 + 16);
    const wiped = Buffer.concat([Buffer.alloc(cdOffset), XLSX.subarray(cdOffset)]);
    expect(await kodeOf(() => readZip(wiped))).toBe("ZIP_RUSAK");
    const notOoxml = zipOf([{ name: "word/document.xml", content: Buffer.from("<w:document/>") }]);
    expect(await kodeOf(OoxmlPackage.load(notOoxml))).toBe("BUKAN_XLSX");
  });

  test("encrypted, zip64 and unknown-method entries and a bad crc each have their code", async () => {
    const base = zipOf([
      { name: "[Content_Types].xml", content: Buffer.from("<Types/>") },
      { name: "a.xml", content: Buffer.from("<a/>") },
    ]);
    const second = readZip(base).entries[1]!;
    const cdAt = base.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const patched = (at: number, write: (b: Buffer) => void): Buffer => {
      const b = Buffer.from(base);
      write(b.subarray(at));
      return b;
    };
    const encrypted = patched(cdAt, (b) => b.writeUInt16LE(second.flags | 1, 8));
    expect(await kodeOf(OoxmlPackage.load(encrypted))).toBe("TERENKRIPSI");
    const bzip2 = patched(cdAt, (b) => b.writeUInt16LE(12, 10));
    expect(await kodeOf(OoxmlPackage.load(bzip2))).toBe("ZIP_TAK_DIDUKUNG");
    const zip64 = patched(cdAt, (b) => b.writeUInt32LE(0xffffffff, 20));
    expect(await kodeOf(OoxmlPackage.load(zip64))).toBe("ZIP_TAK_DIDUKUNG");

    const badCrc = patched(cdAt, (b) => b.writeUInt32LE((second.crc32 ^ 1) >>> 0, 16));
    const pkg = await OoxmlPackage.load(badCrc);
    expect(await kodeOf(pkg.text("a.xml"))).toBe("ZIP_RUSAK");
    // Data that does not inflate at all.
    const garbled = Buffer.from(base);
    garbled.fill(
      0xff,
      second.localHeaderOffset + 30 + 5,
      second.localHeaderOffset + 30 + 5 + second.compressedSize,
    );
    expect(await kodeOf((await OoxmlPackage.load(garbled)).text("a.xml"))).toBe("ZIP_RUSAK");
  });

  test("the writer's texts are inflated once and kept; the snapshot's readText keeps none", async () => {
    let inflates = 0;
    const counting = {
      ...nodeZip,
      inflateRaw: (b: Uint8Array, n: number) => (inflates++, nodeZip.inflateRaw(b, n)),
    };
    const archive = ZipArchive.read(XLSX, counting);
    const read = await archive.readText("xl/workbook.xml");
    expect(await archive.readText("xl/workbook.xml")).toBe(read);
    expect(inflates).toBe(2);
    const first = await archive.text("xl/workbook.xml");
    expect(first).toBe(read);
    const pkg = await OoxmlPackage.load(archive);
    expect(await pkg.text("xl/workbook.xml")).toBe(first);
    expect(await archive.readText("xl/workbook.xml")).toBe(first);
    expect(inflates).toBe(3);
    expect(await archive.readText("xl/absent.xml")).toBeUndefined();
  });
});
