/**
 * An indicator table whose rows are programs, kegiatan and sub kegiatan, each with its indicator and its
 * pagu and realisasi anggaran: a printed JUMLAH adds up the programs only (program = Σ kegiatan = Σ sub
 * kegiatan, DOMAIN.md), and a program or kegiatan whose money is not the sum of its children's is a
 * finding at its cell, once the table adds up somewhere. Staircase name columns or one name column with
 * kode rekening; a kegiatan's second indicator under its blank name is no child of its own.
 */
import type { Level } from "../../src/engine/model";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

// [level, kode, name, indikator, pagu, realisasi anggaran]
type Baris = [Level, string, string, string, number, number];
const ROWS: Baris[] = [
  ["program", "2.20.02", "PROGRAM PENGELOLAAN PERPUSTAKAAN", "Persentase layanan perpustakaan", 300, 280],
  ["kegiatan", "2.20.02.2.01", "Pembinaan Perpustakaan", "Jumlah perpustakaan dibina", 200, 190],
  ["subkegiatan", "2.20.02.2.01.0001", "Pengelolaan Bahan Pustaka", "Jumlah bahan pustaka diolah", 120, 115],
  ["subkegiatan", "2.20.02.2.01.0002", "Peningkatan Layanan", "Jumlah pengunjung", 80, 75],
  ["kegiatan", "2.20.02.2.02", "Pembudayaan Gemar Membaca", "Jumlah kegiatan literasi", 100, 90],
  ["subkegiatan", "2.20.02.2.02.0001", "Lomba Literasi", "Jumlah peserta lomba", 100, 90],
  ["program", "2.20.03", "PROGRAM PELESTARIAN NASKAH KUNO", "Persentase naskah kuno dilestarikan", 50, 45],
  ["kegiatan", "2.20.03.2.01", "Pelestarian Naskah", "Jumlah naskah dialihmediakan", 50, 45],
];
const DEPTH: Record<string, number> = { program: 0, kegiatan: 1, subkegiatan: 2 };

type Shape = "tangga" | "kode";
function build(shape: Shape, rows: Baris[], opts: { jumlah?: boolean; second?: boolean } = {}) {
  const sb = new SheetBuilder("Renja");
  sb.row(["EVALUASI RENJA TAHUN 2024"]);
  sb.blank();
  const names =
    shape === "tangga" ? ["Program", "Kegiatan", "Sub Kegiatan"] : ["Kode", "Program/Kegiatan/Sub Kegiatan"];
  sb.row([
    ...names,
    "Indikator Kinerja",
    "Target 2024",
    "Pagu 2024 (Rp)",
    "Realisasi 2024",
    "Realisasi Anggaran 2024 (Rp)",
  ]);
  const lead = (d: Baris) => {
    if (shape === "kode") return [d[1], d[2]];
    const cells = ["", "", ""];
    cells[DEPTH[d[0]]!] = d[2];
    return cells;
  };
  const at: number[] = [];
  for (const d of rows) {
    at.push(sb.row([...lead(d), d[3], 10, d[4] * 1e6, 10, d[5] * 1e6]));
    // a second indicator of the same element: its name left blank, its money printed again
    if (opts.second && d[0] === "kegiatan")
      sb.row([...lead(d).map(() => ""), `${d[3]} (kedua)`, 5, d[4] * 1e6, 5, d[5] * 1e6]);
  }
  if (opts.jumlah) {
    const top = rows.filter((d) => d[0] === "program");
    const sum = (k: 4 | 5) => top.reduce((a, d) => a + d[k], 0) * 1e6;
    const label = shape === "kode" ? ["", "JUMLAH"] : ["JUMLAH", "", ""];
    sb.row([...label, "", "", sum(4), "", sum(5)]);
  }
  return { read: readWorkbook(workbook(sb.build())), at };
}

const jumlahTemuan = (r: ReturnType<typeof readWorkbook>) =>
  r.temuan.filter((t) => t.kode === "JUMLAH_TIDAK_SESUAI");

describe.each<Shape>(["tangga", "kode"])("a Renja of several levels with money on each row (%s)", (shape) => {
  it("reads each row's level and totals only the programs", () => {
    const { read } = build(shape, ROWS, { jumlah: true });
    expect(read.indicators.map((i) => i.level)).toEqual(ROWS.map((d) => d[0]));
    // the pagu and realisasi totals, each of the two programs' cells
    expect(read.aggregates.map((a) => [a.kind, a.members.length])).toEqual([
      ["jumlah", 2],
      ["jumlah", 2],
    ]);
    expect(jumlahTemuan(read)).toEqual([]);
  });

  it("says where a program's pagu is not the sum of its kegiatan's", () => {
    const rows = ROWS.map((d): Baris => (d[2].includes("NASKAH") ? [d[0], d[1], d[2], d[3], 60, d[5]] : d));
    const { read, at } = build(shape, rows);
    const found = jumlahTemuan(read);
    expect(found).toHaveLength(1);
    expect(found[0]!.sel[0]!.cell).toBe(`${shape === "tangga" ? "F" : "E"}${at[6]! + 1}`);
  });

  it("does not count a kegiatan's second indicator as a child of its own", () => {
    expect(jumlahTemuan(build(shape, ROWS, { second: true }).read)).toEqual([]);
  });
});

it("checks nothing where no element adds up: a plan listing only some kegiatan of each program", () => {
  const partial = ROWS.filter((d) => d[0] !== "subkegiatan").map((d): Baris =>
    d[0] === "program" ? [d[0], d[1], d[2], d[3], d[4] * 3, d[5] * 3] : d,
  );
  expect(jumlahTemuan(build("kode", partial).read)).toEqual([]);
});
