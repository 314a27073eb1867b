/**
 * A unit in its own column beside each value (tables pasted from Word: "85,00 | %" under one header merged
 * over both) is the satuan, or the unit of the value left of it, never a second copy of that value; a Word
 * cell spread over several thin merged columns is one column. A block of counts and percents under no
 * performance header is listed, even when a count table's total is checked there.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { isUnitWord } from "../../src/reader/unit-columns";
import { SheetBuilder, workbook } from "../fixtures/layouts";

type Row = [string, string, CellValue, CellValue, CellValue];
const ROWS: Row[] = [
  ["Persentase desa yang memiliki akses internet", "%", "85,00", "87,12", "102,49"],
  ["Jumlah pelatihan aparatur", "Kali", 12, 15, "125,00"],
  ["Jumlah dokumen perencanaan yang tersusun", "Dokumen", "4", "4", "100,00"],
  ["Indeks kepuasan masyarakat", "Nilai", "80,50", "82,35", "102,30"],
];

interface Variant {
  heads: [string, string, string];
  /** Excel columns each Word cell spans: No, indikator */
  wide: [number, number];
  /** a Satuan column of its own before the values */
  satuanCol: boolean;
}

/** A Tabel 3.x as Word pastes it: every value followed by its unit, each header merged over both. */
function wordTable(v: Variant) {
  const sb = new SheetBuilder("Bab III");
  sb.row(["Tabel 3.2 Pengukuran Kinerja Tahun 2024"]);
  const [nw, iw] = v.wide;
  const pad = (text: CellValue, w: number): CellValue[] => [text, ...Array<CellValue>(w - 1).fill("")];
  const lead = (no: CellValue, name: CellValue, sat: CellValue) => [
    ...pad(no, nw),
    ...pad(name, iw),
    ...(v.satuanCol ? [sat] : []),
  ];
  const first = nw + iw + (v.satuanCol ? 1 : 0);
  const h = sb.row([...lead("No", "Indikator Kinerja", "Satuan"), ...v.heads.flatMap((x) => [x, ""])]);
  const merge = (r: number) => {
    if (nw > 1) sb.mergeAcross(r, 0, nw - 1);
    if (iw > 1) sb.mergeAcross(r, nw, nw + iw - 1);
  };
  merge(h);
  for (let k = 0; k < 3; k++) sb.mergeAcross(h, first + 2 * k, first + 2 * k + 1);
  const at = ROWS.map((d, i) => {
    const r = sb.row([...lead(`${i + 1}.`, d[0], d[1]), d[2], d[1], d[3], d[1], d[4], "%"]);
    merge(r);
    return r;
  });
  return { read: readWorkbook(workbook(sb.build())), first, at, nw };
}

const VARIANTS: Variant[] = [
  { heads: ["Target", "Realisasi", "Capaian"], wide: [2, 4], satuanCol: false },
  { heads: ["Target 2024", "Realisasi 2024", "Capaian (%)"], wide: [1, 3], satuanCol: false },
  { heads: ["Rencana", "Realisasi", "% Capaian"], wide: [2, 2], satuanCol: false },
  { heads: ["Target Kinerja", "Realisasi Kinerja", "Persentase Capaian"], wide: [1, 1], satuanCol: true },
  { heads: ["Target", "Realisasi", "Capaian"], wide: [2, 5], satuanCol: true },
];

describe("units in their own column", () => {
  test.each(VARIANTS)("%j: one indicator per row, the units as satuan, no second value", (v) => {
    const { read, first, nw } = wordTable(v);
    expect(read.tables).toHaveLength(1);
    const roles = read.tables[0]!.columns.map((c) => [c.col, c.role]);
    // one column per Word cell: the merged halves of No and Indikator are no columns of their own
    expect(roles.filter(([, r]) => r === "indikator")).toHaveLength(1);
    expect(roles.filter(([, r]) => r === "no").length).toBeLessThanOrEqual(1);
    expect(read.tables[0]!.columns.find((c) => c.role === "indikator")!.col).toBe(nw);
    const valueCols = read.tables[0]!.columns.filter((c) =>
      ["target", "realisasi", "capaian"].includes(c.role),
    );
    expect(valueCols.map((c) => c.col)).toEqual([first, first + 2, first + 4]);
    expect(read.indicators).toHaveLength(ROWS.length);
    ROWS.forEach((d, i) => {
      const ind = read.indicators[i]!;
      expect(ind.indikator).toBe(d[0]);
      expect(ind.satuan).toBe(d[1]);
      expect(ind.tahun["2024"]?.target?.parsed).toMatchObject({ kind: "number" });
    });
    expect(read.temuan.filter((t) => t.kode === "NILAI_BERBEDA_ANTAR_TABEL")).toEqual([]);
  });

  test("unit words are what the parser takes after a number; grades, predikat words and numbers are not", () => {
    for (const w of ["%", "persen", "Kali", "orang", "Dokumen", "Nilai", "Unit", "desa", "Indeks"])
      expect(isUnitWord(w)).toBe(true);
    for (const w of [
      "",
      "85",
      "12 orang",
      "BB",
      "A",
      "Sangat Baik",
      "Baik",
      "Cukup",
      "Tercapai sebagian besar dari target",
    ])
      expect(isUnitWord(w)).toBe(false);
  });

  test("a grade or predikat beside the capaian stays what its header says", () => {
    const sb = new SheetBuilder("Pengukuran");
    sb.row(["Pengukuran Kinerja Tahun 2024"]);
    const h = sb.row(["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian", ""]);
    sb.mergeAcross(h, 4, 5);
    sb.row([1, "Nilai SAKIP", 70, 72, 102.86, "Sangat Baik"]);
    sb.row([2, "Indeks Kepuasan Masyarakat", 80, 78, 97.5, "Baik"]);
    const read = readWorkbook(workbook(sb.build()));
    const col5 = read.tables[0]!.columns.find((c) => c.col === 5);
    expect(col5?.role).not.toBe("satuan");
  });
});

describe("a block of counts and percents under no performance header", () => {
  test.each([
    ["Tingkat Pendidikan", ["S2", "S1", "D3", "SMA"], "Jumlah"],
    ["Golongan", ["IV", "III", "II", "I"], "Total"],
    ["Jenis Kelamin", ["Laki-laki", "Perempuan", "-", "-"], "Jumlah"],
  ] as const)("%s: listed although its total is checked", (label, names, total) => {
    const sb = new SheetBuilder("Bab II");
    sb.row(["Tabel 2.1 Komposisi Pegawai"]);
    const h = sb.row(["No", label, "Jumlah", "", "Persentase", ""]);
    sb.mergeAcross(h, 2, 3).mergeAcross(h, 4, 5);
    const counts = [6, 21, 5, 9];
    const sum = counts.reduce((a, b) => a + b, 0);
    names.forEach((n, i) => {
      if (n !== "-")
        sb.row([
          `${i + 1}.`,
          n,
          String(counts[i]),
          "orang",
          ((counts[i]! / sum) * 100).toFixed(2).replace(".", ","),
          "%",
        ]);
    });
    const last = sb.row(["", total, String(sum), "orang", "100,00", "%"]);
    const read = readWorkbook(workbook(sb.build()));
    expect(read.indicators).toEqual([]);
    const blk = read.takTerbaca.find((b) => b.sheet === "Bab II");
    expect(blk).toBeDefined();
    expect(blk!.range).toContain(String(last + 1));
  });
});
