import {
  arahKinerja,
  perbandinganNasional,
  perbandinganRenstra,
  perbandinganTahunan,
  targetAkhirTersirat,
} from "../../src/engine/compare";
import { parseValue } from "../../src/engine/parse";
import { indicator, sv } from "./helpers";

const p = (s: string) => parseValue(s);

describe("year over year", () => {
  it("direction respects polaritas", () => {
    expect(arahKinerja(p("2,70"), p("3,63"), "naik")).toBe("Naik");
    expect(arahKinerja(p("3,63"), p("2,70"), "naik")).toBe("Turun");
    expect(arahKinerja(p("12"), p("9"), "turun")).toBe("Naik");
    expect(arahKinerja(p("9"), p("12"), "turun")).toBe("Turun");
    expect(arahKinerja(p("76,92"), p("76,92"), "naik")).toBe("Tetap");
    expect(arahKinerja(p("B"), p("BB"), "huruf")).toBe("Naik");
    expect(arahKinerja(p("-"), p("BB"), "huruf")).toBeNull();
  });
  it("seed 002 Tabel 3.2: PPKS Mandiri 2022 → 2023", () => {
    const ind = indicator({
      tahun: {
        "2022": { target: sv("2,5"), realisasi: sv("2,70") },
        "2023": { target: sv("3,25"), realisasi: sv("3,63") },
      },
    });
    const y = perbandinganTahunan(ind, 2023, "naik", "cermin");
    expect(y?.rows.map((r) => r.tahun)).toEqual([2022, 2023]);
    expect(y?.perubahan).toBeCloseTo(0.93, 10);
    expect(y?.arah).toBe("Naik");
    expect(y?.rows[1]?.capaian).toBeCloseTo(111.6923, 4);
  });
  it("needs two years ending in the reporting year", () => {
    expect(
      perbandinganTahunan(indicator({ tahun: { "2023": { realisasi: sv("1") } } }), 2023, "naik", "cermin"),
    ).toBeNull();
  });
});

describe("vs Renstra", () => {
  it("implied end target: sum for counts, last for rates", () => {
    expect(targetAkhirTersirat([7, 7, 7, 7, 7], false)).toBe(35);
    expect(targetAkhirTersirat([56, 62, 68, 75, 75], true)).toBe(75);
    expect(targetAkhirTersirat([56, 62, null], true)).toBeNull();
  });
  it("seed 002: PSKS 65,58 % against the end target 75 % = 87,44 %", () => {
    const targets = {
      "2022": sv("56%"),
      "2023": sv("62%"),
      "2024": sv("68%"),
      "2025": sv("75%"),
      "2026": sv("75%"),
    };
    const ind = indicator({
      indikator: "Persentase PSKS yang tersertifikasi/akreditasi",
      satuan: "%",
      tahun: { "2023": { target: sv("56%"), realisasi: sv("65,58%") } },
      renstra: { targets, akhir: sv("75%"), baseline: sv("54%") },
    });
    const r = perbandinganRenstra(ind, 2023, "naik", "cermin");
    expect(r?.progres).toBeCloseTo((65.58 / 75) * 100, 10);
    expect(r?.targetAkhirTersirat).toBe(75);
    expect(r?.perTahun.find((x) => x.tahun === 2023)?.capaian).toBeCloseTo((65.58 / 62) * 100, 10);
    expect(r?.perTahun.find((x) => x.tahun === 2024)?.realisasi).toBeNull();
    expect(r?.periode).toEqual([2022, 2026]);
    expect(r?.baseline).toBe(54);
  });
  it("seed 002 'Jumlah PPKS Mandiri': a growing stock whose end target is the last year (500 KK)", () => {
    const targets = {
      "2022": sv("340"),
      "2023": sv("390"),
      "2024": sv("420"),
      "2025": sv("460"),
      "2026": sv("500"),
    };
    const ind = indicator({
      indikator: "Jumlah PPKS Mandiri",
      satuan: "KK",
      tahun: { "2023": { realisasi: sv("581") } },
      renstra: { targets, akhir: sv("500") },
    });
    const r = perbandinganRenstra(ind, 2023, "naik", "cermin");
    expect(r?.targetAkhirTersirat).toBe(500);
    expect(r?.progres).toBeCloseTo((581 / 500) * 100, 10);
  });
  it("counts accumulate: Σ realisasi so far ÷ end target", () => {
    const ind = indicator({
      indikator: "Jumlah Dokumen Perencanaan",
      satuan: "Dokumen",
      tahun: { "2022": { realisasi: sv("7") }, "2023": { realisasi: sv("6") } },
      renstra: { targets: { "2022": sv("7"), "2023": sv("7"), "2024": sv("7") } },
    });
    const r = perbandinganRenstra(ind, 2023, "naik", "cermin");
    expect(r?.targetAkhirTersirat).toBe(21);
    expect(r?.targetAkhir).toBe(21);
    expect(r?.progres).toBeCloseTo((13 / 21) * 100, 10);
  });
});

describe("vs nasional", () => {
  it("a national percent against a regional percent is comparable", () => {
    const ind = indicator({
      satuan: "%",
      targetNasional: sv("80 %"),
      tahun: { "2024": { realisasi: sv("81,6") } },
    });
    const n = perbandinganNasional(ind, 2024, "naik", "cermin");
    expect(n).toEqual({
      indicatorId: ind.id,
      targetNasional: 80,
      realisasi: 81.6,
      capaian: 102,
      sebanding: true,
    });
  });
  it("a national count against a regional percent is not", () => {
    const ind = indicator({
      indikator: "Persentase PMKS yang tertangani",
      satuan: "%",
      targetNasional: sv("1.250.000 jiwa"),
      tahun: { "2024": { realisasi: sv("81,6") } },
    });
    const n = perbandinganNasional(ind, 2024, "naik", "cermin");
    expect(n?.sebanding).toBe(false);
    expect(n?.capaian).toBeNull();
  });
  it("words instead of a figure are not comparable", () => {
    const ind = indicator({ targetNasional: sv("tidak ada standar nasional"), tahun: {} });
    expect(perbandinganNasional(ind, 2024, "naik", "cermin")?.sebanding).toBe(false);
  });
});
