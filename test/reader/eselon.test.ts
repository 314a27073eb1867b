/**
 * A column saying which eselon holds each row (DOMAIN.md: II tujuan/sasaran, III programs, IV (sub)kegiatan)
 * gives the row its level: roman numerals with or without "Eselon" and a grade (II.a, III/b), the posts as
 * agencies write them (Kepala Dinas, Kabid, Kasi, Pejabat Administrator), under "Eselon", "Tingkat",
 * "Jenjang" or "Jabatan"; the name column's header settles II and IV where it lists one of their two
 * levels. A penanggung jawab column (an IKU's owner) and a "No" of roman group numbers say no level.
 */
import type { Level } from "../../src/engine/model";
import { readWorkbook } from "../../src/reader";
import { eselonOf, levelsOfEselon } from "../../src/reader/eselon";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

// [eselon 2 | 3 | 4, name, indikator, target]
const ROWS: [2 | 3 | 4, string, string, number][] = [
  [2, "Meningkatnya ketenteraman dan ketertiban umum", "Indeks ketenteraman dan ketertiban", 80],
  [
    3,
    "Program Peningkatan Ketenteraman dan Ketertiban Umum",
    "Persentase gangguan trantibum yang tertangani",
    95,
  ],
  [4, "Penanganan Gangguan Ketenteraman dan Ketertiban Umum", "Jumlah operasi penertiban", 24],
  [3, "Program Penanggulangan Bencana", "Persentase kejadian bencana yang tertangani", 100],
  [4, "Pelayanan Penyelamatan dan Evakuasi Korban Bencana", "Jumlah korban bencana yang dievakuasi", 150],
];

const WORDS: Record<string, Record<2 | 3 | 4, string>> = {
  roman: { 2: "II", 3: "III", 4: "IV" },
  graded: { 2: "II.a", 3: "III/b", 4: "IV.a" },
  eselon: { 2: "Eselon II", 3: "Eselon III", 4: "ESELON IV" },
  posts: { 2: "Kepala Dinas", 3: "Kepala Bidang Trantibum", 4: "Kepala Seksi Operasi" },
  short: { 2: "Kadis", 3: "Kabid Linmas", 4: "Kasi Penertiban" },
  ranks: { 2: "Pejabat Pimpinan Tinggi Pratama", 3: "Pejabat Administrator", 4: "Pejabat Pengawas" },
};

function table(header: string, names: string, words: Record<2 | 3 | 4, string>, after = false) {
  const sb = new SheetBuilder("Kinerja");
  sb.row(["CAPAIAN KINERJA PER ESELON TAHUN 2024"]);
  sb.blank();
  const lead = (es: string, nama: string) => (after ? [nama, es] : [es, nama]);
  sb.row(["No", ...lead(header, names), "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024"]);
  ROWS.forEach(([es, nama, ind, t], i) => sb.row([i + 1, ...lead(words[es], nama), ind, "unit", t, t]));
  return readWorkbook(workbook(sb.build())).indicators.map((i) => i.level);
}

describe("an eselon column gives each row its level", () => {
  const three: Record<2 | 3 | 4, Level> = { 2: "sasaran", 3: "program", 4: "kegiatan" };
  const cases = Object.entries(WORDS).flatMap(([w, words], k) =>
    [
      ["Eselon", "Sasaran Strategis / Program / Kegiatan"],
      ["Tingkat", "Uraian"],
      ["Jabatan", "Sasaran/Program/Kegiatan"],
      ["Jenjang", "Nama"],
    ].map(
      ([h, n], j) => [`${w} under "${h}", names under "${n}"`, h!, n!, words, (k + j) % 2 === 1] as const,
    ),
  );
  test.each(cases)("%s", (_, header, names, words, after) => {
    expect(table(header, names, words, after)).toEqual(ROWS.map((r) => three[r[0]]));
  });

  it("takes sub kegiatan for IV and tujuan for II where the name header lists only those", () => {
    const levels = table("Eselon", "Tujuan / Program / Sub Kegiatan", WORDS.roman!);
    const mapped: Record<2 | 3 | 4, Level> = { 2: "tujuan", 3: "program", 4: "subkegiatan" };
    expect(levels).toEqual(ROWS.map((r) => mapped[r[0]]));
  });

  it("takes kegiatan or sub kegiatan for IV from the row's kode rekening", () => {
    const sb = new SheetBuilder("PK");
    sb.row(["PERJANJIAN KINERJA BERJENJANG TAHUN 2025"]);
    sb.blank();
    sb.row(["Kode", "Eselon", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target 2025"]);
    sb.row(["1.05.02", "III", "Program Peningkatan Ketenteraman", "Persentase gangguan tertangani", 95]);
    sb.row(["1.05.02.2.01", "IV", "Penanganan Gangguan", "Jumlah operasi penertiban", 24]);
    sb.row(["1.05.02.2.01.0001", "IV", "Patroli Wilayah", "Jumlah patroli", 48]);
    expect(readWorkbook(workbook(sb.build())).indicators.map((i) => i.level)).toEqual([
      "program",
      "kegiatan",
      "subkegiatan",
    ]);
  });

  it("reads a penanggung jawab column as no eselon: an IKU's owner holds a sasaran's indicator", () => {
    const sb = new SheetBuilder("IKU");
    sb.row(["INDIKATOR KINERJA UTAMA TAHUN 2024"]);
    sb.blank();
    sb.row(["No", "Sasaran Strategis", "Indikator Kinerja", "Target 2024", "Penanggung Jawab"]);
    sb.row([1, "Meningkatnya ketertiban umum", "Indeks ketertiban", 80, "Kepala Bidang Trantibum"]);
    sb.row([
      2,
      "Meningkatnya ketertiban umum",
      "Persentase Perda yang ditegakkan",
      90,
      "Kasi Penegakan Perda",
    ]);
    expect(readWorkbook(workbook(sb.build())).indicators.map((i) => i.level)).toEqual(["sasaran", "sasaran"]);
  });

  it("tells eselon words from other text", () => {
    expect(eselonOf("III.a")).toBe(3);
    expect(eselonOf("Eselon IV/b")).toBe(4);
    expect(eselonOf("Kasubbag Umum")).toBe(4);
    expect(eselonOf("Sekretaris")).toBe(3);
    expect(eselonOf("I")).toBeUndefined();
    expect(eselonOf("Staf Pelaksana")).toBeUndefined();
    expect(eselonOf("Kepala Desa")).toBeUndefined();
    expect(levelsOfEselon("IV", new Set<Level>(["program", "kegiatan", "subkegiatan"]))).toEqual([
      "kegiatan",
      "subkegiatan",
    ]);
    expect(levelsOfEselon("II", new Set<Level>(["sasaran", "program"]))).toEqual(["sasaran"]);
  });
});
