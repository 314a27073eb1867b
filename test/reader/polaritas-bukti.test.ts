/**
 * Polaritas from the workbook's own numbers when the words say nothing: the printed capaian following a
 * turun formula, the Renstra's targets planned to fall. Each indicator decides from its own cells only,
 * the decision is a guess the user can change, and a finding says why.
 */
import { readWorkbook } from "../../src/reader";
import { polaritasFromBukti } from "../../src/reader/polaritas-bukti";
import type { Indicator } from "../../src/engine/model";
import { parseValue } from "../../src/engine/parse";
import { compute } from "../../src/engine/compute";
import { Settings } from "../../src/engine/settings";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const sv = (raw: string | number, cell = "F3") => ({
  raw,
  parsed: parseValue(raw, { convention: "id" }),
  source: { sheet: "S", cell },
});
const ind = (p: Partial<Indicator>): Indicator => ({
  id: "x",
  level: "sasaran",
  sasaran: "",
  indikator: "Rasio pelayanan terpadu",
  polaritas: "naik",
  polaritasInferred: false,
  tahun: {},
  ...p,
});
const tahun = (rows: [string, number, number, number][]) =>
  Object.fromEntries(
    rows.map(([y, t, r, c]) => [y, { target: sv(t), realisasi: sv(r), capaianTercetak: sv(c, `F${y}`) }]),
  );

describe("the printed capaian's formula", () => {
  it.each([
    ["(2T − R) ÷ T, one year", [["2024", 23, 21.6, 106.09]], "turun", 0.8],
    [
      "(2T − R) ÷ T over years",
      [
        ["2023", 24, 22.1, 107.92],
        ["2024", 23, 21.6, 106.09],
      ],
      "turun",
      0.9,
    ],
    ["(2T − R) ÷ T on a ratio", [["2024", 0.78, 0.77, 101.28]], "turun", 0.8],
    ["(2T − R) ÷ T floored at 0", [["2024", 10, 25, 0]], "turun", 0.8],
    [
      "T ÷ R over two years",
      [
        ["2023", 50, 40, 125],
        ["2024", 45, 36, 125],
      ],
      "turun",
      0.8,
    ],
  ] as const)("%s → %s", (_, rows, want, yakin) => {
    const b = polaritasFromBukti(
      ind({ tahun: tahun(rows as unknown as [string, number, number, number][]) }),
    );
    expect(b?.polaritas).toBe(want);
    expect(b?.yakin).toBe(yakin);
  });

  it.each([
    ["R ÷ T", [["2024", 80, 88, 110]]],
    // one T ÷ R is as likely R ÷ T typed upside down on a naik row (a planted slip of the holdouts)
    ["T ÷ R in one year only", [["2024", 1500, 1620, 92.59]]],
    // near T the two turun formulas are within the tolerance of each other: that year is only T ÷ R
    ["a year near T", [["2024", 48000, 51236, 93.68]]],
    // R = T: every formula gives 100
    ["R equal to T", [["2024", 90, 90, 100]]],
    // the years disagree: one R ÷ T says naik
    [
      "mixed years",
      [
        ["2023", 24, 22.1, 107.92],
        ["2024", 23, 25, 108.7],
      ],
    ],
    ["a capaian matching no formula", [["2024", 80, 70, 42.6]]],
  ] as const)("%s says nothing", (_, rows) => {
    expect(
      polaritasFromBukti(ind({ tahun: tahun(rows as unknown as [string, number, number, number][]) })),
    ).toBeUndefined();
  });
});

