/**
 * A table printed over two pages whose page prints the table's title again before the repeated header:
 * the same title (word for word, or but for case, punctuation, spacing, "(lanjutan)", a page number, or
 * its table number alone) over the same header continues the table, numbered on or not numbered at all.
 * A different title (another Tabel 3.x, another year, another agency's words, "Tabel 3.2 (lanjutan)")
 * over the same header starts a table of its own. Each over titles that start with a known title word and
 * titles that don't, one or two title lines, merged or not, with or without an empty row before.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { titleKey } from "../../src/reader/page-break";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const HEADS = [
  ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
  ["NO", "SASARAN", "INDIKATOR KINERJA UTAMA", "SATUAN", "TARGET 2024", "REALISASI 2024", "% CAPAIAN"],
];
const ROWS: CellValue[][] = [
  ["Jumlah desa berstatus mandiri", "desa", 10, 12, 120],
  ["Persentase desa berstatus maju", "%", 45, 48.39, 107.53],
  ["Persentase desa yang menyampaikan LPJ tepat waktu", "%", 95, 91.94, 96.78],
  ["Jumlah BUMDes berklasifikasi maju", "unit", 15, 11, 73.33],
  ["Persentase aparatur desa yang dilatih", "%", 60, 66.4, 110.67],
];
const NAMES = ROWS.map((r) => r[0]);

type Numbering = "on" | "none" | "restart";
interface Variant {
  title: string[];
  repeat: string[];
  gap: number;
  merged: boolean;
  numbering: Numbering;
  head: string[];
}

function build(v: Variant) {
  const sb = new SheetBuilder("Pengukuran");
  const line = (t: string) => {
    const r = sb.row([t]);
    if (v.merged) sb.mergeAcross(r, 0, v.head.length - 1);
  };
  v.title.forEach(line);
  sb.blank();
  sb.row(v.head);
  ROWS.forEach((d, i) => {
    if (i === 3) {
      sb.blank(v.gap);
      v.repeat.forEach(line);
      sb.row(v.head);
    }
    const no = i < 3 || v.numbering === "on" ? i + 1 : v.numbering === "restart" ? i - 2 : "";
    sb.row([no, i === 0 ? "Meningkatnya kemandirian desa" : "", ...d]);
  });
  return workbook(sb.build());
}

const TITLES = [
  ["PENGUKURAN KINERJA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA TAHUN 2024"],
  ["TABEL 3.1 PENGUKURAN KINERJA SASARAN STRATEGIS TAHUN 2024"],
  ["CAPAIAN KINERJA DINAS SOSIAL TAHUN 2024"],
  ["Tabel 3.1", "Pengukuran Kinerja Dinas Sosial Tahun 2024"],
  ["HASIL KINERJA DINAS SOSIAL KOTA BATU TAHUN 2024"],
];
const last = (t: string[], f: (x: string) => string) => t.map((x, i) => (i === t.length - 1 ? f(x) : x));
const SAME: [string, (t: string[]) => string[]][] = [
  ["word for word", (t) => t],
  ["with (lanjutan)", (t) => last(t, (x) => `${x} (lanjutan)`)],
  ["lower case", (t) => t.map((x) => x.toLowerCase())],
  ["a trailing period", (t) => last(t, (x) => `${x}.`)],
  ["a page number after it", (t) => last(t, (x) => `${x} - 12 -`)],
  ["a page number line after it", (t) => [...t, "Hal. 12"]],
  ["the table number alone", (t) => (/^tabel/i.test(t[0]!) ? ["Tabel 3.1"] : t)],
];

const same: [string, Variant][] = [];
TITLES.forEach((title, k) =>
  SAME.forEach(([what, f], j) =>
    (["on", "none"] as const).forEach((numbering) =>
      same.push([
        `${title.join(" / ").slice(0, 30)}…, ${what}, numbering ${numbering}`,
        { title, repeat: f(title), gap: (k + j) % 2, merged: j % 2 === 0, numbering, head: HEADS[k % 2]! },
      ]),
    ),
  ),
);

const DIFFERENT: [string[], string[]][] = [
  [["TABEL 3.1 PENGUKURAN KINERJA TAHUN 2024"], ["TABEL 3.2 PENGUKURAN KINERJA TAHUN 2024"]],
  [["TABEL 3.1 PENGUKURAN KINERJA TAHUN 2024"], ["TABEL 3.1 PENGUKURAN KINERJA TAHUN 2023"]],
  [["PENGUKURAN KINERJA DINAS SOSIAL TAHUN 2024"], ["PENGUKURAN KINERJA DINAS KESEHATAN TAHUN 2024"]],
  [["CAPAIAN KINERJA DINAS SOSIAL TAHUN 2024"], ["CAPAIAN KINERJA SEKRETARIAT TAHUN 2024"]],
  [
    ["Tabel 3.1", "Pengukuran Kinerja Tahun 2024"],
    ["Tabel 3.2", "Pengukuran Kinerja Tahun 2024"],
  ],
  [["Tabel 3.1 Pengukuran Kinerja"], ["Tabel 3.2 (lanjutan)"]],
  [["Tabel 3.1 Pengukuran Kinerja"], ["Tabel 3.2"]],
];
const different: [string, Variant][] = [];
DIFFERENT.forEach(([title, repeat], k) =>
  (["on", "none", "restart"] as const).forEach((numbering, j) =>
    different.push([
      `${title.join(" / ")} then ${repeat.join(" / ")}, numbering ${numbering}`,
      { title, repeat, gap: (k + j) % 2, merged: k % 2 === 0, numbering, head: HEADS[j % 2]! },
    ]),
  ),
);

describe("the page's title printed again before the repeated header", () => {
  test.each(same)("the same title continues the table: %s", (_, v) => {
    const read = readWorkbook(build(v));
    expect(read.tables).toHaveLength(1);
    expect(read.indicators.map((i) => i.indikator)).toEqual(NAMES);
    for (const i of read.indicators) expect(i.tahun["2024"]?.realisasi).toBeDefined();
    expect(read.takTerbaca).toEqual([]);
  });

  test.each(different)("a different title starts a table of its own: %s", (_, v) => {
    const read = readWorkbook(build(v));
    expect(read.tables).toHaveLength(2);
    expect(read.tables[1]!.title).toContain(v.repeat.join(" "));
    expect(read.indicators.map((i) => i.indikator)).toEqual(NAMES);
    expect(read.takTerbaca).toEqual([]);
  });

  test("the same title over rows numbered from 1 again: a second table", () => {
    const title = ["PENGUKURAN KINERJA DINAS SOSIAL TAHUN 2024"];
    const v: Variant = { title, repeat: title, gap: 1, merged: true, numbering: "restart", head: HEADS[0]! };
    expect(readWorkbook(build(v)).tables).toHaveLength(2);
  });
});

describe("titleKey", () => {
  test.each([
    ["Tabel 3.1 Pengukuran Kinerja (lanjutan)", "tabel 3.1 pengukuran kinerja"],
    ["TABEL 3.1  PENGUKURAN KINERJA.", "tabel 3.1 pengukuran kinerja"],
    ["Tabel 3.1 Pengukuran Kinerja - 7 -", "tabel 3.1 pengukuran kinerja"],
    ["Lanjutan Tabel 3.1 Pengukuran Kinerja (hal. 2)", "tabel 3.1 pengukuran kinerja"],
    ["Table 3.1 Performance (continued)", "table 3.1 performance"],
    ["Renstra 2021 - 2026", "renstra 2021 2026"],
  ])("%s", (t, key) => expect(titleKey(t)).toBe(key));
});
