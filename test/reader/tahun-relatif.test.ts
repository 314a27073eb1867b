/**
 * Years a header names relative to a year it does not print — "Tahun n-2 | n-1 | n", "T-1", "Tahun Lalu |
 * Tahun Ini", "Thn Sebelumnya", "Tahun Berjalan" from the report's year; "Tahun ke-1 … ke-5", "Tahun I … V",
 * "Tahun Pertama" through the plan's period — are read against the year or period the table's title, the
 * sheet's name or the columns around them state; where none is stated they are said (TAHUN_TIDAK_TERBACA)
 * and set aside, never filed under the table's year. A family of spellings, header shapes and titles.
 */
import { readWorkbook } from "../../src/reader";
import { relatifCell } from "../../src/reader/tahun-relatif";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

type Read = ReturnType<typeof readWorkbook>;
const said = (r: Read) => r.temuan.filter((t) => t.kode === "TAHUN_TIDAK_TERBACA");
const noFalse = (r: Read) =>
  expect(r.temuan.filter((t) => /NILAI_BERBEDA|CAPAIAN_TIDAK_SESUAI/.test(t.kode))).toEqual([]);

const INDIKATOR: [string, string][] = [
  ["Angka Partisipasi Murni SD", "%"],
  ["Persentase sekolah terakreditasi B", "%"],
];

/** "Realisasi" over three relative years, then the year n's target and capaian, under the given title lines. */
function realisasiOverYears(sheet: string, title: string[], years: string[], target = "Target"): Read {
  const sb = new SheetBuilder(sheet);
  for (const t of title) sb.row([t]);
  sb.blank();
  const h = sb.row(["No", "Indikator Kinerja", "Satuan", "Realisasi", "", "", target, "Capaian (%)"]);
  sb.row(["", "", "", ...years, "", ""]);
  for (const c of [0, 1, 2, 6, 7]) sb.mergeDown(c, h, h + 1);
  sb.mergeAcross(h, 3, 5);
  sb.row([1, ...INDIKATOR[0]!, "96,4", "96,9", "97,6", "98", "99,59"]);
  sb.row([2, ...INDIKATOR[1]!, "72", "76,5", "80,4", "80", "100,5"]);
  return readWorkbook(workbook(sb.build()));
}

const realisasiYears = (r: Read) =>
  r.tables[0]!.columns.filter((c) => c.role === "realisasi").map((c) => c.tahun ?? null);

describe("years counted back from the report's year", () => {
  test.each([
    [["Tahun n-2", "Tahun n-1", "Tahun n"]],
    [["Tahun (N-2)", "Tahun (N-1)", "Tahun (N)"]],
    [["Th. n-2", "Th. n-1", "Th. n"]],
    [["n-2", "n-1", "n"]],
    [["T-2", "T-1", "Tahun Berjalan"]],
    [["Dua Tahun Lalu", "Tahun Lalu", "Tahun Ini"]],
    [["2 Thn Sebelumnya", "Thn Sebelumnya", "Tahun Berjalan"]],
    [["Year n-2", "Previous year", "Current year"]],
  ])("%j under titles stating the year three ways", (years) => {
    for (const [sheet, title, n] of [
      [
        "Tabel 3.2",
        ["LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2025", "Perbandingan Realisasi Kinerja"],
        2025,
      ],
      ["Tabel 3.2", ["LKjIP Dinas Pendidikan 2023 (Renstra 2021-2026, RPJMD 2021-2026)"], 2023],
      ["LKjIP 2024", ["Perbandingan Realisasi Kinerja dengan Tahun-Tahun Sebelumnya"], 2024],
    ] as const) {
      const r = realisasiOverYears(sheet, [...title], years);
      expect(realisasiYears(r)).toEqual([n - 2, n - 1, n]);
      expect(["history", "realisasi"]).toContain(r.tables[0]!.kind);
      const apm = r.indicators.find((i) => i.indikator.startsWith("Angka"))!;
      expect(apm.tahun[String(n - 2)]?.realisasi?.raw).toBe("96,4");
      expect(apm.tahun[String(n - 1)]?.realisasi?.raw).toBe("96,9");
      expect(apm.tahun[String(n)]?.realisasi?.raw).toBe("97,6");
      expect(apm.tahun[String(n)]?.target?.raw).toBe("98");
      noFalse(r);
      expect(said(r)).toEqual([]);
    }
  });

  test("a year worked out from the title is surer than one read from the sheet's name, both above the pane's 0.6", () => {
    const years = ["Tahun n-2", "Tahun n-1", "Tahun n"];
    const title = realisasiOverYears("Tabel", ["LKjIP TAHUN 2025"], years).tables[0]!.columns;
    const sheet = realisasiOverYears("LKjIP 2025", ["Perbandingan"], years).tables[0]!.columns;
    const conf = (cs: typeof title) => cs.filter((c) => c.role === "realisasi").map((c) => c.confidence);
    expect(Math.min(...conf(title))).toBeGreaterThan(Math.max(...conf(sheet)));
    expect(Math.min(...conf(sheet))).toBeGreaterThanOrEqual(0.6);
  });
});

