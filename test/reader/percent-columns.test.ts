/**
 * Percent columns that are derived from the values beside them, never a second target, end target or pagu:
 * a bare "%" under each year's "T | R" is that year's capaian (the year over it must not make it a target);
 * "Tingkat Capaian Target Akhir (%)" is the realisasi against the Renstra's end target, whatever preposition
 * it leaves out; "Penyerapan Anggaran (%)", "Daya Serap" are the serapan of a budget, as "Serapan" is.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { classifyHeader } from "../../src/reader/headers";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { readRows } from "../helpers/read-rows";

const YEARS = [2022, 2023, 2024];
const VALUES = [
  [
    "Persentase angkutan umum laik jalan",
    ["80", "82,4", "103", "83", "84,7", "102,05", "86", "87,3", "101,51"],
  ],
  [
    "IKM pengujian kendaraan bermotor",
    ["82", "83,6", "101,95", "84", "85,2", "101,43", "86", "87,44", "101,67"],
  ],
] as const;

/** "No | Indikator | 2022 | 2023 | 2024" over "T | R | %" under each year */
function yearsOverTriple(triple: string[], yearText: (y: number) => string, offset: number) {
  const sb = new SheetBuilder("Tahunan");
  sb.row(["Tabel 3.2 Realisasi dan Capaian Kinerja"]);
  const pad = Array<string>(offset).fill("");
  const h = sb.row([...pad, "No", "Indikator Kinerja", ...YEARS.flatMap((y) => [yearText(y), "", ""])]);
  sb.row([...pad, "", "", ...YEARS.flatMap(() => triple)]);
  sb.mergeDown(offset, h, h + 1).mergeDown(offset + 1, h, h + 1);
  YEARS.forEach((_, k) => sb.mergeAcross(h, offset + 2 + 3 * k, offset + 4 + 3 * k));
  VALUES.forEach(([name, vals], i) => sb.row([...pad, i + 1, name, ...vals]));
  return readWorkbook(workbook(sb.build()));
}

const TRIPLES = [
  ["T", "R", "%"],
  ["Target", "Realisasi", "%"],
  ["Tgt", "Real.", "(%)"],
  ["T", "R", "% "],
];
const YEAR_TEXTS: [string, (y: number) => string][] = [
  ["2022", (y) => String(y)],
  ["Tahun 2022", (y) => `Tahun ${y}`],
  ["TA 2022", (y) => `TA ${y}`],
];

describe('"%" under each year\'s T | R', () => {
  test.each(
    TRIPLES.flatMap((tr, i) =>
      YEAR_TEXTS.map(([label, y], j): [string, string, (y: number) => string, number] => [
        tr.join(" | "),
        label,
        y,
        (i + j) % 2,
      ]),
    ),
  )("is that year's capaian: %s under %s", (_, _label, yearText, offset) => {
    const read = yearsOverTriple(
      TRIPLES.find((t) => t.join(" | ") === _)!,
      yearText,
      offset,
    );
    expect(read.tables).toHaveLength(1);
    const cols = read.tables[0]!.columns.filter((c) => c.col >= offset + 2);
    expect(cols.map((c) => `${c.role}/${c.tahun}`)).toEqual(
      YEARS.flatMap((y) => [`target/${y}`, `realisasi/${y}`, `capaian/${y}`]),
    );
    read.indicators.forEach((ind, i) =>
      YEARS.forEach((y, k) => {
        const v = VALUES[i]![1];
        expect(ind.tahun[String(y)]?.target?.raw).toBe(v[3 * k]);
        expect(ind.tahun[String(y)]?.capaianTercetak?.raw).toBe(v[3 * k + 2]);
      }),
    );
    expect(read.temuan.filter((f) => f.kode === "NILAI_BERBEDA_ANTAR_TABEL")).toEqual([]);
  });

  it('a year\'s lone "%" with no realisasi beside it stays what the header rules say', () => {
    expect(classifyHeader(["2024", "%"]).role).toBe("target");
  });
});

describe("a capaian against the end target", () => {
  test.each([
    "Tingkat Capaian Target Akhir (%)",
    "Capaian Target Akhir Renstra (%)",
    "Persentase Capaian Target Akhir",
    "Tingkat Pencapaian Target Akhir (%)",
    "% Ketercapaian Kondisi Akhir",
    "Capaian Kinerja Target Akhir (%)",
  ])("is no second end target: %s", (header) => {
    expect(classifyHeader([header]).role).toBe("capaianRenstra");
    const r = readRows(
      "Renstra",
      [
        [
          "No",
          "Indikator",
          "Satuan",
          "Target 2023",
          "Realisasi 2023",
          "Target 2024",
          "Realisasi 2024",
          "Target Akhir Renstra",
          header,
        ],
        [1, "Indeks Kualitas Air", "indeks", "51,5", "52,1", "52,5", "50,8", "52,5", "96,76"],
        [2, "Indeks Kualitas Udara", "indeks", "85,5", "86,12", "86,5", "87,4", "86,5", "101,04"],
      ],
      "Tabel 3.3 Perbandingan Realisasi Kinerja dengan Target Renstra",
    );
    const roles = r.tables[0]!.columns.map((c) => c.role);
    expect(roles.filter((x) => x === "targetAkhir")).toHaveLength(1);
    expect(roles[8]).toBe("capaianRenstra");
    expect(r.indicators[0]!.renstra?.akhir?.raw).toBe("52,5");
    expect(r.temuan.filter((f) => f.kode === "NILAI_BERBEDA_ANTAR_TABEL")).toEqual([]);
  });

  it.each(["Target Akhir Renstra (2024)", "Kondisi Akhir", "Target Akhir Periode"])(
    "%s stays the end target",
    (h) => {
      expect(classifyHeader([h]).role).toBe("targetAkhir");
    },
  );
});

describe("the share of the pagu spent", () => {
  const ROWS: CellValue[][] = [
    [
      1,
      "Program Pengendalian Pencemaran Lingkungan Hidup",
      "98,90",
      "Rp 4.850.000.000",
      "Rp 4.612.350.000",
      "95,10",
    ],
    [2, "Program Pengelolaan Persampahan", "102,13", "Rp 38.600.000.000", "Rp 37.184.920.000", "96,33"],
  ];
  test.each([
    "Penyerapan Anggaran (%)",
    "Penyerapan (%)",
    "Tingkat Penyerapan Anggaran (%)",
    "Daya Serap Anggaran (%)",
    "Serapan Anggaran (%)",
  ])("is the serapan, not a second pagu: %s", (header) => {
    const r = readRows(
      "Anggaran",
      [["No", "Program", "Capaian Kinerja (%)", "Pagu (Rp)", "Realisasi (Rp)", header], ...ROWS],
      "Tabel 3.4 Efisiensi Penggunaan Sumber Daya",
    );
    const roles = r.tables[0]!.columns.map((c) => c.role);
    expect(roles.slice(3)).toEqual(["pagu", "realisasiAnggaran", "serapan"]);
    expect(r.anggaran.map((a) => a.anggaran.persenTercetak?.raw)).toEqual(["95,10", "96,33"]);
    expect(r.anggaran.map((a) => a.anggaran.pagu?.raw)).toEqual(["Rp 4.850.000.000", "Rp 38.600.000.000"]);
  });
});
