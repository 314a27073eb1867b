/**
 * A table printed over two pages repeats its header (and its column-number row) where the page broke, often
 * after an empty row. The table goes on there when the rows under the repeat carry on its running number;
 * a second table under the same header, numbered from 1 again, is a table of its own. Each on variants of
 * header wording, a column-number row or none, one or two empty rows, a group line after the repeat.
 */
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const HEADERS = [
  ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
  ["NO", "SASARAN", "INDIKATOR KINERJA UTAMA", "SATUAN", "TARGET 2024", "REALISASI 2024", "% CAPAIAN"],
  ["No.", "Tujuan/Sasaran", "Indikator", "Satuan", "T", "R", "C"],
];
const NOMOR = ["1", "2", "3", "4", "5", "6", "7=6/5x100"];
const S = ["Meningkatnya kemandirian desa", "Meningkatnya tata kelola pemerintahan desa"];
const ROWS: [string, string, string, string, string][] = [
  ["Jumlah desa berstatus mandiri", "desa", "10", "12", "120,00"],
  ["Persentase desa berstatus maju", "%", "45", "48,39", "107,53"],
  ["Persentase desa yang menyampaikan LPJ tepat waktu", "%", "95", "91,94", "96,78"],
  ["Jumlah BUMDes berklasifikasi maju", "unit", "15", "11", "73,33"],
  ["Persentase aparatur desa yang dilatih", "%", "60", "66,4", "110,67"],
];

interface Variant {
  header: string[];
  nomor: boolean;
  gap: number;
  /** the sasaran as a group line of its own after the repeat, not in the indicator's row */
  groupLine?: boolean;
  /** numbering after the repeat starts over at 1: a second table */
  restart?: boolean;
  /** one-cell lines of page furniture between the gap and the repeat (page number, title again) */
  furniture?: [col: number, text: string][];
}

function build(v: Variant) {
  const sb = new SheetBuilder("Pengukuran");
  sb.row(["PENGUKURAN KINERJA TAHUN 2024"]);
  sb.blank();
  sb.row(v.header);
  if (v.nomor) sb.row(NOMOR);
  ROWS.forEach((d, i) => {
    if (i === 3) {
      sb.blank(v.gap);
      for (const [col, text] of v.furniture ?? []) {
        const line: string[] = [];
        line[col] = text;
        sb.row(Array.from(line, (x) => x ?? ""));
        sb.blank(v.gap > 0 ? 1 : 0);
      }
      sb.row(v.header);
      if (v.nomor) sb.row(NOMOR);
      if (v.groupLine) sb.row(["", S[1]!]);
    }
    const no = v.restart && i >= 3 ? i - 2 : i + 1;
    const sasaran = i === 0 ? S[0]! : i === 2 || (i === 3 && !v.groupLine) ? S[1]! : "";
    sb.row([no, sasaran, ...d]);
  });
  return { wb: workbook(sb.build()) };
}

const cases: [string, Variant][] = [];
HEADERS.forEach((header, h) =>
  [1, 2].forEach((gap) =>
    [true, false].forEach((nomor) =>
      cases.push([
        `header ${h + 1}, ${gap} empty row(s), ${nomor ? "with" : "no"} column numbers`,
        { header, gap, nomor },
      ]),
    ),
  ),
);
cases.push(["a group line after the repeat", { header: HEADERS[0]!, gap: 1, nomor: true, groupLine: true }]);
cases.push(["a group line, no gap", { header: HEADERS[1]!, gap: 0, nomor: false, groupLine: true }]);

describe("a header repeated at a page break", () => {
  test.each(cases)("continues the table: %s", (_, v) => {
    const read = readWorkbook(build(v).wb);
    expect(read.tables).toHaveLength(1);
    expect(read.indicators.map((i) => i.indikator)).toEqual(ROWS.map((r) => r[0]));
    for (const i of read.indicators) expect(i.tahun["2024"]?.realisasi).toBeDefined();
    expect(read.indicators[3]!.sasaran).toBe(S[1]);
    expect(read.takTerbaca).toEqual([]);
  });

  test.each(HEADERS.map((header, h) => [`header ${h + 1}`, header] as const))(
    "numbered from 1 again, the rows under it are a second table: %s",
    (_, header) => {
      const read = readWorkbook(build({ header, gap: 1, nomor: true, restart: true }).wb);
      expect(read.tables).toHaveLength(2);
      expect(read.indicators).toHaveLength(5);
    },
  );

  // the page's furniture between: its number, the title again with a continuation word or word for word
  const FURNITURE: [string, [number, string][]][] = [
    [
      "'- 21 -' and 'Tabel 3.1 (lanjutan)'",
      [
        [3, "- 21 -"],
        [0, "Tabel 3.1 (lanjutan)"],
      ],
    ],
    ["'Hal. 14' alone", [[6, "Hal. 14"]]],
    [
      "'Halaman 3 dari 12' and the title word for word",
      [
        [2, "Halaman 3 dari 12"],
        [0, "PENGUKURAN KINERJA TAHUN 2024"],
      ],
    ],
    ["'Tabel 3.1 (Sambungan)'", [[0, "Tabel 3.1 (Sambungan)"]]],
    [
      "'Table 3.1 (continued)' and 'Page 4 of 9'",
      [
        [0, "Table 3.1 (continued)"],
        [4, "Page 4 of 9"],
      ],
    ],
    [
      "'lanjutan' with the page number after",
      [
        [1, "Lanjutan Tabel 3.1"],
        [3, "– 22 –"],
      ],
    ],
  ];
  const withFurniture: [string, Variant][] = [];
  FURNITURE.forEach(([what, furniture], k) =>
    withFurniture.push([
      what,
      { header: HEADERS[k % HEADERS.length]!, gap: k % 2, nomor: k % 3 === 0, furniture },
    ]),
  );
  withFurniture.push([
    "furniture and a group line after the repeat",
    {
      header: HEADERS[0]!,
      gap: 1,
      nomor: true,
      groupLine: true,
      furniture: [
        [3, "- 7 -"],
        [0, "Tabel 3.1 (lanjutan)"],
      ],
    },
  ]);

  test.each(withFurniture)("continues the table over page furniture: %s", (_, v) => {
    const read = readWorkbook(build(v).wb);
    expect(read.tables).toHaveLength(1);
    expect(read.indicators.map((i) => i.indikator)).toEqual(ROWS.map((r) => r[0]));
    for (const i of read.indicators) expect(i.tahun["2024"]?.realisasi).toBeDefined();
    expect(read.indicators[3]!.sasaran).toBe(S[1]);
    expect(read.takTerbaca).toEqual([]);
  });

  test("a page number before the header again, numbered from 1 with no continuation word: a second table", () => {
    const v: Variant = {
      header: HEADERS[0]!,
      gap: 1,
      nomor: false,
      restart: true,
      furniture: [[3, "- 21 -"]],
    };
    const read = readWorkbook(build(v).wb);
    expect(read.tables).toHaveLength(2);
    expect(read.indicators).toHaveLength(5);
  });

  test("another table's title between, numbered from 1: a second table", () => {
    const v: Variant = {
      header: HEADERS[1]!,
      gap: 1,
      nomor: true,
      restart: true,
      furniture: [[0, "Tabel 3.2 Pengukuran Kinerja Tahun 2023"]],
    };
    const read = readWorkbook(build(v).wb);
    expect(read.tables).toHaveLength(2);
    expect(read.tables[1]!.title).toContain("Tabel 3.2");
  });
});