/** "Tahun Lalu" and "Tahun Ini" (or the group words given) each over Target | Realisasi | Capaian. */
function twoGroups(sheet: string, title: string, groups: [string, string]): Read {
  const sb = new SheetBuilder(sheet);
  sb.row([title]);
  sb.blank();
  const h = sb.row(["No", "Indikator Kinerja", "Satuan", groups[0], "", "", groups[1], "", ""]);
  const trc = ["Target", "Realisasi", "Capaian (%)"];
  sb.row(["", "", "", ...trc, ...trc]);
  for (const c of [0, 1, 2]) sb.mergeDown(c, h, h + 1);
  sb.mergeAcross(h, 3, 5).mergeAcross(h, 6, 8);
  sb.row([1, "Persentase penegakan Perda", "%", "80", "76", "95,00", "82", "84,1", "102,56"]);
  sb.row([2, "Persentase anggota Linmas terlatih", "%", "40", "35,2", "88,00", "45", "46,8", "104,00"]);
  return readWorkbook(workbook(sb.build()));
}

describe("last year and this year, each over T | R | C", () => {
  test.each([
    [["Tahun Lalu", "Tahun Ini"]],
    [["Tahun Sebelumnya", "Tahun Berjalan"]],
    [["Tahun (n-1)", "Tahun (n)"]],
    [["Kinerja Tahun N-1", "Kinerja Tahun N"]],
    [["Last Year", "This Year"]],
  ] as [[string, string]][])("%j in the LKjIP of 2023 are 2022 and 2023", (groups) => {
    const r = twoGroups("Tabel 3.2", "LKjIP SATUAN POLISI PAMONG PRAJA TAHUN 2023", groups);
    const cols = r.tables[0]!.columns.slice(3).map((c) => [c.role, c.tahun]);
    expect(cols).toEqual([
      ["target", 2022],
      ["realisasi", 2022],
      ["capaian", 2022],
      ["target", 2023],
      ["realisasi", 2023],
      ["capaian", 2023],
    ]);
    const perda = r.indicators.find((i) => i.indikator.includes("Perda"))!;
    expect(perda.tahun["2022"]?.realisasi?.raw).toBe("76");
    expect(perda.tahun["2023"]?.realisasi?.raw).toBe("84,1");
    noFalse(r);
  });
});

/** A Renstra matrix: "Target Kinerja" over the given year headers, framed by kondisi awal and akhir. */
function renstra(sheet: string, title: string, years: string[], awal = "Kondisi Awal"): Read {
  const sb = new SheetBuilder(sheet);
  sb.row([title]);
  sb.blank();
  // "Target Kinerja" merged over the five year cells under it
  const group = years.map((_y, k) => (k === 0 ? "Target Kinerja" : ""));
  const h = sb.row(["No", "Indikator Kinerja", "Satuan", awal, ...group, "Kondisi Akhir"]);
  sb.row(["", "", "", "", ...years, ""]);
  for (const c of [0, 1, 2, 3, 9]) sb.mergeDown(c, h, h + 1);
  sb.mergeAcross(h, 4, 8);
  sb.row([1, "Indeks SPBE", "Indeks", "2,4", "2,6", "2,8", "3", "3,2", "3,5", "3,5"]);
  sb.row([2, "Persentase layanan publik berbasis elektronik", "%", "35", "40", "50", "60", "70", "80", "80"]);
  return readWorkbook(workbook(sb.build()));
}

const renstraYears = (r: Read) =>
  r.tables[0]!.columns.filter((c) => c.role === "renstraTarget").map((c) => c.tahun);

