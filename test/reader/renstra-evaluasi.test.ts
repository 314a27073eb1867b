/**
 * A Renstra (or RPJMD) evaluation: Kondisi Awal | per year T and R | Kondisi Akhir. Permendagri 86/2017 gives
 * it the words of the Renja form ("Evaluasi terhadap hasil …") and a form number that differs between a
 * province and a kabupaten (E.79 … E.81): the plan the title names and the shape decide — targets of
 * several years framed by a kondisi awal or an end target are a medium-term plan's, not one year's.
 */
import type { TableKind } from "../../src/engine/mapping";
import { compute } from "../../src/engine/compute";
import { defaultSettings } from "../../src/engine/settings";
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts";

// [indikator, satuan, awal, [T, R] per year, akhir]
const ROWS: [string, string, number, [number, number][], number][] = [
  [
    "Persentase kelompok tani yang naik kelas",
    "%",
    12,
    [
      [15, 14.2],
      [18, 18.6],
      [21, 22.3],
    ],
    27,
  ],
  [
    "Nilai Tukar Petani",
    "indeks",
    101,
    [
      [102, 103.45],
      [103, 104.1],
      [104, 102.87],
    ],
    106,
  ],
  [
    "Indeks Kepuasan Masyarakat",
    "nilai",
    78,
    [
      [79, 80.1],
      [80, 79.5],
      [81, 82],
    ],
    83,
  ],
];
const YEARS = [2022, 2023, 2024];

interface Variant {
  sheet: string;
  title: string[];
  awal: string;
  akhir: string;
  year: (y: number) => string;
  tr: [string, string];
}

function read(v: Variant, years = YEARS, rows = ROWS) {
  const sb = new SheetBuilder(v.sheet);
  for (const t of v.title) sb.row([t]);
  if (v.title.length) sb.blank();
  const top: CellValue[] = ["No", "Indikator Kinerja", "Satuan", v.awal];
  for (const y of years) top.push(v.year(y), "");
  top.push(v.akhir);
  const h = sb.row(top);
  const sub: CellValue[] = ["", "", "", ""];
  for (const _ of years) sub.push(...v.tr);
  sub.push("");
  sb.row(sub);
  const last = 4 + 2 * years.length;
  for (const c of [0, 1, 2, 3, last]) sb.mergeDown(c, h, h + 1);
  years.forEach((_, i) => sb.mergeAcross(h, 4 + 2 * i, 5 + 2 * i));
  rows.forEach((d, i) => sb.row([i + 1, d[0], d[1], d[2], ...d[3].flat(), d[4]]));
  return readWorkbook(workbook(sb.build()));
}

const BASE: Variant = {
  sheet: "Form E.81",
  title: ["EVALUASI TERHADAP HASIL RENSTRA PERANGKAT DAERAH", "Dinas Pertanian", "Periode Renstra 2021–2026"],
  awal: "Kondisi Awal (2021)",
  akhir: "Kondisi Akhir (2026)",
  year: (y) => String(y),
  tr: ["T", "R"],
};

const VARIANTS: [string, Partial<Variant>][] = [
  ["the Renstra evaluation form as printed", {}],
  [
    "form E.80, 'Rencana Strategis'",
    { sheet: "Form E.80", title: ["Evaluasi Hasil Rencana Strategis Dinas Kesehatan"] },
  ],
  [
    "form E.79, an RPJMD evaluation",
    { sheet: "E.79", title: ["EVALUASI TERHADAP HASIL RPJMD KABUPATEN SLEMAN"] },
  ],
  [
    "a 'jangka menengah' title",
    { sheet: "Lampiran", title: ["Capaian Kinerja Jangka Menengah Perangkat Daerah"] },
  ],
  ["no title, the form's number only", { sheet: "Form E.81", title: [] }],
  ["no title, a plain sheet", { sheet: "Sheet1", title: [] }],
  [
    "other header words: Capaian Awal, Target Akhir Renstra, Tahun …, Target/Realisasi",
    {
      awal: "Capaian Kinerja Awal 2021",
      akhir: "Target Akhir Renstra 2026",
      year: (y) => `Tahun ${y}`,
      tr: ["Target", "Realisasi"],
    },
  ],
  [
    "the evaluation's words without naming the plan",
    { title: ["EVALUASI TERHADAP HASIL"], awal: "Baseline 2021" },
  ],
];

describe("a Renstra evaluation is a Renstra table", () => {
  test.each(VARIANTS)("%s", (_, change) => {
    const r = read({ ...BASE, ...change });
    expect(r.tables).toHaveLength(1);
    const t = r.tables[0]!;
    expect(t.kind).toBe<TableKind>("renstra");
    expect(t.columns.filter((c) => c.role === "renstraTarget").map((c) => c.tahun)).toEqual(YEARS);
    expect(t.columns.filter((c) => c.role === "renstraRealisasi").map((c) => c.tahun)).toEqual(YEARS);
    expect(t.columns.some((c) => c.role === "target" || c.role === "realisasi")).toBe(false);
    const ind = r.indicators.find((i) => i.indikator === ROWS[0]![0])!;
    expect(ind.renstra?.targets["2023"]?.raw).toBe(18);
    expect(ind.renstra?.realisasi?.["2024"]?.raw).toBe(22.3);
    expect(ind.renstra?.akhir?.raw).toBe(27);
  });

  test("a Renja evaluation titled the same way still measures its one year", () => {
    const sb = new SheetBuilder("Form E.81");
    sb.row(["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH"]);
    sb.blank();
    sb.row([
      "No",
      "Indikator Kinerja",
      "Satuan",
      "Target Akhir Renstra (2026)",
      "Target 2024",
      "Realisasi 2024",
    ]);
    ROWS.forEach((d, i) => sb.row([i + 1, d[0], d[1], d[4], d[3][2]![0], d[3][2]![1]]));
    const t = readWorkbook(workbook(sb.build())).tables[0]!;
    expect(t.kind).toBe<TableKind>("realisasi");
  });
});

describe("the end target against the years shown", () => {
  const akhirTemuan = (r: ReturnType<typeof read>) =>
    compute(r, { ...defaultSettings(), tahun: 2024 }).temuan.filter(
      (t) => t.kode === "TARGET_AKHIR_TIDAK_SESUAI",
    );

  test.each(VARIANTS.slice(0, 3))(
    "%s: years up to 2024 of a period to 2026 imply no end target",
    (_, change) => {
      expect(akhirTemuan(read({ ...BASE, ...change }))).toEqual([]);
    },
  );

  test("years that reach the end year still check it: 27 printed where the last target is 21", () => {
    const years = [2022, 2023, 2024, 2025, 2026];
    const rows = ROWS.map((d): (typeof ROWS)[number] => [
      d[0],
      d[1],
      d[2],
      [...d[3], [d[3][2]![0], 0], [d[4], 0]],
      d[4],
    ]);
    rows[0]![3][4] = [21, 0];
    const found = akhirTemuan(read(BASE, years, rows));
    expect(found.map((t) => t.sel[0]?.cell)).toHaveLength(1);
    expect(found[0]!.pesan.id).toContain("27");
  });
});
