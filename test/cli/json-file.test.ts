/** The report written piece by piece (src/cli/json-file.ts) is the text JSON.stringify(…, null, 2) writes. */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { jsonPieces, writeJsonFile } from "../../src/cli/json-file";

const shapes: Record<string, Record<string, unknown>>[] = [
  {
    "a report's fields": {
      versi: 3,
      berkas: 'Realisasi "2023"\n.xlsx',
      tahun: 2023,
      indikator: [
        { sheet: "Realisasi 2023", sel: "C7", capaian: 111.69, target: { kind: "text", text: "≥ 90 %" } },
        { sheet: null, sel: null, capaian: null, satuan: undefined, nested: [[1, [2]], { x: [] }] },
      ],
      temuan: [],
      takTerbaca: [{}],
      kosong: {},
    },
  },
  { "no fields": {} },
  { "left-out fields": { a: undefined, b: () => 1, c: [undefined, () => 2, 3], d: "é ∑ 😀" } },
  { "the last field a list": { x: 1, daftar: ["satu", "dua"] } },
];

describe.each(shapes.map((s) => Object.entries(s)[0]!))("%s", (_name, value) => {
  const expected = `${JSON.stringify(value, null, 2)}\n`;

  it("pieces join to JSON.stringify's indented text", () => {
    expect([...jsonPieces(value)].join("") + "\n").toBe(expected);
  });

  it("the written file holds that text", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "json-file-"));
    try {
      await writeJsonFile(path.join(dir, "l.json"), value);
      expect(await readFile(path.join(dir, "l.json"), "utf8")).toBe(expected);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

it("a list larger than one flush is written whole and in order", async () => {
  const indikator = Array.from({ length: 30_000 }, (_, i) => ({
    no: i,
    nama: `Indikator ${i} ${"x".repeat(40)}`,
  }));
  const dir = await mkdtemp(path.join(tmpdir(), "json-file-"));
  try {
    await writeJsonFile(path.join(dir, "l.json"), { indikator });
    const text = await readFile(path.join(dir, "l.json"), "utf8");
    expect(text.length).toBeGreaterThan(2 << 20);
    expect(text).toBe(`${JSON.stringify({ indikator }, null, 2)}\n`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