describe("the years of a plan counted through its period", () => {
  const ke = (f: (k: number) => string) => [1, 2, 3, 4, 5].map(f);
  const ROMAN = ["I", "II", "III", "IV", "V"];
  const WORDS = ["Pertama", "Kedua", "Ketiga", "Keempat", "Kelima"];
  test.each([
    [ke((k) => `Tahun ke-${k}`)],
    [ke((k) => `Th. ke-${k}`)],
    [ke((k) => `Tahun ke ${k}`)],
    [ke((k) => `Tahun ${ROMAN[k - 1]}`)],
    [ke((k) => `Tahun ${WORDS[k - 1]}`)],
    [ke((k) => `Tahun ${k}`)],
    [ke((k) => `Year ${k}`)],
  ])("%j under periods written three ways", (years) => {
    for (const [title, from] of [
      ["RENCANA STRATEGIS DINAS KOMINFO TAHUN 2025-2029", 2025],
      ["Matriks Renstra Dinas PUPR 2021 – 2026", 2021],
      ["Target Kinerja Renstra Periode 2019 s.d. 2023", 2019],
    ] as const) {
      const r = renstra("Matriks Renstra", title, years);
      expect(renstraYears(r)).toEqual([0, 1, 2, 3, 4].map((k) => from + k));
      const spbe = r.indicators.find((i) => i.indikator === "Indeks SPBE")!;
      expect(spbe.renstra?.targets[String(from + 4)]?.raw).toBe("3,5");
      expect(said(r)).toEqual([]);
    }
  });

  test("no period in the title: the kondisi awal's year is the year before the first", () => {
    const r = renstra(
      "Renstra",
      "Matriks Target Kinerja",
      ke((k) => `Tahun ke-${k}`),
      "Kondisi Awal (2024)",
    );
    expect(renstraYears(r)).toEqual([2025, 2026, 2027, 2028, 2029]);
    // and a period in the sheet's name
    const s = renstra(
      "Renstra 2021-2026",
      "Matriks Target Kinerja",
      ke((k) => `Tahun ke-${k}`),
    );
    expect(renstraYears(s)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });
});

describe("a reference the workbook does not give is said, never guessed", () => {
  test.each([
    ["no year anywhere", ["Perbandingan Realisasi Kinerja"], /tidak menyebut tahun laporan/, ["D4", "E4"]],
    // which of the two is n the title does not say: "Tahun n" is set aside too
    [
      "two years in the title",
      ["Capaian Kinerja Tahun 2024 dan 2025"],
      /lebih dari satu tahun/,
      ["D4", "E4", "F4"],
    ],
  ])("%s: the years counted from it set aside and said", (_what, title, why, cells) => {
    const r = realisasiOverYears("Tabel", title, ["Tahun n-2", "Tahun n-1", "Tahun n"]);
    const cols = r.tables[0]!.columns.slice(3, 3 + cells.length);
    expect(cols.every((c) => c.role === "abaikan" && c.confidence < 0.6)).toBe(true);
    noFalse(r);
    const [t, ...more] = said(r);
    expect(more).toEqual([]);
    expect(t!.sel.map((s) => s.cell)).toEqual(cells);
    expect(t!.pesan.id).toMatch(why);
    expect(t!.pesan.en).toMatch(/not read/);
  });

  test("Tahun ke-1 … ke-5 with no period anywhere: set aside and said", () => {
    const r = renstra(
      "Matriks",
      "Target Kinerja Sasaran dan Indikator",
      [1, 2, 3, 4, 5].map((k) => `Tahun ke-${k}`),
    );
    expect(r.tables[0]!.columns.slice(4, 9).every((c) => c.role === "abaikan")).toBe(true);
    const [t] = said(r);
    expect(t!.sel).toHaveLength(5);
    expect(t!.pesan.id).toContain("periode rencana");
  });

  test("a sixth year in a five-year period is past its end: said", () => {
    const r = renstra(
      "Renstra",
      "RENSTRA 2025-2029",
      [2, 3, 4, 5, 6].map((k) => `Tahun ke-${k}`),
    );
    expect(renstraYears(r)).toEqual([2026, 2027, 2028, 2029]);
    expect(said(r)[0]!.pesan.id).toContain("melewati akhir periode");
  });
});

describe("words that name no relative year", () => {
  test.each([
    "Target 2024",
    "Tahun",
    "Triwulan I",
    "TW-1",
    "T",
    "Realisasi s.d. Tahun 2024",
    "Satuan",
    "Tahun 2025 (n)",
  ])("%j", (t) => expect(relatifCell(t)).toBeUndefined());
  test.each([
    ["Tahun n-1", { geser: -1 }],
    ["(N+1)", { geser: 1 }],
    ["Thn. Sebelumnya", { geser: -1 }],
    ["Th. ke-2", { ke: 2 }],
    ["Tahun IV", { ke: 4 }],
  ])("%j is %j", (t, want) => expect(relatifCell(t)).toEqual(want));
});
