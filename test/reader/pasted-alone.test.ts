/**
 * "85, 3" is a number pasted from a PDF, but "10, 20" has the same shape and may be two numbers. The table is
 * the evidence (src/reader/pasted-alone.ts): where other value cells show the pasted shape too, each is read
 * as one number; a lone one, or one in a column that holds lists ("10, 20, 30"), is not read, and the finding
 * names the cell and says it may be two numbers or the number it would have been.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readRows } from "../helpers/read-rows";

const HEAD = ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"];
const NAMES = [
  "Persentase PPKS yang tertangani",
  "Jumlah keluarga penerima bantuan sosial",
  "Persentase PSKS yang aktif",
  "Jumlah rumah tidak layak huni yang direhabilitasi",
];

/** rows of [target, realisasi, capaian] under HEAD; the table is at A3 (title, blank, header) */
function read(values: [CellValue, CellValue, CellValue][]) {
  const rows: CellValue[][] = [HEAD, ...values.map((v, k) => [k + 1, NAMES[k]!, "%", ...v])];
  return readRows("Pengukuran 2024", rows, "PENGUKURAN KINERJA TAHUN 2024");
}

const targetOf = (r: ReturnType<typeof read>, k: number) => r.indicators[k]!.tahun["2024"]!.target!.parsed;
const unreadable = (r: ReturnType<typeof read>) =>
  r.temuan.filter((t) => t.kode === "NILAI_TIDAK_TERBACA").map((t) => t.sel[0]!.cell);

describe("a lone pasted shape is not read as one number", () => {
  test.each([
    ["10, 20", "10,2", "10.2"],
    ["10 ,20", "10,2", "10.2"],
    ["5 , 25", "5,25", "5.25"],
    ["1 . 250", "1.250", "1,250"],
  ])("'%s' among plainly written numbers", (cell, id, en) => {
    const r = read([
      [cell, "12", "100"],
      ["85,3", "87,1", "102,11"],
      ["57", "59,97", "105,21"],
      ["40", "40", "100"],
    ]);
    expect(targetOf(r, 0)).toEqual({ kind: "unreadable", text: cell });
    expect(targetOf(r, 1)).toEqual({ kind: "number", value: 85.3 });
    expect(unreadable(r)).toEqual(["D4"]);
    const t = r.temuan.find((x) => x.kode === "NILAI_TIDAK_TERBACA")!;
    expect(t.pesan.id).toContain(`"${cell}"`);
    expect(t.pesan.id).toContain(`(${id})`);
    expect(t.pesan.en).toContain(`(${en})`);
    expect(t.pesan.en).toContain("two numbers");
  });

  it("in a column that holds lists, even where other cells are pasted", () => {
    const r = read([
      ["10, 20", "85, 3", "100"],
      ["10, 20, 30", "87, 1", "100"],
      ["57", "59, 97", "100"],
    ]);
    expect(targetOf(r, 0)).toEqual({ kind: "unreadable", text: "10, 20" });
    expect(r.indicators[0]!.tahun["2024"]!.realisasi!.parsed).toEqual({ kind: "number", value: 85.3 });
    expect(unreadable(r)).toContain("D4");
  });
});

describe("a pasted shape the table shows again is read as one number", () => {
  test.each([
    [
      "in the same column",
      [
        ["85, 3", "87,1", "102,11"],
        ["59, 97", "60", "100,05"],
        ["40", "40", "100"],
      ],
      85.3,
    ],
    [
      "in another column",
      [
        ["85, 3", "87, 1", "102,11"],
        ["57", "59,97", "105,21"],
      ],
      85.3,
    ],
    [
      "thousands and decimals",
      [
        ["1 . 250", "1 . 316", "105, 28"],
        ["85,3", "87,1", "102,11"],
      ],
      1250,
    ],
  ] as [string, [CellValue, CellValue, CellValue][], number][])("%s", (_where, values, first) => {
    const r = read(values);
    expect(targetOf(r, 0)).toEqual({ kind: "number", value: first });
    expect(unreadable(r)).toEqual([]);
  });
});