describe("the Renstra's targets planned to fall", () => {
  const renstra = (awal: number, ts: number[], akhir: number) => ({
    baseline: sv(awal, "C5"),
    targets: Object.fromEntries(ts.map((t, i) => [String(2022 + i), sv(t, `D${i}`)])),
    akhir: sv(akhir, "J5"),
  });
  it.each([
    ["a rate falling to its end target", renstra(2.45, [2.4, 2.35, 2.3, 2.25, 2.2], 2.2)],
    ["steps held a year", renstra(104.6, [100, 95, 95, 85, 75], 75)],
  ])("%s → turun (0,7)", (_, r) => {
    expect(polaritasFromBukti(ind({ renstra: r }))).toMatchObject({
      polaritas: "turun",
      dari: "renstra",
      yakin: 0.7,
    });
  });
  it.each([
    ["rising targets", renstra(60, [62, 64, 66], 66)],
    // a count per year falling as the backlog shrinks: its end target is the sum, not the last year
    ["a count whose end target is the sum", renstra(600, [500, 400, 300], 1200)],
    ["one fall only", renstra(10, [10, 10, 9], 9)],
    ["no baseline", { targets: renstra(0, [5, 4, 3], 3).targets, akhir: sv(3) }],
    ["a target going up again", renstra(10, [9, 8, 8.5, 7], 7)],
  ])("%s says nothing", (_, r) => {
    expect(polaritasFromBukti(ind({ renstra: r }))).toBeUndefined();
  });
  it("an R ÷ T year outweighs the plan", () => {
    const r = renstra(2.45, [2.4, 2.35, 2.3], 2.3);
    expect(polaritasFromBukti(ind({ renstra: r, tahun: tahun([["2024", 80, 88, 110]]) }))).toBeUndefined();
  });
});

/** Tabel 3.1 as agencies print it, the header words varied: one row's evidence is that row's only. */
describe("in a workbook", () => {
  const tabel = (heads: string[], rows: (string | number)[][]) => {
    const sb = new SheetBuilder("Tabel 3.1");
    sb.row(["Tabel 3.1 Pengukuran Kinerja Tahun 2024"]);
    sb.row(heads);
    for (const r of rows) sb.row(r);
    return readWorkbook(workbook(sb.build()));
  };
  const ROWS = [
    [1, "Rasio pelayanan rawat inap terhadap kapasitas", "‰", "23", "21,6", "106,09"],
    [2, "Persentase pasien puas", "%", "80", "88", "110"],
    [3, "Indeks kepuasan masyarakat", "Indeks", "82", "84", "102,44"],
    [4, "Persentase penurunan beban layanan", "%", "10", "8", "120"],
  ];
  it.each([
    [["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]],
    [["NO", "INDIKATOR", "SATUAN", "TARGET 2024", "REALISASI 2024", "% CAPAIAN"]],
    [["No.", "Indikator Sasaran", "Sat.", "T", "R", "C (%)"]],
  ])("%j: the row printed as turun is turun, the others keep their own direction", (heads) => {
    const read = tabel(heads, ROWS);
    const by = (n: string) => read.indicators.find((i) => i.indikator.startsWith(n));
    expect(by("Rasio pelayanan")).toMatchObject({ polaritas: "turun", polaritasInferred: true });
    expect(by("Persentase pasien")?.polaritas).toBe("naik");
    expect(by("Indeks kepuasan")?.polaritas).toBe("naik");
    // the words read "a reduction" (naik): a printed capaian of 120 does not overrule them
    expect(by("Persentase penurunan")?.polaritas).toBe("naik");
    const why = read.temuan.filter((t) => t.kode === "POLARITAS_DITEBAK");
    expect(why).toHaveLength(1);
    expect(why[0]!.pesan.id).toMatch(/\(2T − R\) ÷ T, bukan R ÷ T; keyakinan 80%/);
    expect(why[0]!.sel.map((s) => s.cell)).toContain("F3");
  });
  it("a polaritas column still decides over the numbers", () => {
    const read = tabel(
      ["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)", "Polaritas"],
      [[1, "Rasio pelayanan rawat inap terhadap kapasitas", "‰", "23", "21,6", "106,09", "Naik"]],
    );
    expect(read.indicators[0]).toMatchObject({ polaritas: "naik", polaritasInferred: false });
  });
  it("the user's choice overrides it, and the finding goes", () => {
    const read = tabel(["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"], ROWS);
    const id = read.indicators.find((i) => i.polaritasInferred)!.id;
    const settings = Settings.parse({ polaritas: { [id]: "naik" } });
    const out = compute(read, settings);
    expect(out.temuan.some((t) => t.kode === "POLARITAS_DITEBAK")).toBe(false);
    expect(out.indikator.find((i) => i.indicatorId === id)?.polaritas).toBe("naik");
  });
});
