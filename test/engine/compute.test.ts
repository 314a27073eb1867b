import fc from "fast-check";
import { compute, tahunLaporan } from "../../src/engine/compute";
import { Temuan, type Indicator, type Polaritas, type SourcedValue } from "../../src/engine/model";
import type { CellValue } from "../../src/engine/snapshot";
import type { JoinLink, TableMapping } from "../../src/engine/mapping";
import { indicator, settings, sv } from "./helpers";

const empty = { anggaran: [], aggregates: [], temuan: [] };

describe("compute", () => {
  const pmks = indicator({
    id: "pmks",
    sasaran: "Meningkatnya penanganan PMKS",
    indikator: "Persentase PMKS yang tertangani",
    satuan: "%",
    tahun: {
      "2023": { target: sv("71,5", "D5"), realisasi: sv("74", "E5") },
      "2024": { target: sv("76,5", "D6"), realisasi: sv("81,6", "E6"), capaianTercetak: sv("106,6", "F6") },
      "2025": { target: sv("78", "D7") },
    },
  });
  const kemiskinan = indicator({
    id: "miskin",
    sasaran: "Menurunnya angka kemiskinan",
    indikator: "Angka kemiskinan",
    satuan: "%",
    polaritas: "turun",
    tahun: { "2024": { target: sv("12,5", "D8"), realisasi: sv("13,1", "E8") } },
  });

  it("picks the latest year with realisasi, or settings.tahun", () => {
    expect(tahunLaporan([pmks], {})).toBe(2024);
    expect(tahunLaporan([pmks], { tahun: 2023 })).toBe(2023);
    expect(tahunLaporan([], {})).toBe(0);
    const renstraOnly = indicator({ tahun: {}, renstra: { targets: { "2022": sv("1"), "2026": sv("5") } } });
    expect(tahunLaporan([renstraOnly], {})).toBe(2026);
    const res = compute({ indicators: [pmks], ...empty }, settings());
    expect(res.tahun).toBe(2024);
    expect(res.indikator[0]).toMatchObject({
      indicatorId: "pmks",
      tahun: 2024,
      target: 76.5,
      realisasi: 81.6,
      predikat: "Sangat Baik",
      status: "dihitung",
      capaianTercetak: 106.6,
    });
    expect(res.indikator[0]?.capaian).toBeCloseTo(106.6667, 4);
    expect(res.skala).toEqual({ id: "lkjip4", nama: "LKjIP 4 kategori" });
  });

  it("uses the turun formula, and settings.polaritas overrides the row", () => {
    const res = compute({ indicators: [kemiskinan], ...empty }, settings());
    expect(res.indikator[0]?.capaian).toBeCloseTo(((2 * 12.5 - 13.1) / 12.5) * 100, 10);
    const rasio = compute({ indicators: [kemiskinan], ...empty }, settings({ turun: "rasio" }));
    expect(rasio.indikator[0]?.capaian).toBeCloseTo((12.5 / 13.1) * 100, 10);
    const naik = compute({ indicators: [kemiskinan], ...empty }, settings({ polaritas: { miskin: "naik" } }));
    expect(naik.indikator[0]?.polaritas).toBe("naik");
    expect(naik.indikator[0]?.capaian).toBeCloseTo((13.1 / 12.5) * 100, 10);
  });

  it("averages sasaran from their own indicators and the OPD from the sasaran", () => {
    const prog = indicator({
      id: "prog",
      level: "program",
      sasaran: "Meningkatnya penanganan PMKS",
      indikator: "Persentase program",
      tahun: { "2024": { target: sv("100"), realisasi: sv("50") } },
    });
    const res = compute({ indicators: [pmks, prog, kemiskinan], ...empty }, settings());
    expect(res.sasaran.map((s) => s.indicatorIds)).toEqual([["pmks"], ["miskin"]]);
    const [a, b] = res.sasaran.map((s) => s.capaian as number);
    expect(res.opd.capaian).toBeCloseTo(((a as number) + (b as number)) / 2, 10);
    expect(res.opd.predikat).toBe("Sangat Baik");
  });

  it("T = 0, blank realisasi and unreadable cells end with a status and a finding, never a silent 0", () => {
    const nol = indicator({
      id: "nol",
      indikator: "Jumlah A",
      tahun: { "2024": { target: sv("0", "D2"), realisasi: sv("5", "E2") } },
    });
    const kosong = indicator({
      id: "kosong",
      indikator: "Jumlah B",
      tahun: { "2024": { target: sv("10", "D3"), realisasi: sv("-", "E3") } },
    });
    const rusak = indicator({
      id: "rusak",
      indikator: "Jumlah C",
      tahun: { "2024": { target: sv("4.8294.89.225", "D4"), realisasi: sv("5", "E4") } },
    });
    const res = compute({ indicators: [nol, kosong, rusak, pmks], ...empty }, settings());
    expect(res.indikator.map((r) => [r.indicatorId, r.status, r.capaian === null])).toEqual([
      ["nol", "tanpa-target", true],
      ["kosong", "belum-ada-data", true],
      ["rusak", "tidak-terbaca", true],
      ["pmks", "dihitung", false],
    ]);
    expect(res.temuan.map((t) => [t.kode, t.indicatorId])).toEqual([
      ["TARGET_NOL", "nol"],
      ["REALISASI_KOSONG", "kosong"],
      ["NILAI_TIDAK_TERBACA", "rusak"],
    ]);
    expect(res.temuan[2]?.sel).toEqual([{ sheet: "Lembar", cell: "D4" }]);
    // the three rows stay out of the means: their sasaran has none, the OPD is PMKS alone
    expect(res.sasaran.map((x) => x.capaian === null)).toEqual([true, false]);
    expect(res.opd.capaian).toBeCloseTo(106.6667, 4);
  });

  it("T = 0 with turun: R > 0 scores 0 with a finding", () => {
    const temuanNol = indicator({
      id: "bpk",
      indikator: "Jumlah temuan BPK",
      polaritas: "turun",
      tahun: { "2024": { target: sv("0"), realisasi: sv("2") } },
    });
    const res = compute({ indicators: [temuanNol], ...empty }, settings());
    expect(res.indikator[0]?.capaian).toBe(0);
    expect(res.temuan.map((t) => t.kode)).toEqual(["TARGET_NOL"]);
  });

  it("derives the year from triwulan when the year cell is empty", () => {
    const tw = (xs: string[]): Array<SourcedValue | null> => xs.map((x, i) => sv(x, `Q${i}`));
    const ind = indicator({
      id: "tw",
      tahun: {
        "2024": {
          triwulan: { target: tw(["25", "50", "75", "100"]), realisasi: tw(["20", "45", "80", "-"]) },
        },
      },
    });
    const akhir = compute({ indicators: [ind], ...empty }, settings());
    expect(akhir.indikator[0]).toMatchObject({ target: 100, realisasi: 80, capaian: 80 });
    const kum = compute({ indicators: [ind], ...empty }, settings({ agregasiTriwulan: "kumulatif" }));
    expect(kum.indikator[0]).toMatchObject({ target: 250, realisasi: 145 });
    expect(kum.indikator[0]?.capaian).toBeCloseTo(58, 12);
  });

  it("includes the reader's temuan first and keeps a deterministic order", () => {
    const reader: Temuan = {
      kode: "POLARITAS_DITEBAK",
      tingkat: "info",
      sel: [{ sheet: "PK", cell: "C9" }],
      pesan: { id: "Polaritas ditebak", en: "Polarity guessed" },
      indicatorId: "miskin",
    };
    const input = { indicators: [pmks, kemiskinan], anggaran: [], aggregates: [], temuan: [reader] };
    const a = compute(input, settings());
    const b = compute(JSON.parse(JSON.stringify(input)), settings());
    expect(a.temuan[0]).toEqual(reader);
    expect(a).toEqual(b);
    for (const t of a.temuan) expect(Temuan.safeParse(t).success).toBe(true);
  });

  it("efisiensi per sasaran through the programs that serve it", () => {
    const res = compute(
      {
        indicators: [pmks],
        anggaran: [
          {
            id: "p1",
            level: "program",
            nama: "Program Perlindungan",
            sasaran: "Meningkatnya penanganan PMKS",
            anggaran: { pagu: sv("1.000.000"), realisasi: sv("950.000") },
          },
        ],
        aggregates: [],
        temuan: [],
      },
      settings(),
    );
    const row = res.efisiensi.find((e) => e.level === "sasaran");
    expect(row?.serapan).toBe(95);
    expect(row?.efisiensi).toBeCloseTo(106.6667 - 95, 3);
    expect(row?.kategori).toBe("Efisien");
    expect(res.anggaran.total).toEqual({ pagu: 1000000, realisasi: 950000, persen: 95, sisa: 50000 });
    expect(res.efisiensi.find((e) => e.level === "program")?.capaian).toBeNull();
  });
});

