import fc from "fast-check";
import { compute, tahunLaporan } from "../../src/engine/compute";
import { Temuan, type Indicator, type Polaritas, type SourcedValue } from "../../src/engine/model";
import type { CellValue } from "../../src/engine/snapshot";
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
            expect(Number.isNaN(r.capaian)).toBe(false);
            continue;
          }
          expect(r.status).not.toBe("dihitung");
          const own = res.temuan.filter((t) => t.indicatorId === r.indicatorId);
          // belum-ada-data with no target and tanpa-target with a blank target are self-explaining statuses
          if (r.status === "tidak-terbaca") expect(own.length).toBeGreaterThan(0);
          if (r.status === "tanpa-target" && r.target !== null)
            expect(own.map((t) => t.kode)).toContain("TARGET_NOL");
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
    expect(res.temuan).toEqual([reader]);
  });
});