describe("compute properties", () => {
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.string({ maxLength: 15 }),
    fc.double({ noNaN: false }),
    fc.constantFrom("", "-", "BB", "B", "80-90 %", "0", "12,5", "1.000 orang", "4.8294.89.225", "N/a"),
  );
  const pol = fc.constantFrom<Polaritas>("naik", "turun", "rentang", "huruf", "indeks");
  const rowArb = fc.record({
    t: cell,
    r: cell,
    c: fc.option(cell),
    polaritas: pol,
    satuan: fc.option(fc.string({ maxLength: 6 })),
  });

  it("never throws, and every row ends with a capaian or a status/finding saying why not", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), (rows) => {
        const indicators: Indicator[] = rows.map((x, i) =>
          indicator({
            id: `r${i}`,
            polaritas: x.polaritas,
            ...(x.satuan === null ? {} : { satuan: x.satuan }),
            tahun: {
              "2024": {
                target: sv(x.t, `D${i}`),
                realisasi: sv(x.r, `E${i}`),
                ...(x.c === null ? {} : { capaianTercetak: sv(x.c, `F${i}`) }),
              },
            },
          }),
        );
        const res = compute(
          { indicators, anggaran: [], aggregates: [], temuan: [] },
          settings({ tahun: 2024 }),
        );
        expect(res.indikator).toHaveLength(rows.length);
        for (const r of res.indikator) {
          if (r.capaian !== null) {
            expect(r.status).toBe("dihitung");
            expect(Number.isFinite(r.capaian)).toBe(true);
            continue;
          }
          expect(r.status).not.toBe("dihitung");
          const own = res.temuan.filter((t) => t.indicatorId === r.indicatorId);
          // only belum-ada-data (no realisasi yet) may go without a finding
          if (r.status === "tidak-terbaca") expect(own.length).toBeGreaterThan(0);
          if (r.status === "tanpa-target")
            expect(own.map((t) => t.kode)).toContain(
              r.target !== null ? "TARGET_NOL" : "TARGET_TIDAK_TERBACA",
            );
        }
        for (const t of res.temuan) expect(Temuan.safeParse(t).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("reader and engine findings", () => {
  it("keeps one finding per code and cell, the reader's first", () => {
    const rusak = indicator({
      id: "rusak",
      tahun: { "2024": { target: sv("10", "D4"), realisasi: sv("4.8294.89.225", "E4") } },
    });
    const reader: Temuan = {
      kode: "NILAI_TIDAK_TERBACA",
      tingkat: "peringatan",
      sel: [{ sheet: "Lembar", cell: "E4" }],
      pesan: { id: "dari pembaca", en: "from the reader" },
    };
    const res = compute({ indicators: [rusak], anggaran: [], aggregates: [], temuan: [reader] }, settings());
    // the reader's wording, now naming the indicator it is about (the reader's own list is left as read)
    expect(res.temuan).toEqual([{ ...reader, indicatorId: "rusak" }]);
    expect(reader.indicatorId).toBeUndefined();
  });
});

describe("every row with a realisasi says why it has no capaian", () => {
  const tables: TableMapping[] = [
    {
      id: "PK!A1:F9",
      sheet: "PK",
      range: "A1:F9",
      headerRows: [0],
      firstDataRow: 1,
      lastDataRow: 8,
      kind: "pk",
      kindConfidence: 1,
      columns: [
        { col: 2, header: "Indikator", role: "indikator", confidence: 1 },
        { col: 3, header: "Target 2023", role: "target", tahun: 2023, confidence: 1 },
        { col: 4, header: "Target 2024", role: "target", tahun: 2024, confidence: 1 },
      ],
      rowsRead: 8,
      rowsSkipped: [],
    },
    {
      id: "Realisasi!A1:F9",
      sheet: "Realisasi",
      range: "A1:F9",
      headerRows: [0],
      firstDataRow: 1,
      lastDataRow: 8,
      kind: "realisasi",
      kindConfidence: 1,
      columns: [
        { col: 1, header: "Indikator", role: "indikator", confidence: 1 },
        { col: 3, header: "Target", role: "target", confidence: 1 },
        { col: 5, header: "Realisasi", role: "realisasi", confidence: 1 },
      ],
      rowsRead: 8,
      rowsSkipped: [],
    },
  ];

  it("a blank target: TARGET_TIDAK_TERBACA naming the target cells of its rows", () => {
    const tanpa = indicator({
      id: "tanpa",
      indikator: "Jumlah PSKS",
      source: { sheet: "Realisasi", cell: "B4" },
      tahun: { "2024": { realisasi: sv("70", "F4", "Realisasi") } },
    });
    const joins: JoinLink[] = [
      { indicatorId: "tanpa", tableId: "PK!A1:F9", row: 6, method: "teks", score: 1 },
    ];
    const res = compute({ indicators: [tanpa], ...empty, tables, joins }, settings());
    expect(res.indikator[0]).toMatchObject({ status: "tanpa-target", capaian: null });
    expect(res.temuan.map((t) => [t.kode, t.tingkat, t.indicatorId])).toEqual([
      ["TARGET_TIDAK_TERBACA", "peringatan", "tanpa"],
    ]);
    expect(res.temuan[0]?.sel).toEqual([
      { sheet: "Realisasi", cell: "D4" },
      { sheet: "PK", cell: "E7" },
      { sheet: "Realisasi", cell: "F4" },
    ]);
    expect(res.temuan[0]?.pesan.id).toMatch(/^Target "Jumlah PSKS" tahun 2024 kosong \(sel Realisasi!D4\)/);
    // without the reader's tables the row is named instead
    const bare = compute({ indicators: [tanpa], ...empty }, settings());
    expect(bare.temuan[0]?.sel).toEqual([
      { sheet: "Realisasi", cell: "B4" },
      { sheet: "Realisasi", cell: "F4" },
    ]);
    // no realisasi either: nothing to say yet
    const kosong = indicator({ id: "kosong", tahun: { "2024": { target: sv("-", "D5") } } });
    expect(compute({ indicators: [kosong, tanpa], ...empty }, settings()).indikator[0]?.status).toBe(
      "belum-ada-data",
    );
  });

  it("an error value or a non-finite number: NILAI_TIDAK_TERBACA with the cell's text", () => {
    const galat = indicator({
      id: "galat",
      tahun: { "2024": { target: sv("#N/A", "D2"), realisasi: sv("70", "E2") } },
    });
    const nan = indicator({
      id: "nan",
      tahun: { "2024": { target: sv("80", "D3"), realisasi: sv(Number.NaN, "E3") } },
    });
    const res = compute({ indicators: [galat, nan], ...empty }, settings({ tahun: 2024 }));
    expect(res.indikator.map((r) => r.status)).toEqual(["tidak-terbaca", "tidak-terbaca"]);
    expect(res.temuan.map((t) => [t.kode, t.indicatorId, t.sel[0]?.cell])).toEqual([
      ["NILAI_TIDAK_TERBACA", "galat", "D2"],
      ["NILAI_TIDAK_TERBACA", "nan", "E3"],
    ]);
    expect(res.temuan[0]?.pesan.id).toContain('"#N/A"');
    expect(res.temuan[0]?.pesan.id).toContain("galat Excel");
    expect(res.temuan[1]?.pesan.id).toContain('"NaN"');
  });

  it("an overflowing capaian: tidak-terbaca, a finding on both cells, and no Infinity anywhere", () => {
    const besar = indicator({
      id: "besar",
      sasaran: "S",
      tahun: { "2024": { target: sv(0.5, "D2"), realisasi: sv(1e308, "E2") } },
    });
    const res = compute({ indicators: [besar], ...empty }, settings());
    expect(res.indikator[0]).toMatchObject({ capaian: null, status: "tidak-terbaca", predikat: null });
    const own = res.temuan.filter((t) => t.kode === "NILAI_TIDAK_TERBACA");
    expect(own.map((t) => [t.indicatorId, t.sel.map((c) => c.cell)])).toEqual([["besar", ["E2", "D2"]]]);
    expect(JSON.stringify(res)).not.toMatch(/null,"status":"dihitung"/);
  });

  it("a sasaran mean past the largest number is left out with a finding", () => {
    const huge = (id: string, row: number) =>
      indicator({
        id,
        sasaran: "Sasaran besar",
        source: { sheet: "Lembar", cell: `C${row}` },
        tahun: { "2024": { target: sv(1, `D${row}`), realisasi: sv(1.5e306, `E${row}`) } },
      });
    const res = compute({ indicators: [huge("a", 2), huge("b", 3)], ...empty }, settings());
    expect(res.indikator.map((r) => r.capaian)).toEqual([1.5e308, 1.5e308]);
    expect(res.sasaran[0]).toMatchObject({ capaian: null, predikat: null });
    expect(res.opd).toEqual({ capaian: null, predikat: null });
    const mean = res.temuan.filter((t) => t.kode === "NILAI_TIDAK_TERBACA");
    expect(mean.map((t) => t.sel.map((c) => c.cell))).toEqual([["C2", "C3"]]);
  });
});
